/**
 * Writing a file so that it is either the old file or the whole new one, never half of the
 * new one: the bytes go to a temporary file beside the target, reach the disk, and then
 * replace the target in one rename. A full disk or a crash mid-write leaves the old file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface WriteOptions {
  /**
   * The new file's permission bits, exactly (the umask does not apply): the mode of the file
   * it replaces, so that replacing a private 0600 file does not make it readable to others.
   * Set before any byte is written. Without it, 0644 less the umask.
   */
  readonly mode?: number;
}

/** Writes `data` to `file` atomically; throws the system's error (the caller words it). */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx': never follow or reuse something already at the temporary name.
  const fd = fs.openSync(temp, 'wx', options.mode ?? 0o644);
  try {
    try {
      if (options.mode !== undefined) fs.fchmodSync(fd, options.mode);
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
