/**
 * Making file changes reach the disk before we rely on them: a copy synced before it is
 * renamed into place, and the folder synced after, so that a power cut leaves either the
 * old name or the whole new file.
 */
import fs from 'node:fs';

/** Flushes a file's bytes to the disk. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename in `dir` durable on POSIX; Windows cannot open a folder, and needs not. */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
