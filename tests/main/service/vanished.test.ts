import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { OpenedMap, WorkspaceStatus } from '../../../shared/api/contract';
import type { MapId } from '../../../shared/model';
import type { Operation } from '../../../shared/operations/types';
import { applyOps } from '../../support/applyOps';
import { soundness, SOUND } from '../../support/integrity';
import { makeStep } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { openWorkspace } from '../../../main/service/workspace';

const addStep = (id: string): Operation => ({
  type: 'elements/add',
  steps: [makeStep(id)],
  transitions: [],
});

function removeWorkspaceFiles(dir: string): void {
  for (const suffix of ['', '-wal', '-shm'])
    fs.rmSync(path.join(dir, `workspace.db${suffix}`), { force: true });
}

describe('a workspace file that vanishes or is replaced while open', () => {
  it('stops writing at once, says so, and saves everything to a new workspace', () => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    const map = handlers['maps:create']({ name: 'Purchasing' }) as { id: MapId };
    applyOps(handlers, map.id, [addStep('a')], 0);

    removeWorkspaceFiles(dir);
    expect(() => applyOps(handlers, map.id, [addStep('b')], 1)).toThrow(
      expect.objectContaining({
        code: 'WORKSPACE_GONE',
        message: expect.stringContaining('deleted or replaced while Decision Map had it open'),
      }),
    );
    // Every kind of write stops, not only edits.
    expect(() => handlers['maps:create']({ name: 'Hiring' })).toThrow(
      expect.objectContaining({ code: 'WORKSPACE_GONE' }),
    );
    expect(handlers['workspace:status']({})).toMatchObject({ state: 'gone' });
    // Reading still works: the open maps are all still there to be saved.
    expect(handlers['maps:list']({})).toHaveLength(1);

    const rescued = handlers['workspace:rescue']({}) as WorkspaceStatus;
    expect(rescued).toMatchObject({ state: 'ready' });
    const file = rescued.path;
    expect(path.dirname(file)).toBe(dir);
    expect(file).not.toBe(path.join(dir, 'workspace.db'));
    // The refused edit was never written, so it is sent again on the same revision.
    expect(applyOps(handlers, map.id, [addStep('b')], 1)).toEqual({ revision: 2 });

    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT id FROM steps ORDER BY id').pluck().all()).toEqual(['a', 'b']);
      expect(soundness(db)).toEqual(SOUND);
    } finally {
      db.close();
    }
  });

  it('notices a file replaced by another one (same name, another file) and writes nothing into either', () => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    const map = handlers['maps:create']({ name: 'Purchasing' }) as { id: MapId };
    const workspace = path.join(dir, 'workspace.db');
    const other = path.join(dir, 'other.db');
    fs.writeFileSync(other, '');
    fs.renameSync(other, workspace);
    expect(() => applyOps(handlers, map.id, [addStep('a')], 0)).toThrow(
      expect.objectContaining({ code: 'WORKSPACE_GONE' }),
    );
    expect(fs.statSync(workspace).size).toBe(0);
  });

  it('makes the data folder again when the whole folder was deleted, and the next start opens the rescue', () => {
    const dir = path.join(tempDir(), 'data');
    const service = openWorkspace({ dataDir: dir });
    const { handlers } = service;
    const map = handlers['maps:create']({ name: 'Purchasing' }) as { id: MapId };
    applyOps(handlers, map.id, [addStep('a')], 0);
    fs.rmSync(dir, { recursive: true, force: true });

    expect(() => applyOps(handlers, map.id, [addStep('b')], 1)).toThrow(
      expect.objectContaining({ code: 'WORKSPACE_GONE' }),
    );
    expect(handlers['workspace:rescue']({})).toMatchObject({ state: 'ready' });
    applyOps(handlers, map.id, [addStep('b')], 1);
    // The folder is locked again while it is open.
    expect(fs.existsSync(path.join(dir, 'workspace.lock'))).toBe(true);
    service.close();

    const { handlers: again } = openTestWorkspace(dir);
    const opened = again['map:open']({ id: map.id }) as OpenedMap;
    expect(opened.doc.stepOrder).toEqual(['a', 'b']);
  });
});

describe('a workspace path that is not an ordinary file', () => {
  const NOT_A_FILE = expect.stringContaining('not an ordinary file');

  it('refuses a symlink to a device without creating anything beside the device', () => {
    const dir = tempDir();
    const companions = ['-journal', '-wal', '-shm'].map((suffix) => `/dev/null${suffix}`);
    const before = companions.filter((file) => fs.existsSync(file));
    fs.symlinkSync('/dev/null', path.join(dir, 'workspace.db'));
    expect(openTestWorkspace(dir).status()).toEqual({
      state: 'unreadable',
      path: path.join(dir, 'workspace.db'),
      message: NOT_A_FILE,
    });
    expect(companions.filter((file) => fs.existsSync(file))).toEqual(before);
  });

  it('refuses a FIFO at once instead of hanging on it, and a folder', () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const fifo = path.join(elsewhere, 'pipe');
    execFileSync('mkfifo', [fifo]);
    fs.symlinkSync(fifo, path.join(dir, 'workspace.db'));
    expect(openTestWorkspace(dir).status()).toMatchObject({
      state: 'unreadable',
      message: NOT_A_FILE,
    });
    expect(fs.readdirSync(elsewhere)).toEqual(['pipe']);

    const withFolder = tempDir();
    fs.mkdirSync(path.join(withFolder, 'workspace.db'));
    expect(openTestWorkspace(withFolder).status()).toMatchObject({ message: NOT_A_FILE });
  });
});
