/**
 * Child process for the migration kill test: opens (probes, backs up, migrates) the
 * workspace database at `file` with the app's migrations plus a slow test-only one, then
 * exits, printing `MIGRATED {"backup":…,"ms":…}`.
 *
 * With `killAfterMs` ≥ 0 it is SIGKILLed that long after the open starts. The whole open is
 * one synchronous call of well under a second, so the kill is aimed from a worker thread in
 * this process rather than from the parent: a parent's timer fires late whenever its event
 * loop is busy (checking the previous round's database), which would push most kills past
 * the end of the upgrade. The signal is the same SIGKILL; nothing in this process can run
 * after it.
 *
 * Usage: node migrationChild.cjs <file> [killAfterMs]  (bundled by killHarness)
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { openDatabase } from '../../main/store';
import { KILL_MIGRATIONS } from './slowMigration';

const say = (line: string) => fs.writeSync(1, `${line}\n`);

/** A thread that SIGKILLs this process `ms` after `go()` is called. */
async function armKill(ms: number): Promise<() => void> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const flag = workerData.flag;
     Atomics.wait(flag, 0, 0);
     Atomics.wait(flag, 0, 1, workerData.ms);
     process.kill(process.pid, 'SIGKILL');`,
    { eval: true, workerData: { flag, ms } },
  );
  await new Promise((resolve) => worker.once('online', resolve));
  return () => {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
}

async function main(): Promise<void> {
  const [file, killText] = process.argv.slice(2);
  if (!file) throw new Error('usage: migrationChild.cjs <file> [killAfterMs]');
  const killAfter = Number(killText ?? -1);
  const go = killAfter >= 0 ? await armKill(killAfter) : () => {};
  say('OPENING');
  go();
  const started = performance.now();
  const { db, backup } = openDatabase(file, { migrations: KILL_MIGRATIONS });
  say(`MIGRATED ${JSON.stringify({ backup, ms: performance.now() - started })}`);
  db.close();
  process.exit(0);
}

void main();
