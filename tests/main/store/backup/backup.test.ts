/**
 * Rolling backups on real files: the copy is whole and equal, pruning keeps the last few
 * and never a pre-upgrade copy, the schedule backs up only what changed, failures never
 * throw into the app, and a clean close leaves no -wal/-shm anywhere (even mid-backup).
 * Restoring is in tests/main/service/restore.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapId } from '../../../../shared/model';
import { openWorkspace } from '../../../../main/service/workspace';
import type { WorkspaceOptions, WorkspaceService } from '../../../../main/service/types';
import { APPLICATION_ID, openDatabase } from '../../../../main/store';
import {
  backupDatabase,
  BackupScheduler,
  BackupStopped,
  pruneBackups,
  runBackup,
  type BackupJob,
  type BackupReport,
} from '../../../../main/store/backup';
import { applyOps } from '../../../support/applyOps';
import { makeStep } from '../../../support/makeMap';
import { tempDir } from '../../../support/tempDir';
import { tickingClock } from '../../../support/workspace';

const ROOT = path.resolve(__dirname, '../../../..');
/** The worker from sources: runBackup runs a `.ts` worker through tsx. */
const SOURCE_WORKER = path.join(ROOT, 'main/store/backup/backupWorker.ts');

const opened: WorkspaceService[] = [];
afterEach(() => {
  for (const workspace of opened.splice(0)) workspace.close();
});

/** A workspace whose timers never fire on their own: tests call tick() and runNow(). */
function open(dataDir: string, options: Partial<WorkspaceOptions> = {}): WorkspaceService {
  const workspace = openWorkspace({
    dataDir,
    now: tickingClock(),
    backups: { worker: SOURCE_WORKER, intervalMs: 3_600_000, firstDelayMs: 3_600_000, report() {} },
    ...options,
  });
  opened.push(workspace);
  return workspace;
}

async function addMap(workspace: WorkspaceService, name: string, steps: number): Promise<MapId> {
  const { id } = await workspace.handlers['maps:create']({ name });
  const made = Array.from({ length: steps }, (_, i) =>
    makeStep(`s${i}`, { notes: 'x'.repeat(50) }),
  );
  if (steps > 0)
    await applyOps(workspace.handlers, id, [
      { type: 'elements/add', steps: made, transitions: [] },
    ]);
  return id;
}

/** Every row of every table, read through a read-only connection. */
function contents(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}

