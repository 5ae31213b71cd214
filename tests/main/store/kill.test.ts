/**
 * "Nothing saved is ever lost": a child process saves bursts of edits and is killed with
 * SIGKILL at random moments, over and over on the same workspace. After every kill the
 * database must pass integrity_check and hold exactly every save the child acknowledged,
 * plus the save in flight either whole or not at all — never half of one (a step without
 * the arrow added with it, half of a 300-step paste, a rename without its relabel).
 *
 * Two workspaces (lanes) run side by side to use both cores. Kill moments per round:
 * - startup:   at a random moment of start-up (open, WAL recovery, first create, load);
 * - after-ack: the instant the k-th acknowledgement arrives;
 * - mid-burst: a random time into the burst;
 * - mid-big:   a few milliseconds into a big save (a paste of 50–300 steps or a mass delete),
 *              which spends long inside its transaction.
 * Migrations are killed in killMigration.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRng, type Rng } from '../../support/randomOps';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { bundleChild, readOnly, runChild, Tally } from '../../support/killHarness';
import {
  applyBatch,
  NEW_MAP,
  readSnapshot,
  sameSnapshot,
  snapshotOf,
  type Batch,
  type ModelMap,
  type Snapshot,
} from '../../support/killModel';

const LANES = 2;
const ROUNDS_PER_LANE = 85;
const STRATEGIES = ['startup', 'after-ack', 'mid-burst', 'mid-big'] as const;
type Strategy = (typeof STRATEGIES)[number];

let bundle: string;
beforeAll(async () => {
  bundle = await bundleChild('tests/support/editChild.ts', tempDir('decision-map-kill-bundle-'));
});

interface Lane {
  readonly dir: string;
  readonly rng: Rng;
  /** What the database must hold; null until the child has created its map. */
  model: ModelMap | null;
  /** Slowest start-up seen so far (spawn to READY), to aim start-up kills. */
  startupMs: number;
}

interface RoundResult {
  readonly strategy: Strategy;
  /** What the kill interrupted, judged from the database afterwards. */
  readonly outcome: 'start-up' | 'between saves' | 'in flight, rolled back' | 'in flight, kept';
  readonly acked: number;
}

