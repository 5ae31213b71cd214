/**
 * The store's central promise: what the reducer produced is exactly what a reload gives
 * back, order included, whatever mix of edits and batch sizes got it there.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  emptyMap,
  type InformationId,
  type MapId,
  type RoleId,
  type StepId,
  type TransitionId,
} from '../../../shared/model';
import { makeStep, makeTransition } from '../../support/makeMap';
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
      expect(expected.parkingLot.length + Object.keys(expected.votes).length).toBeGreaterThan(0);
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

  it('keeps roles and information items, and every reference a remove or merge rewrote', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    const { id } = await workspace.handlers['maps:create']({ name: 'Roster' });
    const cmo = 'cmo' as RoleId;
    const team = 'team' as RoleId;
    const brief = 'brief' as InformationId;
    await applyOps(workspace.handlers, id, [
      { type: 'role/add', role: { id: cmo, name: 'CMO', kind: 'person' } },
      { type: 'role/add', role: { id: team, name: 'Team', kind: 'group' } },
      { type: 'information/add', item: { id: brief, name: 'Brief', external: false } },
      {
        type: 'elements/add',
        steps: [makeStep('a', { performer: team, produces: [brief] }), makeStep('b')],
        transitions: [
          makeTransition('t1', 'a', 'b', {
            decision: { deciders: [team, cmo], requires: [brief] },
          }),
        ],
      },
    ]);
    const { revision } = await applyOps(workspace.handlers, id, [
      { type: 'role/merge', from: team, into: cmo },
      { type: 'information/remove', id: brief },
      // The same id again, in the same save: its row must be rewritten, not lost.
      { type: 'information/add', item: { id: brief, name: 'Brief v2', external: true } },
      { type: 'decision/update', id: 't1' as TransitionId, patch: { requires: [brief] } },
    ]);
    const expected = (await workspace.handlers['map:open']({ id })).doc;
    expect(expected.roles).toEqual({ cmo: { id: cmo, name: 'CMO', kind: 'person' } });
    expect(expected.steps.a).toMatchObject({ performer: cmo, produces: [] });
    expect(expected.transitions.t1?.decision).toMatchObject({ deciders: [cmo], requires: [brief] });
    workspace.close();

    const loaded = await openTestWorkspace(dir).handlers['map:open']({ id });
    expect(loaded).toStrictEqual({ doc: expected, revision });
    const db = new Database(path.join(dir, 'workspace.db'), { readonly: true });
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table} WHERE map_id = ?`).pluck().get(id);
    expect([count('roles'), count('information')]).toEqual([1, 1]);
    db.close();
  });
});
