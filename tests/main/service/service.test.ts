import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { MapId, StepId } from '../../../shared/model';
import type { Operation } from '../../../shared/operations/types';
import { makeStep, makeTransition } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { applyOps } from '../../support/applyOps';

const addSteps = (...ids: string[]): Operation => ({
  type: 'elements/add',
  steps: ids.map((id) => makeStep(id)),
  transitions: [],
});

describe('workspace service', () => {
  it('starts ready with an empty workspace in the data folder', async () => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    expect(await handlers['workspace:status']({})).toEqual({
      state: 'ready',
      path: path.join(dir, 'workspace.db'),
    });
    expect(await handlers['maps:list']({})).toEqual([]);
  });

  it('creates maps and lists them newest first with their step count', async () => {
    const { handlers } = openTestWorkspace();
    const first = await handlers['maps:create']({ name: 'Campaign launch' });
    const second = await handlers['maps:create']({ name: 'Onboarding', stage: 'to-be' });
    expect(first).toMatchObject({
      name: 'Campaign launch',
      stage: 'as-is',
      stepCount: 0,
      deletedAt: null,
    });
    expect(second.stage).toBe('to-be');
    expect((await handlers['maps:list']({})).map((m) => m.name)).toEqual([
      'Onboarding',
      'Campaign launch',
    ]);

    await applyOps(handlers, first.id, [addSteps('a', 'b')]);
    const list = await handlers['maps:list']({});
    expect(list.map((m) => [m.name, m.stepCount])).toEqual([
      ['Campaign launch', 2],
      ['Onboarding', 0],
    ]);
    expect(list[0]!.updatedAt > first.updatedAt).toBe(true);
  });

  it('renames a map, bumping its revision, and the open document follows', async () => {
    const { handlers } = openTestWorkspace();
    const map = await handlers['maps:create']({ name: 'Old' });
    await handlers['map:open']({ id: map.id });
    const renamed = await handlers['maps:rename']({ id: map.id, name: 'New' });
    expect(renamed.name).toBe('New');
    const opened = await handlers['map:open']({ id: map.id });
    expect(opened.doc.info.name).toBe('New');
    expect(opened.revision).toBe(1);
  });

  it('duplicates a map deeply: editing the copy leaves the original alone', async () => {
    const { handlers } = openTestWorkspace();
    const original = await handlers['maps:create']({ name: 'Original' });
    await applyOps(handlers, original.id, [
      addSteps('a', 'b', 'c'),
      { type: 'elements/add', steps: [], transitions: [makeTransition('t1', 'a', 'b')] },
    ]);
    const copy = await handlers['maps:duplicate']({ id: original.id });
    expect(copy).toMatchObject({ name: 'Original (copy)', stepCount: 3 });
    expect(copy.id).not.toBe(original.id);

    const before = (await handlers['map:open']({ id: original.id })).doc;
    const copied = (await handlers['map:open']({ id: copy.id })).doc;
    expect({ ...copied, info: before.info }).toEqual(before);
    expect(copied.info).toEqual({ ...before.info, id: copy.id, name: 'Original (copy)' });

    await applyOps(handlers, copy.id, [
      { type: 'elements/remove', stepIds: ['a' as StepId], transitionIds: [] },
      addSteps('z'),
    ]);
    expect((await handlers['map:open']({ id: original.id })).doc).toEqual(before);
    expect((await handlers['map:open']({ id: copy.id })).doc.stepOrder).toEqual(['b', 'c', 'z']);
  });

  it('keeps a copy of a 200-character name within the name limit', async () => {
    const { handlers } = openTestWorkspace();
    const map = await handlers['maps:create']({ name: 'x'.repeat(200) });
    const copy = await handlers['maps:duplicate']({ id: map.id });
    expect(copy.name).toHaveLength(200);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
  });

  it('moves maps to the trash, restores them, and empties the trash for good', async () => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    const keep = await handlers['maps:create']({ name: 'Keep' });
    const drop = await handlers['maps:create']({ name: 'Drop' });
    const back = await handlers['maps:create']({ name: 'Back' });
    await applyOps(handlers, drop.id, [addSteps('a')]);

    expect(await handlers['maps:delete']({ id: drop.id })).toBeNull();
    expect(await handlers['maps:delete']({ id: back.id })).toBeNull();
    expect((await handlers['maps:list']({})).map((m) => m.name)).toEqual(['Keep']);
    expect((await handlers['maps:trash']({})).map((m) => m.name).sort()).toEqual(['Back', 'Drop']);
    expect((await handlers['maps:trash']({}))[0]!.deletedAt).not.toBeNull();
    await expect(async () => handlers['map:open']({ id: drop.id })).rejects.toMatchObject({
      code: 'MAP_NOT_FOUND',
    });
    await expect(async () => applyOps(handlers, drop.id, [addSteps('b')])).rejects.toMatchObject({
      code: 'MAP_NOT_FOUND',
    });

    const restored = await handlers['maps:restore']({ id: back.id });
    expect(restored).toMatchObject({ name: 'Back', deletedAt: null });
    expect(await handlers['maps:emptyTrash']({})).toEqual({ removed: 1 });
    expect(await handlers['maps:trash']({})).toEqual([]);
    expect((await handlers['maps:list']({})).map((m) => m.id).sort()).toEqual(
      [keep.id, back.id].sort(),
    );

    // The purged map's elements went with it (foreign keys cascade).
    const db = new Database(path.join(dir, 'workspace.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM steps WHERE map_id = ?').pluck().get(drop.id)).toBe(0);
    db.close();
  });

  it('answers MAP_NOT_FOUND for ids it does not know', async () => {
    const { handlers } = openTestWorkspace();
    const id = 'nope' as MapId;
    for (const call of [
      () => handlers['map:open']({ id }),
      () => applyOps(handlers, id, [addSteps('a')]),
      () => handlers['maps:rename']({ id, name: 'x' }),
      () => handlers['maps:duplicate']({ id }),
      () => handlers['maps:delete']({ id }),
      () => handlers['maps:restore']({ id }),
    ]) {
      await expect(async () => call()).rejects.toMatchObject({ code: 'MAP_NOT_FOUND' });
    }
  });

  it('refuses a batch with one invalid operation and changes nothing, in memory or on disk', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    const { handlers } = workspace;
    const map = await handlers['maps:create']({ name: 'M' });
    const { revision } = await applyOps(handlers, map.id, [addSteps('a', 'b')]);
    const before = await handlers['map:open']({ id: map.id });

    const bad: Operation[] = [
      addSteps('c'),
      { type: 'map/rename', name: 'Changed' },
      { type: 'step/update', id: 'missing' as StepId, patch: {} },
    ];
    await expect(async () => applyOps(handlers, map.id, bad)).rejects.toMatchObject({
      code: 'INVALID_EDIT',
    });
    expect(await handlers['map:open']({ id: map.id })).toEqual(before);
    expect(before.revision).toBe(revision);

    workspace.close();
    const reopened = openTestWorkspace(dir);
    expect(await reopened.handlers['map:open']({ id: map.id })).toEqual(before);
    expect((await reopened.handlers['maps:list']({}))[0]!.name).toBe('M');
  });

  it('reports STORAGE_FAILED when the write fails, keeping the map as it was', async () => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    const map = await handlers['maps:create']({ name: 'M' });
    await applyOps(handlers, map.id, [addSteps('a')]);
    const before = await handlers['map:open']({ id: map.id });

    // A second connection makes every new step row fail, as a full disk would.
    const saboteur = new Database(path.join(dir, 'workspace.db'));
    saboteur.exec(
      `CREATE TRIGGER fail BEFORE INSERT ON steps BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    await expect(async () =>
      applyOps(handlers, map.id, [{ type: 'map/rename', name: 'Lost' }, addSteps('b')]),
    ).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
    expect(await handlers['map:open']({ id: map.id })).toEqual(before);
    expect(saboteur.prepare('SELECT name FROM maps').pluck().get()).toBe('M');

    saboteur.exec('DROP TRIGGER fail');
    saboteur.close();
    // The cache was not advanced by the failed save, so the same edit now applies cleanly.
    const { revision } = await applyOps(handlers, map.id, [addSteps('b')]);
    expect(revision).toBe(before.revision + 1);
    expect((await handlers['map:open']({ id: map.id })).doc.stepOrder).toEqual(['a', 'b']);
  });

  it('refuses every map call once closed, and closing twice is harmless', async () => {
    const workspace = openTestWorkspace();
    workspace.close();
    workspace.close();
    await expect(async () => workspace.handlers['maps:list']({})).rejects.toMatchObject({
      code: 'WORKSPACE_UNAVAILABLE',
    });
  });
});
