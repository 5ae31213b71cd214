/**
 * "Restore from backup": the chosen backup is copied to a new database file beside the
 * current one (which stays exactly where and as it is), and that copy is what opens. The
 * backup itself is only read. Nothing is repointed until the copy has opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import { countMaps, findBackup, listBackupFiles, type BackupEntry } from '../store/backup';
import { freshDatabaseName } from './pointer';
import { syncDirectory, syncFile } from '../files/durable';

/** The backups for `workspace:backups`, newest first. */
export function backupInfos(dataDir: string): BackupInfo[] {
  return listBackupFiles(dataDir).map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    database: entry.database,
    takenAt: entry.takenAt.toISOString(),
    size: entry.size,
    maps: countMaps(entry.file),
  }));
}

/** The backup a restore asks for; a name that is not one of the listed backups is refused. */
export function chosenBackup(dataDir: string, id: string): BackupEntry {
  const entry = findBackup(dataDir, id);
  if (!entry) {
    throw new AppError(
      'INVALID_REQUEST',
      'That backup could not be found. It may have been removed. Nothing was changed.',
    );
  }
  return entry;
}

/** The name a restored copy has until it is complete and synced. */
const RESTORING = '.restoring.tmp';

/**
 * Copies the backup to a new, unused database name in the data folder (via a synced temp
 * file, so a crash never leaves half a database under a real name). Returns the name.
 */
export function copyBackupBeside(dataDir: string, entry: BackupEntry): string {
  const name = freshDatabaseName(dataDir);
  const target = path.join(dataDir, name);
  const temp = `${target}${RESTORING}`;
  try {
    // Half copies a crash left: never a database anyone opened.
    for (const stale of fs.readdirSync(dataDir).filter((n) => n.endsWith(RESTORING))) {
      fs.rmSync(path.join(dataDir, stale), { force: true });
    }
    fs.copyFileSync(entry.file, temp);
    syncFile(temp);
    fs.renameSync(temp, target);
    syncDirectory(dataDir);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const failure = new AppError(
      'STORAGE_FAILED',
      'The backup could not be copied into the data folder. Check free space and try again. Nothing was changed.',
    );
    failure.cause = error;
    throw failure;
  }
  return name;
}

/** Removes a restored copy that did not open: it is ours, made moments ago, never the user's. */
export function discardCopy(dataDir: string, name: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    fs.rmSync(path.join(dataDir, name + suffix), { force: true });
  }
}

/** Why a backup could not be restored, in the person's words. */
export function unusableBackup(state: 'unreadable' | 'too-new'): AppError {
  return new AppError(
    'WORKSPACE_UNREADABLE',
    state === 'too-new'
      ? 'That backup was saved by a newer version of Decision Map, so this version cannot open it. Nothing was changed.'
      : 'That backup is damaged or unreadable, so it was not restored. Nothing was changed; try an older backup.',
  );
}