function tables(db: Database.Database): string[] {
  return db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`)
    .pluck()
    .all() as string[];
}

/** integrity_check and the content, through a read-only connection. */
function inspect(file: string): { integrity: unknown; snapshot: Snapshot } {
  if (!fs.existsSync(file)) return { integrity: 'ok', snapshot: snapshotOf(null) };
  return readOnly(file, (db) => ({
    integrity: db.pragma('integrity_check', { simple: true }),
    snapshot: tables(db).includes('maps') ? readSnapshot(db) : snapshotOf(null),
  }));
}

async function killRound(lane: Lane, round: number): Promise<RoundResult> {
  const { rng } = lane;
  const strategy = rng.pick(STRATEGIES);
  const tag = `r${round}`;
  let pending: Batch | null = null;
  let ready = false;
  let acked = 0;
  let failure: string | null = null;
  const ackTarget = rng.int(1, 12);

  const result = await runChild(
    bundle,
    [lane.dir, String(rng.int(1, 1e9)), tag],
    (line, control) => {
      const space = line.indexOf(' ');
      const word = space === -1 ? line : line.slice(0, space);
      const rest = space === -1 ? '' : line.slice(space + 1);
      if (word === 'READY') {
        ready = true;
        lane.startupMs = Math.max(lane.startupMs, control.elapsed());
        if (lane.model === null) lane.model = NEW_MAP;
        if (strategy === 'mid-burst') control.killAfter(rng.int(0, 150));
      } else if (word === 'BEGIN') {
        if (pending) failure = `BEGIN before the ACK of ${pending.b}`;
        pending = JSON.parse(rest) as Batch;
        const big = pending.add.length > 1 || pending.remove.length > 5;
        if (strategy === 'mid-big' && big) control.killAfter(rng.int(0, 25));
      } else if (word === 'ACK') {
        if (!pending || pending.b !== rest) failure = `ACK ${rest} without its BEGIN`;
        else lane.model = applyBatch(lane.model ?? NEW_MAP, pending);
        pending = null;
        acked++;
        if (strategy === 'after-ack' && acked === ackTarget) control.kill();
        // No big save came along in a while: kill anyway.
        if (strategy === 'mid-big' && acked === 40) control.kill();
      } else {
        failure = line;
      }
    },
    15_000,
    (control) => {
      if (strategy === 'startup') control.killAfter(rng.int(0, Math.round(lane.startupMs)));
    },
  );
  expect(failure, `round ${round}`).toBeNull();
  expect(result.timedOut, `round ${round}: the child hung`).toBe(false);
  expect(result.signal, `round ${round}: ${result.stderr}`).toBe('SIGKILL');

  const { integrity, snapshot } = inspect(path.join(lane.dir, 'workspace.db'));
  expect(integrity, `round ${round}`).toBe('ok');

  // The map the child creates on its first run may or may not exist yet.
  const before = lane.model;
  const candidates: [ModelMap | null, RoundResult['outcome']][] = [[before, 'between saves']];
  if (before === null) candidates.push([NEW_MAP, 'start-up']);
  if (pending) {
    candidates[0] = [before, 'in flight, rolled back'];
    candidates.push([applyBatch(before ?? NEW_MAP, pending), 'in flight, kept']);
  }
  const match = candidates.find(([model]) => sameSnapshot(snapshot, snapshotOf(model)));
  if (!match) {
    // Show the difference against the acknowledged state.
    expect(snapshot, `round ${round} (${strategy}): lost or half-applied save`).toEqual(
      snapshotOf(before),
    );
    throw new Error('unreachable');
  }
  lane.model = match[0];
  return { strategy, outcome: ready ? match[1] : 'start-up', acked };
}

describe('killing the app mid-save', () => {
  it(`keeps every acknowledged save whole across ${LANES * ROUNDS_PER_LANE} SIGKILLs`, async () => {
    const started = performance.now();
    const lanes: Lane[] = Array.from({ length: LANES }, (_, i) => ({
      dir: tempDir(),
      rng: makeRng(20261127 + i),
      model: null,
      startupMs: 150,
    }));
    const byStrategy = new Tally();
    const byOutcome = new Tally();
    let acked = 0;
    await Promise.all(
      lanes.map(async (lane) => {
        for (let round = 0; round < ROUNDS_PER_LANE; round++) {
          const result = await killRound(lane, round);
          byStrategy.add(result.strategy);
          byOutcome.add(result.outcome);
          acked += result.acked;
        }
      }),
    );

    console.log(
      `kill test (edits): ${LANES * ROUNDS_PER_LANE} kills survived — ${byStrategy}; ` +
        `interrupted: ${byOutcome}; ${acked} acknowledged saves kept; ` +
        `${Math.round(performance.now() - started)} ms`,
    );
    for (const strategy of STRATEGIES) expect(byStrategy.get(strategy)).toBeGreaterThan(0);
    // The test is only worth its time if kills really land inside transactions.
    expect(byOutcome.get('in flight, rolled back')).toBeGreaterThan(10);
    expect(acked).toBeGreaterThan(LANES * ROUNDS_PER_LANE);

    // The app itself opens what the kills left, with every element in its drawing order.
    for (const lane of lanes) {
      const { handlers } = openTestWorkspace(lane.dir);
      const [map] = await handlers['maps:list']({});
      const { doc } = await handlers['map:open']({ id: map!.id });
      expect([...doc.stepOrder].sort()).toEqual([...lane.model!.steps.keys()].sort());
      expect([...doc.transitionOrder].sort()).toEqual([...lane.model!.arrows.keys()].sort());
      expect(doc.info.name).toBe(lane.model!.name);
    }
  }, 120_000);
});
