/**
 * Child process for the kill test: opens the workspace in `dataDir` (one map, created on
 * the first run), then saves bursts of edits as fast as it can until the parent SIGKILLs it.
 * Every save is one `map:apply` call, i.e. one transaction, announced before it starts and
 * acknowledged once it returned:
 *
 *   READY {"steps":n,"arrows":n}
 *   BEGIN {"b":"r3.7","shape":"big","add":[…],"arrows":[[id,from,to],…],"remove":[…],
 *          "removeArrows":[…],"relabel":[…],"name":"…"}
 *   ACK r3.7
 *
 * A step added or relabelled by batch `b` gets the label `<id>@<b>`, so the parent can
 * rebuild exactly what the database must hold: every acknowledged batch whole, plus the one
 * in flight either whole or not at all. Ids carry the round's tag, so they never repeat.
 *
 * Usage: node editChild.cjs <dataDir> <seed> <tag>  (bundled by killHarness)
 */
import fs from 'node:fs';
import { openWorkspace } from '../../main/service/workspace';
import type { MapDocument, MapId, StepId, TransitionId } from '../../shared/model';
import type { Operation } from '../../shared/operations/types';
import { applyOps } from './applyOps';
import { labelOf, type Batch } from './killModel';
import { makeStep, makeTransition } from './makeMap';
import { makeRng, type Rng } from './randomOps';

// Keeps the map around a few hundred steps: big enough that saves span many pages.
const MANY_STEPS = 1200;

function plan(doc: MapDocument, rng: Rng, b: string, newId: () => string): Batch {
  const steps = doc.stepOrder as readonly string[];
  const batch: Batch = {
    b,
    shape: '',
    add: [],
    arrows: [],
    remove: [],
    removeArrows: [],
    relabel: [],
  };
  const some = (max: number) =>
    [...new Set(Array.from({ length: rng.int(1, max) }, () => rng.pick(steps)))] as string[];
  const roll = rng.next();
  if (steps.length > MANY_STEPS) {
    return { ...batch, shape: 'mass-delete', remove: some(400) };
  }
  if (roll < 0.25 || steps.length === 0) {
    return { ...batch, shape: 'single', add: [`s${newId()}`] };
  }
  if (roll < 0.5) {
    const id = `s${newId()}`;
    return {
      ...batch,
      shape: 'pair',
      add: [id],
      arrows: [[`a${newId()}`, rng.pick(steps), id]],
    };
  }
  if (roll < 0.65) {
    const add = Array.from({ length: rng.int(50, 300) }, () => `s${newId()}`);
    const arrows: [string, string, string][] = [[`a${newId()}`, rng.pick(steps), add[0]!]];
    for (let i = 1; i < add.length; i++) arrows.push([`a${newId()}`, add[i - 1]!, add[i]!]);
    return { ...batch, shape: 'big', add, arrows, name: `Kill test ${b}` };
  }
  if (roll < 0.8 && steps.length > 20) {
    const arrows = doc.transitionOrder as readonly string[];
    const removeArrows = arrows.length > 0 && rng.chance(0.5) ? [rng.pick(arrows)] : [];
    return { ...batch, shape: 'delete', remove: some(5), removeArrows };
  }
  if (roll < 0.92) {
    return { ...batch, shape: 'relabel', relabel: some(10) };
  }
  return { ...batch, shape: 'rename', name: `Kill test ${b}`, relabel: some(1) };
}

function operations(batch: Batch): Operation[] {
  const ops: Operation[] = [];
  if (batch.add.length > 0) {
    const big = batch.add.length > 1;
    const steps = batch.add.map((id, i) =>
      makeStep(id, {
        label: labelOf(id, batch.b),
        // Big batches carry real-sized rows, so the transaction spans many pages.
        notes: big ? 'Waits for the weekly status meeting. '.repeat(10) : '',
        position: { x: i * 10, y: 0 },
      }),
    );
    ops.push({ type: 'elements/add', steps, transitions: [] });
  }
  // The arrows are a separate operation in the same save: both or neither must persist.
  if (batch.arrows.length > 0) {
    const transitions = batch.arrows.map(([id, from, to]) => makeTransition(id, from, to));
    ops.push({ type: 'elements/add', steps: [], transitions });
  }
  for (const id of batch.relabel) {
    ops.push({ type: 'step/update', id: id as StepId, patch: { label: labelOf(id, batch.b) } });
    ops.push({ type: 'steps/move', moves: [{ id: id as StepId, position: { x: 1, y: 1 } }] });
  }
  if (batch.remove.length > 0 || batch.removeArrows.length > 0) {
    ops.push({
      type: 'elements/remove',
      stepIds: batch.remove as StepId[],
      transitionIds: batch.removeArrows as TransitionId[],
    });
  }
  if (batch.name !== undefined) ops.push({ type: 'map/rename', name: batch.name });
  return ops;
}

// writeSync: a line is in the pipe before the next step starts, so an ACK the parent reads
// always refers to a save that had already returned, and a BEGIN comes before its writes.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const [dataDir, seedText, tag] = process.argv.slice(2);
  if (!dataDir || !tag) throw new Error('usage: editChild.cjs <dataDir> <seed> <tag>');
  const rng = makeRng(Number(seedText ?? 1));
  const workspace = openWorkspace({ dataDir });
  const status = workspace.status();
  if (status.state !== 'ready') {
    say(`FAIL ${status.state} ${status.message}`);
    process.exit(2);
  }
  const { handlers } = workspace;
  const existing = (await handlers['maps:list']({}))[0];
  const id: MapId = existing
    ? existing.id
    : (await handlers['maps:create']({ name: 'Kill test' })).id;
  let doc = (await handlers['map:open']({ id })).doc;
  say(
    `READY ${JSON.stringify({ steps: doc.stepOrder.length, arrows: doc.transitionOrder.length })}`,
  );

  let n = 0;
  const newId = () => `${tag}.${n++}`;
  const deadline = Date.now() + 20_000;
  for (let k = 0; Date.now() < deadline; k++) {
    const batch = plan(doc, rng, `${tag}.b${k}`, newId);
    say(`BEGIN ${JSON.stringify(batch)}`);
    await applyOps(handlers, id, operations(batch));
    say(`ACK ${batch.b}`);
    doc = (await handlers['map:open']({ id })).doc;
  }
  workspace.close();
}

void main();
