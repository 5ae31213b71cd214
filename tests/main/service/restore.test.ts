/**
 * "Restore from backup" on real files: the backups are listed in every state, a restore
 * copies the chosen one beside the current file, opens it and only then repoints, and the
 * file it replaces, the backup itself and everything else stay exactly as they were. Bad
 * ids and damaged backups are refused with nothing changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import type { MapId } from '../../../shared/model';
import { openWorkspace } from '../../../main/service/workspace';
import type { WorkspaceService } from '../../../main/service/types';
import { APPLICATION_ID } from '../../../main/store';
import { parseBackupName } from '../../../main/store/backup';
import { applyOps } from '../../support/applyOps';
import { makeStep } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';
import { sha256, tickingClock } from '../../support/workspace';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE_WORKER = path.join(ROOT, 'main/store/backup/backupWorker.ts');

const opened: WorkspaceService[] = [];
afterEach(() => {
  for (const workspace of opened.splice(0)) workspace.close();
});

/** A workspace that takes backups only when told to (runNow). */
function open(dataDir: string): WorkspaceService {
  const workspace = openWorkspace({
    dataDir,
    now: tickingClock(),
    backups: {
      worker: SOURCE_WORKER,
      intervalMs: 3_600_000,
      firstDelayMs: 3_600_000,
      report() {},
    },
  });
  opened.push(workspace);
  return workspace;
}

async function addMap(workspace: WorkspaceService, name: string, steps: number): Promise<MapId> {
  const { id } = await workspace.handlers['maps:create']({ name });
  const made = Array.from({ length: steps }, (_, i) => makeStep(`s${i}`));
  if (steps > 0) {
    await applyOps(workspace.handlers, id, [
      { type: 'elements/add', steps: made, transitions: [] },
    ]);
  }
  return id;
}

/** SQLite's companion files and temp copies in `dir` (none when it does not exist). */
const companions = (dir: string) =>
  (fs.existsSync(dir) ? fs.readdirSync(dir) : []).filter((name) =>
    /-(wal|shm|journal)$|\.tmp$/.test(name),
  );

/** A workspace with two maps and one good rolling backup, then its file damaged. */
async function damagedWithBackup(): Promise<{ dir: string; file: string; backup: string }> {
  const dir = tempDir();
  const workspace = open(dir);
  await addMap(workspace, 'Purchasing', 30);
  await addMap(workspace, 'Hiring', 3);
  const outcome = await workspace.backups!.runNow();
  if (!outcome.ran || !outcome.reply.ok) throw new Error('backup failed');
  workspace.close();
  const file = path.join(dir, 'workspace.db');
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, 4096, 4096 * 3);
  fs.writeFileSync(file, bytes);
  return { dir, file, backup: outcome.reply.result.file };
}

