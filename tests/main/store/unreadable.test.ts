import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeStep } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace, sha256 } from '../../support/workspace';
import { applyOps } from '../../support/applyOps';

/** A real workspace with enough rows to span many pages, closed cleanly. */
async function realWorkspaceFile(): Promise<Buffer> {
  const dir = tempDir();
  const workspace = openTestWorkspace(dir);
  for (let m = 0; m < 5; m++) {
    const { id } = await workspace.handlers['maps:create']({ name: `Map ${m}` });
    const steps = Array.from({ length: 200 }, (_, i) =>
      makeStep(`s${i}`, { notes: 'n'.repeat(200) }),
    );
    await applyOps(workspace.handlers, id, [{ type: 'elements/add', steps, transitions: [] }]);
  }
  workspace.close();
  return fs.readFileSync(path.join(dir, 'workspace.db'));
}

const badFiles: [string, () => Promise<Buffer>][] = [
  [
    'a text file',
    async () => Buffer.from('These are my meeting notes, not a database.\n'.repeat(50)),
  ],
  ['random bytes', async () => crypto.randomBytes(64 * 1024)],
  [
    'a truncated database',
    async () => {
      const whole = await realWorkspaceFile();
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
  ],
  [
    'a database with a scribbled page',
    async () => {
      const copy = Buffer.from(await realWorkspaceFile());
      crypto.randomBytes(4096).copy(copy, 4096 * 3);
      return copy;
    },
  ],
  [
    "another application's database",
    async () => {
      const file = path.join(tempDir(), 'other.db');
      const db = new Database(file);
      db.exec('CREATE TABLE contacts (name TEXT)');
      db.close();
      return fs.readFileSync(file);
    },
  ],
];

describe('a workspace file that cannot be used', () => {
  it.each(badFiles)(
    '%s: refused untouched, and a fresh start survives a reopen',
    async (_name, make) => {
      const dir = tempDir();
      const file = path.join(dir, 'workspace.db');
      fs.writeFileSync(file, await make());
      const before = sha256(file);

      const workspace = openTestWorkspace(dir);
      const status = workspace.status();
      expect(status).toMatchObject({ state: 'unreadable', path: file });
      expect(status.state !== 'ready' && status.message).toMatch(/left exactly as it was/);
      expect(status.state !== 'ready' && status.message).not.toMatch(/SQLITE|Error|at /);
      await expect(async () => workspace.handlers['maps:list']({})).rejects.toMatchObject({
        code: 'WORKSPACE_UNAVAILABLE',
      });
      await expect(async () =>
        workspace.handlers['maps:create']({ name: 'x' }),
      ).rejects.toMatchObject({ code: 'WORKSPACE_UNAVAILABLE' });
      expect(sha256(file)).toBe(before);

      const fresh = await workspace.handlers['workspace:startFresh']({});
      expect(fresh).toEqual({ state: 'ready', path: path.join(dir, 'workspace-2.db') });
      expect(workspace.status()).toEqual(fresh);
      const { id } = await workspace.handlers['maps:create']({ name: 'After' });
      workspace.close();
      expect(sha256(file)).toBe(before);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8'))).toEqual({
        database: 'workspace-2.db',
      });

      const reopened = openTestWorkspace(dir);
      expect(reopened.status()).toEqual(fresh);
      expect((await reopened.handlers['maps:list']({})).map((m) => m.id)).toEqual([id]);
      expect(sha256(file)).toBe(before);
    },
  );

  it('reports a newer database as too new, and can still start fresh beside it', async () => {
    const dir = tempDir();
    const first = openTestWorkspace(dir);
    await first.handlers['maps:create']({ name: 'From the future' });
    first.close();
    const file = path.join(dir, 'workspace.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = sha256(file);

    const workspace = openTestWorkspace(dir);
    expect(workspace.status()).toMatchObject({
      state: 'too-new',
      path: file,
      message: expect.stringMatching(/newer version/),
    });
    expect(sha256(file)).toBe(before);
    expect(await workspace.handlers['workspace:startFresh']({})).toMatchObject({ state: 'ready' });
    expect(sha256(file)).toBe(before);
  });

  it('does nothing on startFresh when the workspace is fine', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    expect(await workspace.handlers['workspace:startFresh']({})).toEqual(workspace.status());
    expect(fs.existsSync(path.join(dir, 'workspace.json'))).toBe(false);
  });

  it('picks the next free name when an earlier fresh start went bad too', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'workspace.db'), 'not a database');
    fs.writeFileSync(path.join(dir, 'workspace-2.db'), 'not one either');
    fs.writeFileSync(
      path.join(dir, 'workspace.json'),
      JSON.stringify({ database: 'workspace-2.db' }),
    );
    const workspace = openTestWorkspace(dir);
    expect(workspace.status()).toMatchObject({
      state: 'unreadable',
      path: path.join(dir, 'workspace-2.db'),
    });
    expect(await workspace.handlers['workspace:startFresh']({})).toMatchObject({
      path: path.join(dir, 'workspace-3.db'),
    });
  });

  it('ignores a pointer that leads outside the data folder', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'workspace.json'),
      JSON.stringify({ database: '../elsewhere.db' }),
    );
    expect(openTestWorkspace(dir).status()).toEqual({
      state: 'ready',
      path: path.join(dir, 'workspace.db'),
    });
  });
});
