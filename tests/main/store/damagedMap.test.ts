/**
 * A damaged row inside one map (a flipped bit in its stored JSON passes SQLite's own
 * checks) refuses that map in plain words and leaves the rest of the workspace usable.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeStep } from '../../support/makeMap';
import { applyOps } from '../../support/applyOps';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { ERROR_MESSAGES } from '../../../shared/errors';

describe('a map whose stored data is damaged', () => {
  it('is refused as MAP_DAMAGED while the other maps still list and open', async () => {
    const dir = tempDir();
    const first = openTestWorkspace(dir);
    const damaged = await first.handlers['maps:create']({ name: 'Damaged' });
    const fine = await first.handlers['maps:create']({ name: 'Fine' });
    for (const id of [damaged.id, fine.id]) {
      await applyOps(first.handlers, id, [
        { type: 'elements/add', steps: [makeStep('s-1', { label: 'Check' })], transitions: [] },
      ]);
    }
    first.close();

    // Damage as a disk fault would: past the table's json_valid CHECK.
    const db = new Database(path.join(dir, 'workspace.db'));
    db.pragma('ignore_check_constraints = ON');
    db.prepare(`UPDATE steps SET data = substr(data, 2) WHERE map_id = ?`).run(damaged.id);
    db.close();

    const { handlers } = openTestWorkspace(dir);
    expect((await handlers['maps:list']({})).map((m) => m.name).sort()).toEqual([
      'Damaged',
      'Fine',
    ]);
    await expect(async () => handlers['map:open']({ id: damaged.id })).rejects.toMatchObject({
      code: 'MAP_DAMAGED',
      message: ERROR_MESSAGES.MAP_DAMAGED,
    });
    expect((await handlers['map:open']({ id: fine.id })).doc.steps['s-1']?.label).toBe('Check');
  });
});