function integrity(file: string): unknown {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

/** A report that keeps what it hears in `lines`, each cause after a colon. */
function collecting(lines: string[]): BackupReport {
  return (_level, line, cause) => {
    lines.push(cause ? `${line}: ${String(cause)}` : line);
  };
}

function job(dataDir: string, overrides: Partial<BackupJob> = {}): BackupJob {
  return {
    source: path.join(dataDir, 'workspace.db'),
    destDir: path.join(dataDir, 'backups'),
    takenAt: '2026-11-27T05:30:00.000Z',
    keep: 5,
    applicationId: APPLICATION_ID,
    ...overrides,
  };
}

/** SQLite's companion files and temp copies in `dir` (none when it does not exist). */
const companions = (dir: string) =>
  (fs.existsSync(dir) ? fs.readdirSync(dir) : []).filter((name) =>
    /-(wal|shm|journal)$|\.tmp$/.test(name),
  );

const backupsIn = (dataDir: string) => {
  const dir = path.join(dataDir, 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

describe('taking a backup', () => {
  it('copies the open workspace whole, checked, and equal to it', async () => {
    const dir = tempDir();
    const workspace = open(dir);
    await addMap(workspace, 'Purchasing', 300);
    await addMap(workspace, 'Hiring', 20);

    const result = await backupDatabase(job(dir));
    expect(result.file).toBe(path.join(dir, 'backups', 'workspace.db.2026-11-27T05-30-00Z.bak'));
    expect(result).toMatchObject({ maps: 2, pruned: [] });
    expect(result.bytes).toBe(fs.statSync(result.file).size);
    expect(integrity(result.file)).toBe('ok');
    expect(contents(result.file)).toEqual(contents(path.join(dir, 'workspace.db')));
    // A plain rollback-journal file: reading it later leaves nothing beside it.
    expect(fs.readFileSync(result.file).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    expect(companions(path.join(dir, 'backups'))).toEqual([]);
  });

  it('names a second copy in the same second after the first, and lists it as newer', async () => {
    const dir = tempDir();
    open(dir);
    await backupDatabase(job(dir));
    await backupDatabase(job(dir));
    await backupDatabase(job(dir, { takenAt: '2026-11-27T05:30:00.900Z' }));
    expect(backupsIn(dir)).toEqual([
      'workspace.db.2026-11-27T05-30-00Z-2.bak',
      'workspace.db.2026-11-27T05-30-00Z-3.bak',
      'workspace.db.2026-11-27T05-30-00Z.bak',
    ]);
    const listed = await open(dir).handlers['workspace:backups']({});
    expect(listed.map((b) => b.id)).toEqual([
      'workspace.db.2026-11-27T05-30-00Z-3.bak',
      'workspace.db.2026-11-27T05-30-00Z-2.bak',
      'workspace.db.2026-11-27T05-30-00Z.bak',
    ]);
  });

  it('keeps the last N rolling copies and never touches pre-upgrade or other copies', async () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const untouchable = [
      path.join(dir, 'workspace.db.before-v2-2026-01-01T00-00-00Z.bak'),
      path.join(backups, 'workspace.db.before-v2-2026-01-01T00-00-00Z.bak'),
      path.join(backups, 'workspace-2.db.2026-01-01T00-00-00Z.bak'),
      path.join(backups, 'notes.txt'),
    ];
    for (const file of untouchable) fs.writeFileSync(file, 'keep me');
    open(dir);

    for (let minute = 10; minute < 17; minute++) {
      await backupDatabase(job(dir, { keep: 3, takenAt: `2026-11-27T05:${minute}:00Z` }));
    }
    expect(backupsIn(dir)).toEqual([
      'notes.txt',
      'workspace-2.db.2026-01-01T00-00-00Z.bak',
      'workspace.db.2026-11-27T05-14-00Z.bak',
      'workspace.db.2026-11-27T05-15-00Z.bak',
      'workspace.db.2026-11-27T05-16-00Z.bak',
      'workspace.db.before-v2-2026-01-01T00-00-00Z.bak',
    ]);
    for (const file of untouchable) expect(fs.readFileSync(file, 'utf8')).toBe('keep me');

    // A clock set back: the copy just taken is kept even though its name sorts oldest.
    const result = await backupDatabase(job(dir, { keep: 3, takenAt: '2026-11-27T04:00:00Z' }));
    expect(fs.existsSync(result.file)).toBe(true);
    expect(result.pruned).toEqual(['workspace.db.2026-11-27T05-14-00Z.bak']);
    expect(pruneBackups(backups, 'workspace.db', 3)).toEqual([]);
  });

  it('removes temp copies an interrupted run left, and never lists them', async () => {
    const dir = tempDir();
    const workspace = open(dir);
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const stale = [
      'workspace.db.2026-11-27T05-00-00Z.bak.tmp',
      'workspace.db.2026-11-27T05-00-00Z.bak.tmp-journal',
    ];
    for (const name of stale) fs.writeFileSync(path.join(backups, name), 'half');
    expect(await workspace.handlers['workspace:backups']({})).toEqual([]);
    await backupDatabase(job(dir));
    expect(backupsIn(dir)).toEqual(['workspace.db.2026-11-27T05-30-00Z.bak']);
    // And when the app starts, before any backup runs.
    for (const name of stale) fs.writeFileSync(path.join(backups, name), 'half');
    workspace.close();
    open(dir);
    expect(backupsIn(dir)).toEqual(['workspace.db.2026-11-27T05-30-00Z.bak']);
  });

  it('refuses a file that is not a workspace, and leaves nothing behind', async () => {
    const dir = tempDir();
    const other = path.join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    await expect(backupDatabase(job(dir, { source: other }))).rejects.toThrow(/not a workspace/);
    expect(backupsIn(dir)).toEqual([]);
  });

  it('gives up on a locked workspace without throwing into the app, and retries later', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    openDatabase(file).db.close();
    const lines: string[] = [];
    const scheduler = new BackupScheduler(
      {
        worker: SOURCE_WORKER,
        intervalMs: 3_600_000,
        firstDelayMs: 3_600_000,
        report: collecting(lines),
      },
      {
        dataDir: dir,
        applicationId: APPLICATION_ID,
        now: () => new Date(),
        target: () => ({ file, changes: () => 1 }),
      },
    );
    // Another program holds the file exclusively (a WAL database in exclusive locking mode).
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const outcome = await scheduler.runNow();
      expect(outcome).toMatchObject({ ran: true, reply: { ok: false, stopped: false } });
      expect(lines.join('\n')).toMatch(/Backup skipped, will retry: .*locked/);
      expect(backupsIn(dir)).toEqual([]);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    // Nothing was covered, so the next scheduled check tries again, and succeeds.
    expect(await scheduler.tick()).toMatchObject({ ran: true, reply: { ok: true } });
    expect(await scheduler.tick()).toBeNull();
    scheduler.stop();
  });

  it('reports a worker that cannot start as a skipped backup, not an error', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const workspace = open(dir, {
      backups: { worker: path.join(dir, 'missing.js'), report: collecting(lines) },
    });
    expect(await workspace.backups!.runNow()).toMatchObject({ ran: true, reply: { ok: false } });
    expect(lines).toHaveLength(1);
    expect(await workspace.handlers['maps:list']({})).toEqual([]);
  });

  it('stops a running copy when asked, removing its temp file', async () => {
    const dir = tempDir();
    const workspace = open(dir);
    await addMap(workspace, 'Big', 2000);
    let checks = 0;
    await expect(backupDatabase(job(dir), () => ++checks > 2)).rejects.toBeInstanceOf(
      BackupStopped,
    );
    expect(backupsIn(dir)).toEqual([]);
  });
});

describe('the backup worker', () => {
  it('takes a backup in a worker thread run from sources', async () => {
    const dir = tempDir();
    const workspace = open(dir);
    await addMap(workspace, 'Purchasing', 50);
    const { done } = runBackup(SOURCE_WORKER, job(dir));
    const reply = await done;
    expect(reply).toMatchObject({ ok: true, result: { maps: 1 } });
    expect(contents(reply.ok ? reply.result.file : '')).toEqual(
      contents(path.join(dir, 'workspace.db')),
    );
  });

  // The bundled worker (electron-vite's `?modulePath` output), when the app has been built.
  const built = path.join(ROOT, 'out/main/chunks');
  const bundled = fs.existsSync(built)
    ? fs.readdirSync(built).find((name) => /^backupWorker-.*\.js$/.test(name))
    : undefined;
  it.skipIf(!bundled)('takes a backup with the bundled worker of the built app', async () => {
    const dir = tempDir();
    const workspace = open(dir);
    await addMap(workspace, 'Purchasing', 50);
    const reply = await runBackup(path.join(built, bundled!), job(dir)).done;
    expect(reply).toMatchObject({ ok: true, result: { maps: 1 } });
  });
});

describe('the backup schedule', () => {
  it('backs up after opening, then only when something changed', async () => {
    const dir = tempDir();
    const workspace = open(dir);
    const backups = workspace.backups!;
    // Newly opened and no backup yet: one now.
    expect(await backups.tick()).toMatchObject({ ran: true, reply: { ok: true } });
    expect(await backups.tick()).toBeNull();
    expect(await backups.tick()).toBeNull();
    await addMap(workspace, 'Purchasing', 5);
    expect(await backups.tick()).toMatchObject({ ran: true, reply: { ok: true } });
    expect(await backups.tick()).toBeNull();
    expect(backupsIn(dir)).toHaveLength(2);
  });

  it('skips the first backup when a recent one exists and nothing changed since opening', async () => {
    const dir = tempDir();
    const at = new Date('2026-11-27T05:30:00Z');
    const first = open(dir, {
      now: () => at,
      backups: { worker: SOURCE_WORKER, intervalMs: 600_000, firstDelayMs: 3_600_000, report() {} },
    });
    await addMap(first, 'Purchasing', 5);
    expect(await first.backups!.runNow()).toMatchObject({ ran: true });
    first.close();

    let now = new Date('2026-11-27T05:35:00Z');
    const reopened = open(dir, {
      now: () => now,
      backups: { worker: SOURCE_WORKER, intervalMs: 600_000, firstDelayMs: 3_600_000, report() {} },
    });
    expect(await reopened.backups!.tick()).toBeNull();
    await addMap(reopened, 'Hiring', 1);
    expect(await reopened.backups!.tick()).toMatchObject({ ran: true, reply: { ok: true } });
    reopened.close();

    // Opened again after more than the interval: one backup, edits or not.
    now = new Date('2026-11-27T06:00:00Z');
    const later = open(dir, {
      now: () => now,
      backups: { worker: SOURCE_WORKER, intervalMs: 600_000, firstDelayMs: 3_600_000, report() {} },
    });
    expect(await later.backups!.tick()).toMatchObject({ ran: true, reply: { ok: true } });
    expect(backupsIn(dir)).toHaveLength(3);
  });

  it('runs on its own timers: soon after opening, then after edits, never while idle', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const workspace = open(dir, {
      now: () => new Date(),
      backups: {
        worker: SOURCE_WORKER,
        intervalMs: 700,
        firstDelayMs: 50,
        report: collecting(lines),
      },
    });
    await until(() => lines.length === 1);
    await sleep(1600);
    expect(lines).toHaveLength(1);
    await addMap(workspace, 'Purchasing', 5);
    await until(() => lines.length === 2);
    await sleep(1600);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => /^Backup workspace\.db\..*\.bak \(\d+ maps/.test(line))).toBe(
      true,
    );
  }, 20_000);

  it('takes none while the workspace is not open', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'workspace.db'), 'not a database'.repeat(100));
    const workspace = open(dir);
    expect(workspace.status().state).toBe('unreadable');
    expect(await workspace.backups!.tick()).toBeNull();
    expect(await workspace.backups!.runNow()).toEqual({ ran: false, reason: 'not-open' });
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

