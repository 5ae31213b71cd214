/**
 * 200 damaged or foreign workspace files, generated from a real workspace with a seeded RNG
 * (tests/support/mangle.ts): truncated, bit-flipped, zeroed, scribbled, another program's
 * database, a bad -wal/-shm/-journal beside a good file, a PNG, a map file, a folder, a
 * sparse 4 GB file... Each is opened the way the app starts, in child processes (a native
 * crash or a hang must fail the test, not kill the runner), and must give either a usable
 * workspace (a flipped bit in unused space can leave one) or a plain refusal that leaves the
 * file as it was — and a fresh start must work either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeMapFile } from '../../../shared/file-format';
import { generateMap } from '../../support/generateMap';
import { bundleChild, runChild, Tally } from '../../support/killHarness';
import { fingerprint, mangledVariants, type Variant } from '../../support/mangle';
import type { MangleReport } from '../../support/mangleChild';
import { makeRng } from '../../support/randomOps';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { applyOps } from '../../support/applyOps';

const SEED = 20261127;
const CHILDREN = 2;
/** Longest a single file may take to open, judge and start fresh beside. */
const FILE_LIMIT_MS = 5_000;
const ROOT_USER = process.getuid?.() === 0;

interface Case {
  readonly variant: Variant;
  readonly dir: string;
  readonly before: string;
}

let bundle: string;
let cases: Case[];

/** A real workspace: the example, imported maps with decisions, edits, one in the trash. */
async function realWorkspace(): Promise<{ file: Buffer; mapFile: string }> {
  const dir = tempDir();
  const workspace = openTestWorkspace(dir);
  const { handlers } = workspace;
  await handlers['maps:createFromExample']({ example: 'campaign-launch' });
  const mapFile = serializeMapFile(generateMap(80, 3));
  for (let seed = 1; seed <= 4; seed++) {
    const doc = generateMap(60 + seed * 40, seed);
    await handlers['maps:import']({
      text: serializeMapFile({ ...doc, info: { ...doc.info, id: `map-${seed}` as never } }),
    });
  }
  const { id } = await handlers['maps:create']({ name: 'Edited by hand' });
  await applyOps(handlers, id, [{ type: 'map/rename', name: 'Edited twice' }]);
  const [first] = await handlers['maps:list']({});
  await handlers['maps:delete']({ id: first!.id });
  workspace.close();
  // Closed cleanly: the WAL was checkpointed into the file and removed.
  expect(fs.readdirSync(dir)).toEqual(['workspace.db']);
  return { file: fs.readFileSync(path.join(dir, 'workspace.db')), mapFile };
}

beforeAll(async () => {
  const root = tempDir('decision-map-mangled-');
  bundle = await bundleChild('tests/support/mangleChild.ts', root);
  const { file, mapFile } = await realWorkspace();
  const variants = mangledVariants(file, mapFile, makeRng(SEED), { root: ROOT_USER });
  cases = variants.map((variant, index) => {
    const dir = path.join(root, `v${index}`);
    fs.mkdirSync(dir);
    variant.write(dir);
    return { variant, dir, before: fingerprint(dir) };
  });
}, 60_000);

type Result = MangleReport | { readonly failure: string };

/** Runs the child over `indices`, restarting it past any file that crashed or hung it. */
async function openAll(indices: readonly number[]): Promise<Map<number, Result>> {
  const results = new Map<number, Result>();
  let remaining = [...indices];
  while (remaining.length > 0) {
    let current: number | null = null;
    let hung = false;
    let timer: NodeJS.Timeout | undefined;
    const run = await runChild(
      bundle,
      remaining.map((index) => `${index}=${cases[index]!.dir}`),
      (line, control) => {
        if (line.startsWith('START ')) {
          current = Number(line.slice('START '.length));
          timer = setTimeout(() => {
            hung = true;
            control.kill();
          }, FILE_LIMIT_MS);
        } else if (line.startsWith('DONE ')) {
          clearTimeout(timer);
          const report = JSON.parse(line.slice('DONE '.length)) as MangleReport;
          results.set(report.index, report);
          current = null;
        }
      },
      120_000,
    );
    clearTimeout(timer);
    const how = `exit ${run.code} signal ${run.signal}: ${run.stderr.slice(0, 2000)}`;
    if (current !== null) {
      results.set(current, { failure: hung ? `hung for ${FILE_LIMIT_MS} ms` : `crashed: ${how}` });
    } else if (run.code !== 0) {
      // Died between files: blame the next one so the loop moves on.
      results.set(
        remaining.find((index) => !results.has(index))!,
        { failure: `crashed: ${how}` },
      );
    }
    remaining = remaining.filter((index) => !results.has(index));
  }
  return results;
}

