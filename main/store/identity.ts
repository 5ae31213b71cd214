/**
 * Which file a path named when the workspace was opened: device and inode. A database
 * that was deleted (or replaced by another file) while open keeps accepting writes through
 * its open handle, into a file nobody will ever open again; comparing the path's identity
 * before each write notices that for the price of one stat().
 */
import fs from 'node:fs';

export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
}

/** The identity of the file at `file` now (following symlinks), or null when none is there. */
export function identityOf(file: string): FileIdentity | null {
  // bigint: inode numbers on some file systems do not fit a double exactly.
  const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

/** Whether `file` still names the file that had `opened` as its identity. */
export function stillSameFile(file: string, opened: FileIdentity): boolean {
  let now: FileIdentity | null;
  try {
    now = identityOf(file);
  } catch {
    // The folder itself is gone or unreadable: not the file we opened, as far as we can tell.
    return false;
  }
  return now !== null && now.dev === opened.dev && now.ino === opened.ino;
}
