/**
 * How backup files are named, and how a name is read back. Two kinds share one stamp
 * format (`2026-11-27T05-30-00Z`, from migrate.ts):
 * - rolling copies in `<dataDir>/backups/`: `workspace.db.2026-11-27T05-30-00Z.bak`
 * - the copy taken before an upgrade, beside the database (written by migrate.ts):
 *   `workspace.db.before-v2-2026-11-27T05-30-00Z.bak`
 * A same-second clash gets `-2`, `-3`, … before `.bak`, as migrate.ts does. The name alone
 * tells the kinds apart, so pruning rolling copies can never touch a pre-upgrade one.
 */
import path from 'node:path';
import { fileStamp } from '../migrate';

export const BACKUP_FOLDER = 'backups';

export type BackupKind = 'rolling' | 'before-upgrade';

export interface BackupName {
  readonly kind: BackupKind;
  /** The database file the copy was taken of, e.g. `workspace.db`. */
  readonly database: string;
  /** When it was taken, from the stamp in the name. */
  readonly takenAt: Date;
  /** The `-N` of a same-second clash (1 without one): orders copies taken in one second. */
  readonly sequence: number;
}

// A database name as pointer.ts allows it: a plain `*.db` file name, not hidden.
const DATABASE = String.raw`([^./\\][^/\\]*?\.db)`;
const STAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)`;
const CLASH = String.raw`(?:-([2-9]|[1-9]\d+))?`;
const ROLLING = new RegExp(String.raw`^${DATABASE}\.${STAMP}${CLASH}\.bak$`);
const BEFORE_UPGRADE = new RegExp(String.raw`^${DATABASE}\.before-v\d+-${STAMP}${CLASH}\.bak$`);

/** What a temporary copy in the making is called; never listed, removed when found stale. */
export const TEMP_SUFFIX = '.tmp';

/** `2026-11-27T05-30-00Z` back to a Date, or null when it is not a real moment. */
function parseStamp(stamp: string): Date | null {
  const iso = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})Z$/, 'T$1:$2:$3Z');
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) || fileStamp(at) !== stamp ? null : at;
}

/** Reads a backup file name; null for anything else (temp files, strangers, paths). */
export function parseBackupName(name: string): BackupName | null {
  if (path.basename(name) !== name || path.win32.basename(name) !== name) return null;
  const before = BEFORE_UPGRADE.exec(name);
  const match = before ?? ROLLING.exec(name);
  if (!match) return null;
  const takenAt = parseStamp(match[2]!);
  if (!takenAt) return null;
  return {
    kind: before ? 'before-upgrade' : 'rolling',
    database: match[1]!,
    takenAt,
    sequence: match[3] ? Number(match[3]) : 1,
  };
}

/** The name for a rolling copy of `database` taken at `at` (without the clash suffix). */
export function rollingBase(database: string, at: Date): string {
  return `${database}.${fileStamp(at)}`;
}

/**
 * The name for a new rolling copy of `database` at `at`, given the names in the folder: a
 * second copy in the same second gets the next number after the highest one there, so it
 * always sorts as the newest (a freed lower number would sort it first in line for pruning).
 */
export function rollingName(database: string, at: Date, taken: Iterable<string>): string {
  const base = rollingBase(database, at);
  let highest = 0;
  for (const name of taken) {
    const bare = name.endsWith(TEMP_SUFFIX) ? name.slice(0, -TEMP_SUFFIX.length) : name;
    const parsed = parseBackupName(bare);
    if (parsed?.kind === 'rolling' && rollingBase(parsed.database, parsed.takenAt) === base) {
      highest = Math.max(highest, parsed.sequence);
    }
  }
  return highest === 0 ? `${base}.bak` : `${base}-${highest + 1}.bak`;
}

/** Newest first: by time, then by clash number. */
export function newestFirst(a: BackupName, b: BackupName): number {
  return b.takenAt.getTime() - a.takenAt.getTime() || b.sequence - a.sequence;
}
