/**
 * The store's central promise: what the reducer produced is exactly what a reload gives
 * back, order included, whatever mix of edits and batch sizes got it there.
 */
import { describe, expect, it } from 'vitest';
import { emptyMap, type MapId, type StepId } from '../../../shared/model';
import { makeStep } from '../../support/makeMap';
import { makeRng, randomBatches, randomOps } from '../../support/randomOps';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { applyOps } from '../../support/applyOps';

describe('persisted edits', () => {
  it.each([11, 22, 33, 44, 55])(
    'reload equals the reducer after 300 random edits (seed %i)',
    async (seed) => {
      const dir = tempDir();
      const workspace = openTestWorkspace(dir);
      const created = await workspace.handlers['maps:create']({ name: 'Random' });
      const start = emptyMap(created.id, 'Random');
      const { ops, doc: expected } = randomOps(seed, 300, start);
      const batches = randomBatches(ops, makeRng(seed + 1), 8);

      let revision = 0;
      for (const batch of batches) {
        ({ revision } = await applyOps(workspace.handlers, created.id, batch));
      }
      expect(revision).toBe(batches.length);
      expect((await workspace.handlers['map:open']({ id: created.id })).doc).toStrictEqual(
        expected,
      );
      workspace.close();

      const reopened = openTestWorkspace(dir);
      const loaded = await reopened.handlers['map:open']({ id: created.id as MapId });
      expect(loaded.revision).toBe(batches.length);
      expect(loaded.doc).toStrictEqual(expected);
      // Guard against a vacuous pass: the sequence really built something.
      expect(expected.stepOrder.length).toBeGreaterThan(10);
      expect(expected.transitionOrder.length).toBeGreaterThan(5);
    },
  );

  it('keeps order when an element is removed and re-added in the same save', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    const { id } = await workspace.handlers['maps:create']({ name: 'Order' });
    await applyOps(workspace.handlers, id, [
      { type: 'elements/add', steps: ['a', 'b', 'c'].map((s) => makeStep(s)), transitions: [] },
    ]);
    await applyOps(workspace.handlers, id, [
      { type: 'elements/remove', stepIds: ['a', 'b'] as StepId[], transitionIds: [] },
      {
        type: 'elements/add',
        steps: [makeStep('b'), makeStep('a', { label: 'back' })],
        transitions: [],
      },
    ]);
    workspace.close();
    const doc = (await openTestWorkspace(dir).handlers['map:open']({ id })).doc;
    expect(doc.stepOrder).toEqual(['c', 'b', 'a']);
    expect(doc.steps.a?.label).toBe('back');
  });
});
