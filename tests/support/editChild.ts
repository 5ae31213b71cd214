/**
 * Child process for the kill test: opens the workspace in `dataDir`, then saves edits as
 * fast as it can, printing `ACK <n>` once the save of step `s-<n>` has returned. The
 * parent kills it with SIGKILL at a random moment; every acknowledged step must survive.
 * Continues numbering from whatever the previous (killed) child left behind.
 *
 * Usage: node --import tsx tests/support/editChild.ts <dataDir> <seed>
 */
import fs from 'node:fs';
import { openWorkspace } from '../../main/service/workspace';
import type { StepId, TransitionId } from '../../shared/model';
import type { Operation } from '../../shared/operations/types';
import { makeStep, makeTransition } from './makeMap';
import { makeRng } from './randomOps';
import { applyOps } from './applyOps';

const [dataDir, seedText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: editChild.ts <dataDir> <seed>');
const rng = makeRng(Number(seedText ?? 1));

// writeSync: the line must be in the pipe before the next edit starts, so that an ACK the
// parent reads always refers to a save that had already returned.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const workspace = openWorkspace({ dataDir: dataDir! });
  const status = workspace.status();
  if (status.state !== 'ready') {
    say(`FAIL ${status.state} ${status.message}`);
    process.exit(2);
  }
  const { handlers } = workspace;
  const existing = (await handlers['maps:list']({}))[0];
  const id = existing ? existing.id : (await handlers['maps:create']({ name: 'Kill test' })).id;
  let doc = (await handlers['map:open']({ id })).doc;
  let n = doc.stepOrder.length;
  say(`READY ${n}`);

  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ops: Operation[] = [
      {
        type: 'elements/add',
        steps: [makeStep(`s-${n}`, { position: { x: n, y: 0 } })],
        transitions: [],
      },
    ];
    if (n > 0 && rng.chance(0.6)) {
      ops.push({
        type: 'elements/add',
        steps: [],
        transitions: [makeTransition(`t-${n}`, `s-${n - 1}`, `s-${n}`)],
      });
    }
    if (rng.chance(0.1)) ops.push({ type: 'map/rename', name: `Kill test ${n}` });
    if (rng.chance(0.1) && doc.transitionOrder.length > 0) {
      ops.push({
        type: 'elements/remove',
        stepIds: [],
        transitionIds: [rng.pick(doc.transitionOrder) as TransitionId],
      });
    }
    if (rng.chance(0.2))
      ops.push({
        type: 'steps/move',
        moves: [{ id: `s-${rng.int(0, n)}` as StepId, position: { x: n, y: 1 } }],
      });
    await applyOps(handlers, id, ops);
    say(`ACK ${n}`);
    doc = (await handlers['map:open']({ id })).doc;
    n++;
  }
  workspace.close();
}

void main();
