/**
 * Brings a workspace database up to the schema this build writes. Each migration runs in
 * its own transaction together with its `user_version` bump, so a database is always at
 * exactly one known version: a failure leaves it at the last version that fully applied.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { latestVersion, type Migration } from './migrations';
import { syncFile } from '../files/durable';

/** Refuses a list that is out of order or has gaps: the version numbers are the history. */
export function assertMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration at position ${index} has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
}

/** `2026-11-27T05-30-00Z`: sortable, and free of the colons Windows forbids in names. */
export function fileStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}

/** What a copy is called while VACUUM INTO is still writing it. */
const PARTIAL = '.partial';

/**
 * Removes copies that a crash left half-written (and the rollback journal VACUUM INTO keeps
 * beside its output). Only names this function makes: `<file>.before-v…bak.partial`.
 */
function removePartialCopies(file: string): void {
  const prefix = `${path.basename(file)}.before-v`;
  for (const name of fs.readdirSync(path.dirname(file))) {
    if (name.startsWith(prefix) && /\.bak\.partial(?:-journal)?$/.test(name)) {
      fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
  }
}

/**
 * Copies the database beside itself before an upgrade, e.g.
 * `workspace.db.before-v2-2026-11-27T05-30-00Z.bak`. VACUUM INTO is synchronous and takes
 * a consistent snapshot including anything still in the WAL, unlike copying the file.
 *
 * VACUUM INTO writes its output page by page: a crash (or a kill) half-way used to leave a
 * truncated file with a hot journal under the backup's own name. So the copy is written
 * under `….bak.partial`, synced, and only then renamed: a `.bak` file is always complete.
 */
export function backupBeforeMigration(
  db: Database.Database,
  file: string,
  targetVersion: number,
  at: Date,
): string {
  const base = `${file}.before-v${targetVersion}-${fileStamp(at)}`;
  let target = `${base}.bak`;
  for (let n = 2; fs.existsSync(target); n++) target = `${base}-${n}.bak`;
  const partial = `${target}${PARTIAL}`;
  removePartialCopies(file);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    removePartialCopies(file);
    throw error;
  }
  return target;
}

function runOne(db: Database.Database, migration: Migration): void {
  db.transaction(() => {
    db.exec(migration.sql);
    // Table rebuilds run with foreign keys off, so check what they would have enforced.
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0)
      throw new Error(`Migration ${migration.version} broke ${broken.length} references`);
    db.pragma(`user_version = ${migration.version}`);
  })();
}

/**
 * Applies every migration newer than the database's `user_version`. Backs the file up
 * first when it already held data (version > 0). Throws WORKSPACE_UNREADABLE, with the
 * failing migration rolled back, when an upgrade cannot complete.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[],
  now: () => Date,
): { from: number; to: number; backup: string | null } {
  assertMigrationList(migrations);
  const from = Number(db.pragma('user_version', { simple: true }));
  const to = latestVersion(migrations);
  if (from >= to) return { from, to: from, backup: null };

  let backup: string | null = null;
  if (from > 0) {
    try {
      backup = backupBeforeMigration(db, file, to, now());
    } catch (error) {
      const failure = new AppError(
        'WORKSPACE_UNREADABLE',
        'The workspace needs an upgrade, but a safety copy could not be written first (is the disk full?). The file was left as it was.',
      );
      failure.cause = error;
      throw failure;
    }
  }

  // SQLite ignores this pragma inside a transaction, so it is switched around the loop.
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of migrations) {
      if (migration.version > from) runOne(db, migration);
    }
  } catch (error) {
    const where = backup ? ` A copy from before the upgrade is at ${path.basename(backup)}.` : '';
    const failure = new AppError(
      'WORKSPACE_UNREADABLE',
      `The workspace could not be upgraded for this version of Decision Map.${where}`,
    );
    failure.cause = error;
    throw failure;
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { from, to, backup };
}
