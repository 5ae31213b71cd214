/**
 * The store built against a fake of our API, in node with no page: an edit, its undo and
 * redo, and saves main refuses, checked on the store's map, history and save state.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/errors';
import type { MapId, StepId } from '../../../shared/model';
import type { Operation } from '../../../shared/operations/types';
import { createAppStore } from '../../../renderer/src/state/createAppStore';
import { FakeDecisionMapApi } from '../../fakes/fakeDecisionMapApi';
import { makeMap, makeStep } from '../../support/makeMap';

const MAP = 'map-1' as MapId;
const rename = (label: string): Operation => ({
  type: 'step/update',
  id: 'a' as StepId,
  patch: { label },
});
const addStep = (id: string, label: string): Operation => ({
  type: 'elements/add',
  steps: [makeStep(id, { label })],
  transitions: [],
});

async function openStore() {
  const fake = new FakeDecisionMapApi([
    makeMap({ id: MAP, name: 'Launch', steps: [makeStep('a', { label: 'Brief' })] }),
  ]);
  const store = createAppStore({ api: fake.api, address: { hash: '' } });
  await store.getState().openMap(MAP);
  return { fake, store, state: () => store.getState() };
}

const labelOf = (doc: { steps: Record<string, { label: string }> } | null, id: string) =>
  doc?.steps[id]?.label;

describe('a store built against a fake API', () => {
  it('edits, undoes and redoes, saving each, then meets a save made in another window', async () => {
    const { fake, state } = await openStore();
    expect(state().doc).toEqual(fake.savedMap(MAP).doc);
    expect(state().saveState).toEqual({ kind: 'saved' });
    expect(state().analysis).not.toBeNull();

    state().edit(rename('Campaign brief'));
    expect(labelOf(state().doc, 'a')).toBe('Campaign brief');
    expect(state().undoStack).toHaveLength(1);
    expect(state().redoStack).toHaveLength(0);
    expect(state().saveState.kind).toBe('saving');
    await state().flushSaves();
    expect(state().saveState).toEqual({ kind: 'saved' });
    expect(labelOf(fake.savedMap(MAP).doc, 'a')).toBe('Campaign brief');

    state().undo();
    expect(labelOf(state().doc, 'a')).toBe('Brief');
    expect(state().undoStack).toHaveLength(0);
    expect(state().redoStack).toHaveLength(1);
    await state().flushSaves();
    expect(labelOf(fake.savedMap(MAP).doc, 'a')).toBe('Brief');

    state().redo();
    expect(labelOf(state().doc, 'a')).toBe('Campaign brief');
    expect(state().undoStack).toHaveLength(1);
    expect(state().redoStack).toHaveLength(0);
    await state().flushSaves();
    expect(state().saveState).toEqual({ kind: 'saved' });
    expect(fake.savedMap(MAP)).toMatchObject({ revision: 4 });
    expect(labelOf(fake.savedMap(MAP).doc, 'a')).toBe('Campaign brief');

    // Another window renames the map first: this edit, made on revision 4, is refused as
    // stale, and goes on top of the map as saved there.
    fake.saveElsewhere(MAP, [{ type: 'map/rename', name: 'Launch (the other window)' }]);
    state().edit(addStep('b', 'Creative'));
    expect(state().undoStack).toHaveLength(2);
    await state().flushSaves();
    expect(fake.saveCalls.slice(-2).map((call) => call.base)).toEqual([4, 5]);
    expect(state().doc?.info.name).toBe('Launch (the other window)');
    expect(labelOf(state().doc, 'b')).toBe('Creative');
    expect(state().doc).toEqual(fake.savedMap(MAP).doc);
    // The history was made on the older copy: undoing it could undo the other window's edit.
    expect(state().undoStack).toHaveLength(0);
    expect(state().redoStack).toHaveLength(0);
    expect(state().lostEdits).toEqual([]);
    expect(state().saveState).toEqual({ kind: 'saved' });
    expect(state().hasUnsavedEdits()).toBe(false);
    await state().closeMap();
  });

  it('keeps an edit the disk refused for now, says why, and saves it once the disk takes it', async () => {
    const { fake, state } = await openStore();
    fake.refuseSavesWith = 'STORAGE_FAILED';
    state().edit(rename('Campaign brief'));
    await state().flushSaves();
    expect(state().saveState).toEqual({
      kind: 'retrying',
      message: ERROR_MESSAGES.STORAGE_FAILED,
    });
    expect(labelOf(state().doc, 'a')).toBe('Campaign brief');
    expect(state().undoStack).toHaveLength(1);
    expect(state().hasUnsavedEdits()).toBe(true);
    expect(labelOf(fake.savedMap(MAP).doc, 'a')).toBe('Brief');

    fake.refuseSavesWith = null;
    await state().flushSaves();
    expect(state().saveState).toEqual({ kind: 'saved' });
    expect(state().hasUnsavedEdits()).toBe(false);
    expect(labelOf(fake.savedMap(MAP).doc, 'a')).toBe('Campaign brief');
    await state().closeMap();
  });

  it('reloads the map as saved when main refuses the edit itself', async () => {
    const { fake, state } = await openStore();
    fake.refuseSavesWith = 'INVALID_EDIT';
    state().edit(rename('Campaign brief'));
    await state().flushSaves();
    expect(state().editNotice).toBe(
      `${ERROR_MESSAGES.INVALID_EDIT} The map was reloaded as last saved.`,
    );
    await expect.poll(() => labelOf(state().doc, 'a')).toBe('Brief');
    expect(state().hasUnsavedEdits()).toBe(false);
    await state().closeMap();
  });

  it('selects what an edit added in the same update, and lets go of what an undo took away', async () => {
    const { store, state } = await openStore();
    const updates: { doc: boolean; selection: boolean }[] = [];
    store.subscribe((now, before) =>
      updates.push({ doc: now.doc !== before.doc, selection: now.selection !== before.selection }),
    );
    state().edit(addStep('b', 'Creative'), { select: { steps: ['b' as StepId], transitions: [] } });
    expect(state().selection).toEqual({ steps: ['b'], transitions: [] });
    // The canvas sees the new step and its selection at once, never one without the other.
    expect(updates.filter((u) => u.doc || u.selection)).toEqual([{ doc: true, selection: true }]);
    const selected = state().selection;
    state().setSelection({ steps: ['b' as StepId], transitions: [] });
    expect(state().selection).toBe(selected);
    state().undo();
    expect(state().doc?.steps.b).toBeUndefined();
    expect(state().selection).toEqual({ steps: [], transitions: [] });
    await state().closeMap();
  });

  it('shares nothing between two stores', async () => {
    const one = await openStore();
    const two = createAppStore({ api: one.fake.api, address: { hash: '' } });
    await two.getState().openMap(MAP);
    one.fake.refuseSavesWith = 'STORAGE_FAILED';
    one.state().edit(rename('Only in the first'));
    await one.state().flushSaves();
    expect(one.state().hasUnsavedEdits()).toBe(true);
    expect(two.getState().hasUnsavedEdits()).toBe(false);
    expect(labelOf(two.getState().doc, 'a')).toBe('Brief');
    expect(two.getState().undoStack).toHaveLength(0);
    expect(two.getState().saveState).toEqual({ kind: 'saved' });
    // What the canvas keeps (letters typed ahead of a name field, the clipboard) is per store.
    one.state().typeAhead('C');
    one.state().setClipboard({ fragment: { steps: [], transitions: [] }, pastes: 0 });
    expect(two.getState().takeTypedAhead()).toBe('');
    expect(two.getState().clipboard).toBeNull();
    expect(one.state().takeTypedAhead()).toBe('C');
    expect(one.state().takeTypedAhead()).toBe('');
    one.fake.refuseSavesWith = null;
    await one.state().closeMap();
    await two.getState().closeMap();
  });
});
