/**
 * One rolling backup of a workspace database, start to finish. Runs in a worker thread
 * (see backupWorker.ts) but is a plain async function, so tests can also call it directly.
 *
 * The copy is taken with SQLite's online backup API through a read-only connection of its
 * own, inside one read transaction: under WAL that is a consistent snapshot that never
 * blocks the app's writes and never restarts when the app commits meanwhile. The copy is
 * written under a temporary name, switched out of WAL (so it is one self-contained file),
 * checked, synced and only then renamed into place; a kill at any moment leaves either no
 * new backup or a complete, checked one, plus at worst a temp file the next run removes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newestFirst, parseBackupName, rollingName, TEMP_SUFFIX } from './names';
import { syncDirectory, syncFile } from '../../files/durable';

export interface BackupJob {
  /** The workspace database to copy. */
  readonly source: string;
  /** Where rolling backups live (`<dataDir>/backups`); created if missing. */
  readonly destDir: string;
  /** The time the name records, as ISO text (the caller's clock). */
  readonly takenAt: string;
  /** How many rolling backups of this database to keep. */
  readonly keep: number;
  /** The application id a workspace database carries; anything else is not copied. */
  readonly applicationId: number;
  /** Pages copied per backup step (default 256); between steps a stop request is heard. */
  readonly pagesPerStep?: number;
}

export interface BackupResult {
  /** Full path of the new backup. */
  readonly file: string;
  readonly bytes: number;
  /** Live maps in the copy. */
  readonly maps: number;
  /** Rolling backups removed to keep the last `keep`. */
  readonly pruned: readonly string[];
  readonly ms: number;
}

/** Thrown when the caller asked the backup to stop (the app is closing). */
export class BackupStopped extends Error {
  constructor() {
    super('The backup was stopped.');
    this.name = 'BackupStopped';
  }
}

// 1 MB of 4 KB pages per step: about a millisecond, so a stop request is heard at once.
const PAGES_PER_STEP = 256;
// How long to wait for a lock held by the app (a checkpoint, say) before giving up.
const BUSY_TIMEOUT_MS = 2000;
// Companions SQLite may leave beside a temp copy that was cut short.
const SQLITE_COMPANIONS = ['', '-journal', '-wal', '-shm'];

/** Removes a temp copy and its companions; what cannot go now, the next run removes. */
function removeQuietly(file: string): void {
  for (const suffix of SQLITE_COMPANIONS) {
    try {
      fs.rmSync(file + suffix, { force: true });
    } catch {
      // Left for removeStaleTemps.
    }
  }
}

/** Copies `source` to `temp` from one read snapshot, stopping between steps if asked. */
async function copySnapshot(
  job: BackupJob,
  temp: string,
  shouldStop: () => boolean,
): Promise<void> {
  const db = new Database(job.source, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const appId = Number(db.pragma('application_id', { simple: true }));
    if (appId !== job.applicationId) throw new Error('The source is not a workspace database');
    // BEGIN is deferred: the first read opens the snapshot every backup step then shares.
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    await db.backup(temp, {
      progress: () => {
        if (shouldStop()) throw new BackupStopped();
        return job.pagesPerStep ?? PAGES_PER_STEP;
      },
    });
    db.exec('COMMIT');
  } finally {
    // Closing ends the read transaction too, whatever happened above.
    db.close();
  }
}

/**
 * Turns the fresh copy into a plain rollback-journal database and checks it: a full
 * integrity check, our application id, a schema version. Returns its live maps.
 */
function settleAndVerify(temp: string, applicationId: number): number {
  const db = new Database(temp, { fileMustExist: true });
  try {
    // The copy carries the source's WAL flag; without it a later read-only open (the
    // listing, a restore) leaves no -wal/-shm files beside the backup.
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`The copy stayed in ${String(mode)} mode`);
    const integrity = db.pragma('integrity_check(1)', { simple: true });
    if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${integrity}`);
    if (Number(db.pragma('application_id', { simple: true })) !== applicationId)
      throw new Error('The copy is not a workspace database');
    if (Number(db.pragma('user_version', { simple: true })) < 1)
      throw new Error('The copy has no schema');
    return Number(
      db.prepare('SELECT count(*) FROM maps WHERE deleted_at IS NULL').pluck().get() ?? 0,
    );
  } finally {
    db.close();
  }
}

/**
 * Removes what an interrupted run left in `destDir`: temp copies and their SQLite
 * companions. Only names ending in the temp suffix (plus a companion suffix) are touched.
 * Never throws: what cannot be removed now is tried again next time.
 */
export function removeStaleTemps(destDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(destDir);
  } catch {
    return [];
  }
  const stale = names.filter((name) =>
    SQLITE_COMPANIONS.some((suffix) => name.endsWith(TEMP_SUFFIX + suffix)),
  );
  const removed: string[] = [];
  for (const name of stale) {
    try {
      fs.rmSync(path.join(destDir, name), { force: true });
      removed.push(name);
    } catch {
      // Locked or not ours to remove (another process's copy in the making): left.
    }
  }
  return removed;
}

/**
 * Keeps the newest `keep` rolling backups of `database` in `destDir` and removes the
 * rest. Backups of other databases and copies taken before an upgrade are never touched,
 * nor is `latest` (the copy just taken, even if a clock set back dates it before others).
 */
export function pruneBackups(
  destDir: string,
  database: string,
  keep: number,
  latest?: string,
): string[] {
  const older = fs
    .readdirSync(destDir)
    .filter((name) => name !== latest)
    .map((name) => ({ name, parsed: parseBackupName(name) }))
    .filter(({ parsed }) => parsed?.kind === 'rolling' && parsed.database === database)
    .sort((a, b) => newestFirst(a.parsed!, b.parsed!));
  const kept = Math.max(1, keep) - (latest === undefined ? 0 : 1);
  const removed = older.slice(kept).map(({ name }) => name);
  for (const name of removed) fs.rmSync(path.join(destDir, name), { force: true });
  return removed;
}

/**
 * Takes one rolling backup of `job.source` into `job.destDir`, pruning before and after.
 * Throws (and leaves no temp file behind) when the source cannot be read or the copy does
 * not check out; throws BackupStopped when `shouldStop` turned true along the way.
 */
export async function backupDatabase(
  job: BackupJob,
  shouldStop: () => boolean = () => false,
): Promise<BackupResult> {
  const started = performance.now();
  fs.mkdirSync(job.destDir, { recursive: true });
  removeStaleTemps(job.destDir);
  const database = path.basename(job.source);
  // A kill between an earlier backup's rename and its pruning left one too many; another
  // such kill would leave two. Never more than `keep`, plus the one being taken.
  pruneBackups(job.destDir, database, job.keep);
  const name = rollingName(database, new Date(job.takenAt), fs.readdirSync(job.destDir));
  const file = path.join(job.destDir, name);
  const temp = file + TEMP_SUFFIX;

  let maps: number;
  try {
    await copySnapshot(job, temp, shouldStop);
    if (shouldStop()) throw new BackupStopped();
    maps = settleAndVerify(temp, job.applicationId);
    syncFile(temp);
    if (shouldStop()) throw new BackupStopped();
    fs.renameSync(temp, file);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  syncDirectory(job.destDir);
  const pruned = pruneBackups(job.destDir, database, job.keep, name);
  return {
    file,
    bytes: fs.statSync(file).size,
    maps,
    pruned,
    ms: Math.round(performance.now() - started),
  };
}
