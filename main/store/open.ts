/**
 * Opens a workspace database for the main process, the only writer. Order matters: the
 * file is judged through a read-only connection first, and only a file we accept is ever
 * opened read-write (opening read-write alone can roll back a hot journal or switch the
 * journal mode, which would modify a file we are about to refuse).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { assertMigrationList, migrate } from './migrate';
import { latestVersion, MIGRATIONS, type Migration } from './migrations';
import { probeDatabase, unopenable } from './probe';

export interface OpenDatabaseOptions {
  /** The schema history; tests pass extra or failing migrations. */
  readonly migrations?: readonly Migration[];
  /** Clock for backup file names. */
  readonly now?: () => Date;
}

export interface OpenedDatabase {
  readonly db: Database.Database;
  /** The backup written before an upgrade, if one ran. */
  readonly backup: string | null;
}

function configure(db: Database.Database): void {
  // Waits for a lock held briefly by another connection (a backup, a second window)
  // instead of failing an edit at once.
  db.pragma('busy_timeout = 5000');
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal')
    throw new Error(`Could not switch the workspace to WAL (got ${String(mode)})`);
  // Under WAL, NORMAL only syncs at checkpoints: an app crash loses nothing, but a power
  // cut or OS crash can drop the last commits. We tell the user an edit is saved as soon
  // as map:apply returns, so every commit syncs the WAL (FULL); it costs well under a
  // millisecond per edit on an SSD.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

const NOT_A_FILE =
  'The workspace is not an ordinary file (it leads to a device, a folder or a pipe), so Decision Map did not open it. Nothing was created or changed.';

/**
 * A workspace path that is (or is a symlink to) a device, FIFO, socket or folder is refused
 * before SQLite sees it: SQLite would create its `-journal`/`-wal` files beside the target,
 * say in /dev, and a FIFO would hang the open.
 */
function refuseSpecialFile(file: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw unopenable(error);
  }
  if (stat && !stat.isFile()) throw new AppError('WORKSPACE_UNREADABLE', NOT_A_FILE);
}

/**
 * Opens (creating if needed) and migrates the workspace database at `file`. Throws
 * AppError WORKSPACE_UNREADABLE or WORKSPACE_TOO_NEW, without modifying the file, when it
 * cannot be used.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  assertMigrationList(migrations);
  refuseSpecialFile(file);
  probeDatabase(file, latestVersion(migrations));

  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw unopenable(error);
  }
  try {
    configure(db);
    const { backup } = migrate(db, file, migrations, now);
    return { db, backup };
  } catch (error) {
    db.close();
    throw error instanceof AppError ? error : unopenable(error);
  }
}
