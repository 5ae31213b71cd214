/**
 * Child process for the backup kill test: opens the workspace in `dataDir`, then saves
 * edits as fast as it can while a rolling backup runs back to back in its worker thread.
 * Prints `READY <n>` once open, `ACK <n>` once the save of step `s-<n>` has returned,
 * `BACKUPSTART` as a backup starts and `BACKUP <file name>` once it is in place. The parent kills it with SIGKILL at a
 * random moment: in the middle of an edit, a backup copy, a check, a rename or a prune.
 *
 * Usage: node [--import tsx] backupChild <dataDir> <seed> <backup worker file>
 */
import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace } from '../../main/service/workspace';
import type { Operation } from '../../shared/operations/types';
import { applyOps } from './applyOps';
import { makeStep, makeTransition } from './makeMap';
import { makeRng } from './randomOps';

const [dataDir, seedText, worker] = process.argv.slice(2);
if (!dataDir || !worker) throw new Error('usage: backupChild <dataDir> <seed> <worker>');
const rng = makeRng(Number(seedText ?? 1));

// writeSync: the line is in the pipe before anything else happens, so an ACK the parent
// reads always refers to a save that had already returned.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const workspace = openWorkspace({
    dataDir: dataDir!,
    // The schedule's own timers stay out of the way; the loop below backs up continuously.
    // A few pages per step stretch each copy over many steps (tens of ms), like a large
    // workspace's: kills land in the copy itself, not only in worker start-ups.
    backups: {
      worker: worker!,
      intervalMs: 3_600_000,
      firstDelayMs: 3_600_000,
      keep: 3,
      pagesPerStep: 2,
    },
  });
  const status = workspace.status();
  if (status.state !== 'ready') {
    say(`FAIL ${status.state} ${status.message}`);
    process.exit(2);
  }
  const { handlers } = workspace;
  const existing = (await handlers['maps:list']({}))[0];
  const id = existing ? existing.id : (await handlers['maps:create']({ name: 'Backup kill' })).id;
  let n = (await handlers['map:open']({ id })).doc.stepOrder.length;
  say(`READY ${n}`);

  let editing = true;
  const backups = (async () => {
    while (editing) {
      say('BACKUPSTART');
      const outcome = await workspace.backups!.runNow();
      if (!outcome.ran) break;
      const { reply } = outcome;
      if (reply.ok) say(`BACKUP ${path.basename(reply.result.file)}`);
      else if (!reply.stopped) say(`BACKUPFAIL ${reply.message}`);
    }
  })();

  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ops: Operation[] = [
      {
        type: 'elements/add',
        steps: [makeStep(`s-${n}`, { notes: 'n'.repeat(rng.int(0, 400)) })],
        transitions: [],
      },
    ];
    if (n > 0 && rng.chance(0.5)) {
      ops.push({
        type: 'elements/add',
        steps: [],
        transitions: [makeTransition(`t-${n}`, `s-${n - 1}`, `s-${n}`)],
      });
    }
    await applyOps(handlers, id, ops);
    say(`ACK ${n}`);
    n++;
    // Saves are synchronous: let the worker's replies (macrotasks) in between them.
    await new Promise((resolve) => setImmediate(resolve));
  }
  editing = false;
  await backups;
  workspace.close();
}

void main();
