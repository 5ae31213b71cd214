/**
 * The backups a person can restore from: rolling copies in `<dataDir>/backups/` and the
 * copies taken before an upgrade, beside the databases. Reading them never changes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_FOLDER, newestFirst, parseBackupName, type BackupKind } from './names';

export interface BackupEntry {
  /** The file name: what the API calls the backup's id. */
  readonly id: string;
  readonly file: string;
  readonly kind: BackupKind;
  /** The database it is a copy of, e.g. `workspace.db`. */
  readonly database: string;
  readonly takenAt: Date;
  readonly sequence: number;
  readonly size: number;
}

/** Which folder a backup of this kind lives in. */
function folderOf(dataDir: string, kind: BackupKind): string {
  return kind === 'rolling' ? path.join(dataDir, BACKUP_FOLDER) : dataDir;
}

/** The entry for one file name, or null when it is not a backup of the right kind there. */
function entryAt(dataDir: string, name: string, kind: BackupKind): BackupEntry | null {
  const parsed = parseBackupName(name);
  if (!parsed || parsed.kind !== kind) return null;
  const folder = folderOf(dataDir, kind);
  const file = path.resolve(folder, name);
  if (path.dirname(file) !== path.resolve(folder)) return null;
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return null;
  }
  // A plain file only: a link could lead anywhere.
  if (!stat.isFile()) return null;
  return { id: name, file, size: stat.size, ...parsed };
}

function namesIn(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

/** Every backup in the data folder, newest first. */
export function listBackupFiles(dataDir: string): BackupEntry[] {
  const entries = [
    ...namesIn(path.join(dataDir, BACKUP_FOLDER)).map((n) => entryAt(dataDir, n, 'rolling')),
    ...namesIn(dataDir).map((n) => entryAt(dataDir, n, 'before-upgrade')),
  ].filter((entry): entry is BackupEntry => entry !== null);
  return entries.sort(newestFirst);
}

/**
 * The backup called `id`, or null. Only a plain file name that reads as a backup name and
 * names an existing file in its own folder is accepted: no paths, no other files.
 */
export function findBackup(dataDir: string, id: unknown): BackupEntry | null {
  if (typeof id !== 'string') return null;
  const kind = parseBackupName(id)?.kind;
  return kind ? entryAt(dataDir, id, kind) : null;
}

/** The newest rolling backup of `database`, or null when there is none. */
export function newestRolling(dataDir: string, database: string): Date | null {
  const newest = listBackupFiles(dataDir).find(
    (entry) => entry.kind === 'rolling' && entry.database === database,
  );
  return newest?.takenAt ?? null;
}

/**
 * Live maps in a backup, when that is cheap and harmless to read; null otherwise. Only a
 * rollback-journal file is opened (a read-only open of a WAL file leaves -wal/-shm behind).
 */
export function countMaps(file: string): number | null {
  try {
    const fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(20);
    try {
      fs.readSync(fd, header, 0, header.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (header[18] !== 1 || header[19] !== 1) return null;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return Number(
        db.prepare('SELECT count(*) FROM maps WHERE deleted_at IS NULL').pluck().get() ?? 0,
      );
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