/** Words a user can read: no driver codes, no stack, no file-system codes, a full sentence. */
function plainProblems(message: string | null): string[] {
  if (message === null) return ['no message'];
  const problems: string[] = [];
  if (/SQLITE|sqlite3|Error:/.test(message)) problems.push('driver text');
  if (/\n|\bat \S+ \(|\.ts:\d+|\.js:\d+/.test(message)) problems.push('stack');
  if (/\bE[A-Z]{2,}\b/.test(message)) problems.push('file-system code');
  if (!message.endsWith('.')) problems.push('no full stop');
  return problems;
}

/** Which of the refusals the message is, for the summary. */
function reasonOf(message: string | null): string {
  if (message === null) return '';
  if (/damaged/.test(message)) return ' (damaged)';
  if (/not a Decision Map database/.test(message)) return ' (not ours)';
  if (/could not be opened/.test(message)) return ' (could not open)';
  return '';
}

describe('mangled workspace files', () => {
  it('are each opened or refused plainly, untouched, never crashing or hanging', async () => {
    const started = performance.now();
    expect(cases).toHaveLength(200);
    const all = cases.map((_, index) => index);
    const slices = Array.from({ length: CHILDREN }, (_, c) =>
      all.filter((index) => index % CHILDREN === c),
    );
    const results = new Map<number, Result>();
    for (const part of await Promise.all(slices.map(openAll))) {
      for (const [index, result] of part) results.set(index, result);
    }

    const outcomes = new Tally();
    const problems: string[] = [];
    let slowest = 0;
    cases.forEach(({ variant, dir, before }, index) => {
      const name = `#${index} ${variant.kind} (${variant.detail})`;
      const result = results.get(index);
      if (!result || 'failure' in result) {
        problems.push(`${name}: ${result ? result.failure : 'no result'}`);
        return;
      }
      slowest = Math.max(slowest, result.ms);
      const fail = (what: string) => problems.push(`${name}: ${what}`);
      outcomes.add(`${variant.kind} → ${result.state}${reasonOf(result.message)}`);
      if (result.ms > FILE_LIMIT_MS) fail(`took ${Math.round(result.ms)} ms`);
      const allowed = variant.expect ?? ['ready', 'unreadable', 'too-new'];
      if (!allowed.includes(result.state as never)) fail(`state ${result.state}`);
      if (result.state === 'ready') {
        if (!result.list.ok) fail(`maps:list failed: ${result.list.code} ${result.list.message}`);
        // A flipped bit inside a map's stored JSON passes quick_check; that map then fails
        // to open with a coded error (through dispatch, so never a raw one) while the rest
        // of the workspace works.
        if (result.openFailures.length > 0) {
          outcomes.add(
            `${variant.kind} → ready but a map fails to open (${result.openFailures[0]})`,
          );
        }
      } else {
        const wording = plainProblems(result.message);
        if (wording.length > 0) fail(`message ${JSON.stringify(result.message)}: ${wording}`);
        if (result.list.ok || result.list.code !== 'WORKSPACE_UNAVAILABLE') {
          fail(`maps:list on a refused workspace: ${JSON.stringify(result.list)}`);
        }
        const after = fingerprint(dir);
        if (after !== before) fail(`the refused file changed: ${before} → ${after}`);
      }
      if (!result.fresh.ok || result.fresh.state !== 'ready' || !result.fresh.works) {
        fail(`startFresh: ${JSON.stringify(result.fresh)}`);
      }
    });

    console.log(
      `mangled files: ${cases.length} files${ROOT_USER ? ' (running as root: no unreadable-permission file)' : ''}, ` +
        `slowest ${Math.round(slowest)} ms, ${Math.round(performance.now() - started)} ms in all; ` +
        `outcomes: ${outcomes}`,
    );
    expect(problems).toEqual([]);
  }, 120_000);
});
