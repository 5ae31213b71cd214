/**
 * `workspace.json` in the data folder names the active database once the user started a
 * fresh workspace beside an unreadable one. Without it the database is `workspace.db`.
 * It is replaced atomically (write a temp file, sync, rename) so a crash leaves either the
 * old pointer or the new one, never half of one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../files/durable';

export const DEFAULT_DATABASE = 'workspace.db';
export const POINTER_FILE = 'workspace.json';

/** Only a plain file name in the data folder: the pointer must not lead elsewhere. */
function isDatabaseName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.endsWith('.db') &&
    !value.startsWith('.') &&
    path.basename(value) === value &&
    path.win32.basename(value) === value
  );
}

/**
 * The active database's file name. A missing or malformed pointer means the default: the
 * worst case is showing the old unreadable file again, where the user can start fresh.
 */
export function readPointer(dataDir: string): string {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, POINTER_FILE), 'utf8')) as unknown;
    const database = (parsed as { database?: unknown } | null)?.database;
    return isDatabaseName(database) ? database : DEFAULT_DATABASE;
  } catch {
    return DEFAULT_DATABASE;
  }
}

export function writePointer(dataDir: string, database: string): void {
  if (!isDatabaseName(database)) throw new Error(`Not a database file name: ${database}`);
  const target = path.join(dataDir, POINTER_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, `${JSON.stringify({ database })}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  syncDirectory(dataDir);
}

/** The first `workspace-N.db` (N >= 2) with no file or WAL beside it yet. */
export function freshDatabaseName(dataDir: string): string {
  for (let n = 2; ; n++) {
    const name = `workspace-${n}.db`;
    const taken = ['', '-wal', '-shm', '-journal'].some((suffix) =>
      fs.existsSync(path.join(dataDir, name + suffix)),
    );
    if (!taken) return name;
  }
}
