import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { OpenedMap } from '../../../shared/api/contract';
import type { MapId, StepId } from '../../../shared/model';
import type { Operation } from '../../../shared/operations/types';
import { applyOps } from '../../support/applyOps';
import { soundness, SOUND } from '../../support/integrity';
import { makeStep, makeTransition } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';

const twoSteps: Operation = {
  type: 'elements/add',
  steps: [makeStep('a'), makeStep('b')],
  transitions: [],
};
const arrowAB: Operation = {
  type: 'elements/add',
  steps: [],
  transitions: [makeTransition('t1', 'a', 'b')],
};
const removeB: Operation = {
  type: 'elements/remove',
  stepIds: ['b' as StepId],
  transitionIds: [],
};

function storedRows(file: string, id: MapId) {
  const db = new Database(file, { readonly: true });
  try {
    const revision = db.prepare('SELECT revision FROM maps WHERE id = ?').pluck().get(id);
    const steps = db.prepare('SELECT id FROM steps WHERE map_id = ? ORDER BY id').pluck().all(id);
    const arrows = db.prepare('SELECT id FROM transitions WHERE map_id = ?').pluck().all(id);
    return { revision, steps, arrows, soundness: soundness(db) };
  } finally {
    db.close();
  }
}

describe('saves based on an old revision (two tabs, two windows)', () => {
  it('refuses a stale edit with MAP_STALE and writes nothing: no arrow left pointing at a deleted step', () => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    const file = path.join(dir, 'workspace.db');
    const map = handlers['maps:create']({ name: 'Purchasing' }) as { id: MapId };
    applyOps(handlers, map.id, [twoSteps], 0);

    // Both tabs opened the map at revision 1; the first connects a to b.
    expect(applyOps(handlers, map.id, [arrowAB], 1)).toEqual({ revision: 2 });
    // The second, still on revision 1, deletes b: refused, in plain words.
    expect(() => applyOps(handlers, map.id, [removeB], 1)).toThrow(
      expect.objectContaining({
        code: 'MAP_STALE',
        message: expect.stringContaining('changed in another window or tab'),
      }),
    );

    expect(storedRows(file, map.id)).toEqual({
      revision: 2,
      steps: ['a', 'b'],
      arrows: ['t1'],
      soundness: SOUND,
    });
    // Re-based on what is stored now, the same edit is applied whole (the arrow goes with b).
    expect(applyOps(handlers, map.id, [removeB], 2)).toEqual({ revision: 3 });
    expect(storedRows(file, map.id)).toMatchObject({ steps: ['a'], arrows: [], soundness: SOUND });
  });

  it('checks the stored revision in the write transaction, not only the cached one', () => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    const file = path.join(dir, 'workspace.db');
    const map = handlers['maps:create']({ name: 'Hiring' }) as { id: MapId };
    applyOps(handlers, map.id, [twoSteps, arrowAB], 0);
    expect(handlers['map:open']({ id: map.id })).toMatchObject({ revision: 1 });

    // A writer that is not this process (one that ignored the folder's lock) saves the map:
    // the cache still says revision 1.
    const other = new Database(file);
    other.prepare('UPDATE maps SET revision = revision + 1 WHERE id = ?').run(map.id);
    other.prepare(`DELETE FROM transitions WHERE map_id = ?`).run(map.id);
    other.close();

    expect(() => applyOps(handlers, map.id, [removeB], 1)).toThrow(
      expect.objectContaining({ code: 'MAP_STALE' }),
    );
    expect(storedRows(file, map.id)).toEqual({
      revision: 2,
      steps: ['a', 'b'],
      arrows: [],
      soundness: SOUND,
    });
    // The refusal dropped the stale cache: opening again shows the file as it is.
    const reopened = handlers['map:open']({ id: map.id }) as OpenedMap;
    expect(reopened.revision).toBe(2);
    expect(reopened.doc.transitionOrder).toEqual([]);
  });

  it('refuses a base from the future too (a reply lost on the way, a wrong client)', () => {
    const { handlers } = openTestWorkspace();
    const map = handlers['maps:create']({ name: 'Onboarding' }) as { id: MapId };
    expect(() => applyOps(handlers, map.id, [twoSteps], 5)).toThrow(
      expect.objectContaining({ code: 'MAP_STALE' }),
    );
    expect(handlers['map:open']({ id: map.id })).toMatchObject({ revision: 0 });
  });
});