describe('closing cleanly', () => {
  it('leaves no -wal/-shm in the data folder or the backups after edits and a backup', async () => {
    const dir = tempDir();
    const workspace = open(dir);
    await addMap(workspace, 'Purchasing', 200);
    expect(await workspace.backups!.runNow()).toMatchObject({ ran: true, reply: { ok: true } });
    await addMap(workspace, 'Hiring', 5);
    workspace.close();
    expect(companions(dir)).toEqual([]);
    expect(companions(path.join(dir, 'backups'))).toEqual([]);
    expect(integrity(path.join(dir, 'workspace.db'))).toBe('ok');
  });

  it('stops a backup in mid-copy on close, leaving no temp file and no -wal/-shm', async () => {
    const stages = new Set<string>();
    for (const delay of [0, 100, 200, 300, 400, 500, 700, 900]) {
      const dir = tempDir();
      const workspace = open(dir);
      await addMap(workspace, 'Big', 3000);
      const running = workspace.backups!.runNow();
      await sleep(delay);
      workspace.close();
      const outcome = await running;
      expect(outcome.ran).toBe(true);
      stages.add(outcome.ran && outcome.reply.ok ? 'finished' : 'stopped');
      expect(companions(dir)).toEqual([]);
      expect(companions(path.join(dir, 'backups'))).toEqual([]);
      // Whatever finished is a whole backup.
      for (const name of backupsIn(dir))
        expect(integrity(path.join(dir, 'backups', name))).toBe('ok');
    }
    // Both cases happened: closing stopped a backup, and closing came after one finished.
    expect([...stages].sort()).toEqual(['finished', 'stopped']);
  }, 30_000);

  it('stops a worker in the middle of its copy and waits until it let go of every file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    const { db } = openDatabase(file);
    // 16 MB copied one page per step: long enough to be caught in the middle.
    db.exec('CREATE TABLE filler (data BLOB)');
    const insert = db.prepare('INSERT INTO filler VALUES (randomblob(65536))');
    db.transaction(() => {
      for (let i = 0; i < 256; i++) insert.run();
    })();
    const running = runBackup(SOURCE_WORKER, job(dir, { pagesPerStep: 1 }));
    const temp = path.join(dir, 'backups', 'workspace.db.2026-11-27T05-30-00Z.bak.tmp');
    await until(() => fs.existsSync(temp), 10_000, 1);
    expect(running.stop(10_000)).toBe(true);
    // Synchronously after stop(): the temp copy is gone and the source connection closed.
    expect(backupsIn(dir)).toEqual([]);
    db.close();
    expect(companions(dir)).toEqual([]);
    expect(await running.done).toMatchObject({ ok: false, stopped: true });
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until(condition: () => boolean, timeoutMs = 10_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await sleep(everyMs);
  }
}