describe('restoring a backup', () => {
  it('lists backups newest first in every state, with kind, size and maps', async () => {
    const { dir, backup } = await damagedWithBackup();
    const beforeUpgrade = path.join(dir, 'workspace.db.before-v2-2026-01-01T00-00-00Z.bak');
    fs.copyFileSync(backup, beforeUpgrade);
    const workspace = open(dir);
    expect(workspace.status().state).toBe('unreadable');
    const listed = await workspace.handlers['workspace:backups']({});
    expect(listed).toEqual([
      {
        id: path.basename(backup),
        kind: 'rolling',
        database: 'workspace.db',
        takenAt: parseBackupName(path.basename(backup))!.takenAt.toISOString(),
        size: fs.statSync(backup).size,
        maps: 2,
      },
      {
        id: path.basename(beforeUpgrade),
        kind: 'before-upgrade',
        database: 'workspace.db',
        takenAt: '2026-01-01T00:00:00.000Z',
        size: fs.statSync(beforeUpgrade).size,
        maps: 2,
      },
    ]);
    // Listing reads nothing it would leave traces of.
    expect(companions(path.join(dir, 'backups'))).toEqual([]);
  });

  it('copies the backup beside the damaged file, opens it and repoints; the damaged file stays', async () => {
    const { dir, file, backup } = await damagedWithBackup();
    const damaged = sha256(file);
    const kept = sha256(backup);
    const workspace = open(dir);
    const [listed] = await workspace.handlers['workspace:backups']({});
    const id = listed!.id;

    const status = await workspace.handlers['workspace:restoreBackup']({ id });
    expect(status).toEqual({ state: 'ready', path: path.join(dir, 'workspace-2.db') });
    expect(workspace.status()).toEqual(status);
    expect((await workspace.handlers['maps:list']({})).map((m) => m.name).sort()).toEqual([
      'Hiring',
      'Purchasing',
    ]);
    expect(sha256(file)).toBe(damaged);
    expect(sha256(backup)).toBe(kept);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8'))).toEqual({
      database: 'workspace-2.db',
    });
    // The restored workspace is a workspace like any other: edits stick, and it reopens.
    const [map] = await workspace.handlers['maps:list']({});
    await applyOps(workspace.handlers, map!.id, [
      { type: 'elements/add', steps: [makeStep('after')], transitions: [] },
    ]);
    workspace.close();
    // Only the damaged file's probe leftovers (see probe.ts); none of the restored file.
    expect(companions(dir).filter((name) => !name.startsWith('workspace.db-'))).toEqual([]);
    const reopened = open(dir);
    expect(reopened.status()).toEqual(status);
    const { doc } = await reopened.handlers['map:open']({ id: map!.id });
    expect(doc.stepOrder).toContain('after');
    expect(sha256(file)).toBe(damaged);
  });

  it('restores a copy taken before an upgrade, and from a too-new workspace', async () => {
    const { dir, file, backup } = await damagedWithBackup();
    const beforeUpgrade = 'workspace.db.before-v2-2026-01-01T00-00-00Z.bak';
    fs.renameSync(backup, path.join(dir, beforeUpgrade));
    // Make the main file "too new" instead of damaged.
    fs.rmSync(file);
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 99');
    db.close();
    const tooNew = sha256(file);
    const workspace = open(dir);
    expect(workspace.status().state).toBe('too-new');
    const status = await workspace.handlers['workspace:restoreBackup']({ id: beforeUpgrade });
    expect(status.state).toBe('ready');
    expect(await workspace.handlers['maps:list']({})).toHaveLength(2);
    expect(sha256(file)).toBe(tooNew);
  });

  const badIds = [
    '',
    '.',
    '..',
    '../workspace.db',
    'workspace.db',
    '/etc/passwd',
    'backups/workspace.db.2026-11-27T05-30-00Z.bak',
    '..\\workspace.db',
    'workspace.db.2026-11-27T05-30-00Z.bak\0',
    'workspace.db.2099-01-01T00-00-00Z.bak',
    'workspace.db.2026-13-45T99-99-99Z.bak',
    'workspace.db.2026-11-27T05-30-00Z.bak.tmp',
    'x'.repeat(300),
  ];

  it.each(badIds)('refuses the id %j and changes nothing', async (id) => {
    const { dir, file } = await damagedWithBackup();
    // A file that exists but is not a backup by name, where a traversal would lead.
    fs.writeFileSync(path.join(dir, 'backups', 'notes.txt'), 'mine');
    const damaged = sha256(file);
    const workspace = open(dir);
    // (Probing the damaged WAL file may leave empty -wal/-shm beside it: see probe.ts.)
    const before = fs.readdirSync(dir).sort();
    const reply = await dispatch(workspace.handlers, 'workspace:restoreBackup', { id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(workspace.status().state).toBe('unreadable');
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(sha256(file)).toBe(damaged);
  });

  it('neither lists nor restores a link dressed as a backup', async () => {
    const { dir, backup } = await damagedWithBackup();
    const elsewhere = path.join(tempDir(), 'somebody-elses.db');
    fs.copyFileSync(backup, elsewhere);
    const link = 'workspace.db.2030-01-01T00-00-00Z.bak';
    fs.symlinkSync(elsewhere, path.join(dir, 'backups', link));
    const workspace = open(dir);
    const listed = await workspace.handlers['workspace:backups']({});
    expect(listed.map((b) => b.id)).toEqual([path.basename(backup)]);
    const reply = await dispatch(workspace.handlers, 'workspace:restoreBackup', { id: link });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(workspace.status().state).toBe('unreadable');
  });

  it('refuses a damaged backup with a plain message and changes nothing', async () => {
    const { dir, file, backup } = await damagedWithBackup();
    const bytes = fs.readFileSync(backup);
    bytes.fill(0x5a, 4096, 4096 * 3);
    fs.writeFileSync(backup, bytes);
    const broken = sha256(backup);
    const damaged = sha256(file);
    const workspace = open(dir);
    const before = fs.readdirSync(dir).sort();
    const reply = await dispatch(workspace.handlers, 'workspace:restoreBackup', {
      id: path.basename(backup),
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'WORKSPACE_UNREADABLE',
        message: expect.stringMatching(/backup is damaged.*Nothing was changed/),
      },
    });
    expect(workspace.status().state).toBe('unreadable');
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(sha256(file)).toBe(damaged);
    expect(sha256(backup)).toBe(broken);
  });
});
