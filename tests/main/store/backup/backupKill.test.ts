/**
 * Kills during backups: a child saves edits in a tight loop while its backup worker copies
 * the workspace back to back, and is SIGKILLed at random moments — in an edit, a copy, the
 * check of a copy, its rename or the pruning after it. After every kill:
 * - the workspace passes integrity_check and holds every acknowledged edit;
 * - every backup under a real backup name passes integrity_check and holds a clean prefix
 *   of the edits (a copy is whole or absent, never half);
 * - temp copies may be left, and the next backup removes them.
 *
 * The child and the worker are bundled once with esbuild (plain `node` starts in ~60 ms
 * instead of ~0.4 s through tsx) and two workspaces run side by side to use both cores.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../main/service/workspace';
import { APPLICATION_ID } from '../../../../main/store';
import { parseBackupName } from '../../../../main/store/backup';
import { bundleChild, readOnly, ROOT } from '../../../support/killHarness';
import { makeRng, type Rng } from '../../../support/randomOps';
import { tempDir } from '../../../support/tempDir';

const LANES = 2;
const ROUNDS_PER_LANE = 40;
const KEEP = 3;

interface Launch {
  /** node arguments before the child's own. */
  readonly node: readonly string[];
  readonly worker: string;
}

let launch: Launch;

beforeAll(async () => {
  // Bundled once, so each child starts in plain node instead of through tsx.
  const outDir = tempDir('decision-map-backup-kill-');
  launch = {
    node: [await bundleChild('tests/support/backupChild.ts', outDir)],
    worker: await bundleChild('main/store/backup/backupWorker.ts', outDir),
  };
});

interface Round {
  acked: number[];
  backups: number;
  failure: string | null;
}

/**
 * When the kill clock starts: at spawn (start-up), at READY (edits and backups under way),
 * or as the second backup starts (aimed into a backup, see `aim`).
 */
type Arm = 'spawn' | 'ready' | 'backup';

/**
 * Runs one child and SIGKILLs it `delayMs` after the moment `armAt` names. For 'backup',
 * `delayMs` is ignored: the first backup's duration is measured (BACKUPSTART to BACKUP) and
 * the kill comes `aim` (0.7..1.1) of that duration into the second one, mostly in its copy
 * and check, which come after the worker's start-up.
 */
function runAndKill(
  dir: string,
  seed: number,
  delayMs: number,
  armAt: Arm,
  aim = 1,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...launch.node, dir, String(seed), launch.worker], {
      cwd: ROOT,
      // The bundles leave better-sqlite3 outside; this finds it in the project.
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const round: Round = { acked: [], backups: 0, failure: null };
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const arm = (ms = delayMs) => (timer ??= setTimeout(kill, ms));
    let backupStarted = 0;
    let backupTook = 0;
    // Never wait forever on a child that hangs.
    const watchdog = setTimeout(kill, 15_000);
    if (armAt === 'spawn') arm();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'READY' && armAt === 'ready') arm();
        else if (word === 'ACK') round.acked.push(Number(value));
        else if (word === 'BACKUPSTART') {
          if (armAt === 'backup' && round.backups === 1) arm(Math.round(backupTook * aim));
          backupStarted = performance.now();
        } else if (word === 'BACKUP') {
          if (++round.backups === 1) backupTook = performance.now() - backupStarted;
        } else if (word === 'FAIL' || word === 'BACKUPFAIL') round.failure ??= line;
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

