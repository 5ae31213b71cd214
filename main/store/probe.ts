/**
 * Looks at an existing workspace file before the app opens it for writing. Everything here
 * reads the header bytes or uses a read-only connection (which SQLite never lets
 * checkpoint or roll back into the file), so a file we refuse stays byte-for-byte as the
 * user left it. A damaged WAL-mode file may get empty `-wal`/`-shm` companions from the
 * read-only open; they are left, since deleting a WAL another process might be about to
 * use is the one thing here that could lose data.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID } from './migrations';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type ProbeResult =
  /** No file, or an empty one: SQLite treats both as a new database. */
  { readonly kind: 'new' } | { readonly kind: 'existing'; readonly version: number };

const DAMAGED =
  'The workspace file is damaged, so Decision Map cannot open it. It was left exactly as it was.';
const FOREIGN = 'The workspace file is not a Decision Map database. It was left exactly as it was.';

/** The 100-byte database header, or less when the file is shorter. */
function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Refuses from the header bytes alone when possible. Even a read-only SQLite connection
 * creates `-wal` and `-shm` files beside a WAL database, so a file written by a newer
 * version is turned away before SQLite sees it. (If a WAL with newer commits exists, the
 * header may be stale; the SQLite check below still catches that case.)
 */
function checkHeader(header: Buffer, latest: number): void {
  if (header.length < 100 || !header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    // Checked by hand: SQLite would report a text file only once a query runs, and a plain
    // message beats a driver error for a file that was never a database.
    throw new AppError('WORKSPACE_UNREADABLE', FOREIGN);
  }
  const version = header.readUInt32BE(60);
  const appId = header.readUInt32BE(68);
  if (appId === APPLICATION_ID && version > latest) throw new AppError('WORKSPACE_TOO_NEW');
}

/** SQLite result codes that mean "this file is not (or no longer) a sound database". */
function isDamage(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  return (
    code === 'SQLITE_NOTADB' ||
    code.startsWith('SQLITE_CORRUPT') ||
    // A schema format number above 4 (the current one since 2006): a damaged header, not
    // something "in use by another program".
    (code === 'SQLITE_ERROR' && message === 'unsupported file format')
  );
}

/**
 * Decides whether `file` may be opened: refuses (with a coded AppError) a file that is not
 * SQLite, fails `quick_check`, belongs to another application, or was written by a newer
 * schema than `latest`. Reading alone never changes the file.
 */
export function probeDatabase(file: string, latest: number): ProbeResult {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'new' };
    throw unopenable(error);
  }
  if (size === 0) return { kind: 'new' };
  checkHeader(readHeader(file), latest);

  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw new AppError('WORKSPACE_UNREADABLE', DAMAGED);
    const version = Number(db.pragma('user_version', { simple: true }));
    const appId = Number(db.pragma('application_id', { simple: true }));
    const objects = Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get());
    // An untouched database (no tables, version 0, no application id) is as good as new;
    // anything else must carry our application id, or "upgrading" it would write our tables
    // into someone's file — including another program's freshly created, still empty one.
    if (appId !== APPLICATION_ID && (appId !== 0 || version > 0 || objects > 0)) {
      throw new AppError('WORKSPACE_UNREADABLE', FOREIGN);
    }
    if (version > latest) throw new AppError('WORKSPACE_TOO_NEW');
    return { kind: 'existing', version };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isDamage(error)) throw new AppError('WORKSPACE_UNREADABLE', DAMAGED);
    throw unopenable(error);
  } finally {
    db?.close();
  }
}

/** Not damage but access: locked, no permission, I/O error. Same state, different advice. */
export function unopenable(error: unknown): AppError {
  const failure = new AppError(
    'WORKSPACE_UNREADABLE',
    'The workspace file could not be opened. It may be in use by another program, or you may not have permission to read it. It was left exactly as it was.',
  );
  failure.cause = error;
  return failure;
}
