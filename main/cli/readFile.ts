/**
 * Reading the map file from disk for the command line, with a sentence for every failure.
 *
 * Only regular files are read. The file is opened with O_NONBLOCK, so that opening a FIFO
 * that has no writer returns at once instead of waiting for one forever; then the open
 * descriptor (not the name, which could be swapped in between) is checked, and a FIFO, a
 * device (`/dev/zero`), a socket or a folder is refused before a byte is read. A map file
 * is a file: nothing the command documents reads from a pipe or a device, and a pipe
 * cannot be bounded in time. Even a regular file is read only up to the size limit, so one
 * that grows while it is read cannot make the command read without end.
 */
import fs from 'node:fs';
import { MAX_FILE_CHARS } from '../../shared/file-format/safeJson';
import { printable } from './report';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };
export type ReadBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'it is a link that leads in a circle',
};

/** O_NONBLOCK does not exist on Windows, which has no FIFOs to wait on in the first place. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** What a file that is not a regular one is, in words, or null for a regular file. */
export function notARegularFile(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return REASONS.EISDIR!;
  if (stat.isFIFO()) return 'it is a pipe (FIFO), not a file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'it is a device, not a file';
  if (stat.isSocket()) return 'it is a socket, not a file';
  return 'it is not a regular file';
}

const tooLarge = (name: string) => `${name} is larger than 50 MB, more than Decision Map reads.`;

/** Reads at most `limit + 1` bytes from `fd`: one more than allowed is enough to refuse. */
function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit + 1, 1024 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const read = fs.readSync(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a file's bytes. Refuses, before reading, anything but a regular file and a file
 * over the import size limit.
 */
export function readFileBytes(file: string): ReadBytesResult {
  const name = printable(file);
  let bytes: Buffer;
  try {
    // Refused by name first, so a device is not even opened (opening some has effects)…
    const named = notARegularFile(fs.statSync(file));
    if (named) return { ok: false, message: `Cannot read ${name}: ${named}.` };
    // …and again by descriptor, in case the name was pointed elsewhere in between.
    const fd = fs.openSync(file, OPEN_FLAGS);
    try {
      const stat = fs.fstatSync(fd);
      const notRegular = notARegularFile(stat);
      if (notRegular) return { ok: false, message: `Cannot read ${name}: ${notRegular}.` };
      if (stat.size > MAX_FILE_CHARS) return { ok: false, message: tooLarge(name) };
      bytes = readAtMost(fd, MAX_FILE_CHARS);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
    const reason = REASONS[code] ?? (code ? `the system said ${code}` : 'it could not be read');
    return { ok: false, message: `Cannot read ${name}: ${reason}.` };
  }
  if (bytes.length > MAX_FILE_CHARS) return { ok: false, message: tooLarge(name) };
  return { ok: true, bytes };
}

/**
 * Reads a file as UTF-8 text, as `readFileBytes` reads it, and refuses text that is not
 * UTF-8 rather than reading mangled characters.
 */
export function readTextFile(file: string): ReadResult {
  const read = readFileBytes(file);
  if (!read.ok) return read;
  const { bytes } = read;
  const name = printable(file);
  try {
    // `fatal` refuses invalid UTF-8; a leading byte-order mark is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text, so it is not a map file.` };
  }
}
