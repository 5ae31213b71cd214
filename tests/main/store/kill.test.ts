/**
 * "Nothing saved is ever lost": a child process saves edits in a tight loop and is killed
 * with SIGKILL at random moments, over and over on the same workspace. After each kill
 * the database must be intact and hold every edit the child acknowledged.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../support/randomOps';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';

const ROOT = path.resolve(__dirname, '../../..');
const CHILD = path.join(ROOT, 'tests/support/editChild.ts');
const ROUNDS = 14;

interface Round {
  acked: number[];
  failure: string | null;
}

/** Runs one child and SIGKILLs it `delayMs` after it starts (or after its first ACK). */
function runAndKill(
  dataDir: string,
  seed: number,
  delayMs: number,
  afterFirstAck: boolean,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(seed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const round: Round = { acked: [], failure: null };
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const arm = () => (timer ??= setTimeout(kill, delayMs));
    // Never wait forever on a child that hangs.
    const watchdog = setTimeout(kill, 15_000);
    if (!afterFirstAck) arm();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ACK') {
          round.acked.push(Number(value));
          arm();
        } else if (word === 'FAIL') {
          round.failure = line;
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL') round.failure ??= `child exited with ${code}: ${stderr}`;
      resolve(round);
    });
  });
}

/** Step numbers stored, read through a read-only connection so the next child still has to recover. */
function storedSteps(file: string): { integrity: unknown; steps: number[] } {
  const db = new Database(file, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const ids = db.prepare('SELECT id FROM steps').pluck().all() as string[];
    return { integrity, steps: ids.map((id) => Number(id.slice(2))).sort((a, b) => a - b) };
  } finally {
    db.close();
  }
}

describe('killing the app mid-save', () => {
  it(`keeps every acknowledged edit across ${ROUNDS} SIGKILLs`, async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    const rng = makeRng(20261127);
    const acked = new Set<number>();

    for (let round = 0; round < ROUNDS; round++) {
      // Every fourth child dies at a random moment of its start-up (open, migration, create).
      const early = round % 4 === 0;
      const result = await runAndKill(dir, round + 1, rng.int(50, 400), !early);
      expect(result.failure).toBeNull();
      result.acked.forEach((n) => acked.add(n));
      if (acked.size === 0) continue;

      const { integrity, steps } = storedSteps(file);
      expect(integrity).toBe('ok');
      const stored = new Set(steps);
      const missing = [...acked].filter((n) => !stored.has(n));
      expect(missing, `round ${round}: acknowledged but lost`).toEqual([]);
      // Each child continues from the stored count, so the numbers have no gaps.
      expect(steps).toEqual(steps.map((_, i) => i));
    }

    expect(acked.size).toBeGreaterThan(ROUNDS * 5);
    // The app itself opens what the kills left and sees the steps in the order they were added.
    const { handlers } = openTestWorkspace(dir);
    const [map] = await handlers['maps:list']({});
    const { doc } = await handlers['map:open']({ id: map!.id });
    expect(doc.stepOrder.length).toBeGreaterThanOrEqual(Math.max(...acked) + 1);
    expect(doc.stepOrder).toEqual(doc.stepOrder.map((_, i) => `s-${i}`));
    for (const id of doc.transitionOrder) {
      const t = doc.transitions[id]!;
      expect(doc.steps[t.from] && doc.steps[t.to]).toBeTruthy();
    }
  }, 60_000);
});
