import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, type LockOwner } from '../../../main/service/workspaceLock';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { openWorkspace } from '../../../main/service/workspace';

function writeLock(dir: string, owner: Partial<LockOwner>): string {
  const file = path.join(dir, LOCK_FILE);
  const full: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    app: 'browser',
    ...owner,
  };
  fs.writeFileSync(file, JSON.stringify(full));
  return file;
}

function lockOwner(dir: string): LockOwner {
  return JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockOwner;
}

/** A process that is alive until killed. */
function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: 'ignore',
  });
  return child;
}

/** The id of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await once(child, 'exit');
  return child.pid!;
}

describe('the data folder lock', () => {
  it('is taken on open, names this process, and is released on a clean close', () => {
    const dir = tempDir();
    const workspace = openWorkspace({ dataDir: dir, app: 'browser' });
    expect(lockOwner(dir)).toMatchObject({
      pid: process.pid,
      hostname: os.hostname(),
      app: 'browser',
    });
    workspace.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second process in plain words naming it, and opens nothing in the folder', async () => {
    const dir = tempDir();
    const other = sleeper();
    try {
      const started = new Date();
      const lock = writeLock(dir, { pid: other.pid!, startedAt: started.toISOString() });
      const before = fs.readFileSync(lock, 'utf8');
      const { handlers } = openTestWorkspace(dir, () => new Date());
      const hhmm = started.toTimeString().slice(0, 5);

      expect(handlers['workspace:status']({})).toEqual({
        state: 'in-use',
        path: path.join(dir, 'workspace.db'),
        message: `Decision Map is already open on this folder in another window (browser mode, process ${other.pid}, started ${hhmm}). Close it first, or start with --data-dir to use another folder.`,
      });
      expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
      expect(fs.readFileSync(lock, 'utf8')).toBe(before);
      expect(() => handlers['maps:list']({})).toThrow(
        expect.objectContaining({ code: 'WORKSPACE_UNAVAILABLE' }),
      );
      // Nothing that writes into the folder gets past it either.
      expect(() => handlers['workspace:startFresh']({})).toThrow(
        expect.objectContaining({ code: 'WORKSPACE_IN_USE' }),
      );
      expect(() => handlers['workspace:restoreBackup']({ id: 'x.db' })).toThrow(
        expect.objectContaining({ code: 'WORKSPACE_IN_USE' }),
      );

      // Once the other process is gone, "Try again" takes the folder.
      other.kill('SIGKILL');
      await once(other, 'exit');
      expect(handlers['workspace:retry']({})).toMatchObject({ state: 'ready' });
      expect(lockOwner(dir).pid).toBe(process.pid);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process that no longer exists (a crash or a kill)', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: await deadPid(), app: 'desktop' });
    const { handlers } = openTestWorkspace(dir);
    expect(handlers['workspace:status']({})).toMatchObject({ state: 'ready' });
    expect(lockOwner(dir)).toMatchObject({ pid: process.pid, app: 'desktop' });
  });

  it('names the day too when the other process started on another day', () => {
    const dir = tempDir();
    writeLock(dir, {
      hostname: 'elsewhere',
      pid: 7,
      startedAt: new Date(2026, 11, 6, 9, 5).toISOString(),
    });
    const status = openTestWorkspace(dir, () => new Date(2026, 11, 7, 10, 0)).status();
    expect('message' in status && status.message).toContain('process 7, started 2026-12-06 09:05)');
  });

  it('takes over a lock with its own process id that it does not hold (an id reused after a restart)', () => {
    const dir = tempDir();
    writeLock(dir, { startedAt: '2020-01-01T00:00:00.000Z' });
    const { handlers } = openTestWorkspace(dir);
    expect(handlers['workspace:status']({})).toMatchObject({ state: 'ready' });
  });

  it('takes over a lock whose process id now belongs to a program started after it', () => {
    const dir = tempDir();
    // The parent is alive, but started long after this lock was written.
    writeLock(dir, { pid: process.ppid, startedAt: '2001-01-01T00:00:00.000Z' });
    expect(openTestWorkspace(dir).status()).toMatchObject({ state: 'ready' });
  });

  it('does not take a lock held from another computer, and says which', () => {
    const dir = tempDir();
    writeLock(dir, { hostname: 'studio-mac.local', pid: 4242, app: 'desktop' });
    const status = openTestWorkspace(dir).status();
    expect(status).toMatchObject({ state: 'in-use' });
    expect('message' in status && status.message).toContain(
      'on another computer (studio-mac.local) (the desktop app, process 4242, started',
    );
  });

  it('treats a half-written lock as taken for a moment, then as left over from a crash', () => {
    const dir = tempDir();
    const lock = path.join(dir, LOCK_FILE);
    fs.writeFileSync(lock, '');
    expect(openTestWorkspace(dir).status()).toMatchObject({ state: 'in-use' });
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    expect(openTestWorkspace(dir).status()).toMatchObject({ state: 'ready' });
  });
});