/** integrity_check and the step numbers, read-only (the next child still has to recover). */
function inspect(file: string): { integrity: unknown; appId: number; steps: number[] } {
  return readOnly(file, (db) => {
    const integrity = db.pragma('integrity_check', { simple: true });
    const appId = Number(db.pragma('application_id', { simple: true }));
    // A child killed in its very first start-up may leave a database with no tables yet.
    const hasSteps = db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'steps'`).get();
    const ids = hasSteps ? (db.prepare('SELECT id FROM steps').pluck().all() as string[]) : [];
    return { integrity, appId, steps: ids.map((id) => Number(id.slice(2))).sort((a, b) => a - b) };
  });
}

const isPrefix = (steps: number[]) => steps.every((n, i) => n === i);

interface LaneTally {
  rounds: number;
  acked: number;
  backups: number;
  /** Rounds whose kill left a temp copy: killed with a backup in the making. */
  killedMidBackup: number;
}

async function runLane(lane: number, rng: Rng): Promise<LaneTally> {
  const dir = tempDir();
  const file = path.join(dir, 'workspace.db');
  const backups = path.join(dir, 'backups');
  const acked = new Set<number>();
  const tally: LaneTally = { rounds: 0, acked: 0, backups: 0, killedMidBackup: 0 };

  for (let round = 0; round < ROUNDS_PER_LANE; round++) {
    // One child in five dies during start-up (open, first create, the first worker start),
    // two in five a moment after their first backup, the rest at any moment of the run.
    const armAt: Arm = round % 5 === 0 ? 'spawn' : round % 5 <= 2 ? 'backup' : 'ready';
    const delay = armAt === 'spawn' ? rng.int(0, 250) : rng.int(10, 400);
    const seed = lane * 1000 + round + 1;
    const result = await runAndKill(dir, seed, delay, armAt, rng.int(70, 110) / 100);
    const where = `lane ${lane}, round ${round}`;
    expect(result.failure, where).toBeNull();
    tally.rounds++;
    tally.backups += result.backups;
    result.acked.forEach((n) => acked.add(n));
    if (!fs.existsSync(file)) continue;

    const workspace = inspect(file);
    expect(workspace.integrity, where).toBe('ok');
    const stored = new Set(workspace.steps);
    expect(
      [...acked].filter((n) => !stored.has(n)),
      `${where}: acknowledged but lost`,
    ).toEqual([]);
    expect(isPrefix(workspace.steps), where).toBe(true);

    const names = fs.existsSync(backups) ? fs.readdirSync(backups) : [];
    if (names.some((name) => name.includes('.tmp'))) tally.killedMidBackup++;
    const complete = names.filter((name) => parseBackupName(name) !== null);
    // The last N, plus one when the kill fell between a rename and its pruning.
    expect(complete.length, where).toBeLessThanOrEqual(KEEP + 1);
    for (const name of complete) {
      const copy = inspect(path.join(backups, name));
      expect(copy.integrity, `${where}: ${name}`).toBe('ok');
      expect(copy.appId, `${where}: ${name}`).toBe(APPLICATION_ID);
      expect(isPrefix(copy.steps), `${where}: ${name} holds a clean prefix`).toBe(true);
      expect(copy.steps.length, `${where}: ${name}`).toBeLessThanOrEqual(workspace.steps.length);
      // A complete copy is a self-contained file: no journal of its own beside it.
      expect(names, `${where}: ${name}`).not.toContain(`${name}-journal`);
    }
  }
  tally.acked = acked.size;

  // The app opens what the kills left, takes a backup (clearing any temp copy), and closes
  // without leaving -wal/-shm behind.
  // (From this process, the worker runs from sources: the bundle relies on NODE_PATH.)
  const worker = path.join(ROOT, 'main/store/backup/backupWorker.ts');
  const workspace = openWorkspace({
    dataDir: dir,
    backups: { worker, intervalMs: 3_600_000, firstDelayMs: 3_600_000, keep: KEEP, report() {} },
  });
  expect(workspace.status().state).toBe('ready');
  const outcome = await workspace.backups!.runNow();
  expect(outcome).toMatchObject({ ran: true, reply: { ok: true } });
  workspace.close();
  const left = fs.readdirSync(backups);
  expect(left.filter((name) => parseBackupName(name) === null)).toEqual([]);
  expect(left.length).toBeLessThanOrEqual(KEEP);
  expect(fs.readdirSync(dir).filter((name) => /-(wal|shm)$/.test(name))).toEqual([]);
  // That last backup holds everything the workspace does.
  const last = inspect(outcome.ran && outcome.reply.ok ? outcome.reply.result.file : '');
  expect(last.steps).toEqual(inspect(file).steps);
  expect(last.steps.length).toBeGreaterThanOrEqual(Math.max(...acked) + 1);
  return tally;
}

describe('killing the app during backups', () => {
  it(`keeps the workspace and every finished backup whole across ${LANES * ROUNDS_PER_LANE} SIGKILLs`, async () => {
    const rng = makeRng(20261127);
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, lane) => runLane(lane, makeRng(rng.int(1, 1_000_000)))),
    );
    const total = lanes.reduce((sum, lane) => ({
      rounds: sum.rounds + lane.rounds,
      acked: sum.acked + lane.acked,
      backups: sum.backups + lane.backups,
      killedMidBackup: sum.killedMidBackup + lane.killedMidBackup,
    }));
    console.info(
      `backup kill test: ${total.rounds} kills survived, ${total.acked} acknowledged edits kept, ` +
        `${total.backups} backups finished, ${total.killedMidBackup} kills landed mid-backup`,
    );
    expect(total.rounds).toBe(LANES * ROUNDS_PER_LANE);
    expect(total.backups).toBeGreaterThan(total.rounds / 2);
    // Copies are short next to worker start-ups: at least a few kills must hit one.
    expect(total.killedMidBackup).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
