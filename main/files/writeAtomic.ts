/**
 * Writing a file so that it is either the old file or the whole new one, never half of the
 * new one: the bytes go to a temporary file beside the target, reach the disk, and then
 * replace the target in one rename. A full disk or a crash mid-write leaves the old file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Writes `data` to `file` atomically; throws the system's error (the caller words it). */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx': never follow or reuse something already at the temporary name.
  const fd = fs.openSync(temp, 'wx', 0o644);
  try {
    try {
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
