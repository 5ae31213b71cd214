/**
 * Writing an output file for the command line, atomically, with a sentence for every failure.
 * Only regular files are written or replaced: a device (`/dev/null`), a FIFO, a socket or a
 * folder at the name is refused before anything is written (replacing it by a rename would
 * turn `/dev/null` into a plain file, for everyone on the machine). A replaced file keeps its
 * permission bits, and a name that is a link to a file replaces that file, not the link.
 */
import fs from 'node:fs';
import { writeFileAtomic } from '../files/writeAtomic';
import { notARegularFile } from './readFile';
import { printable } from './report';

export type WriteResult = { ok: true } | { ok: false; message: string };

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/**
 * Writes UTF-8 text to `file`, replacing it if it exists: the old file stays whole until
 * the new one is complete (see `writeFileAtomic`).
 */
export function writeTextFile(file: string, text: string): WriteResult {
  const name = printable(file);
  try {
    const existing = fs.statSync(file, { throwIfNoEntry: false });
    const notRegular = existing && notARegularFile(existing);
    if (notRegular) return { ok: false, message: `Cannot write ${name}: ${notRegular}.` };
    if (!existing) {
      writeFileAtomic(file, text);
      return { ok: true };
    }
    // Permission bits only: a set-user-id bit has no business on a spreadsheet.
    writeFileAtomic(fs.realpathSync(file), text, { mode: existing.mode & 0o777 });
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
    const reason = REASONS[code] ?? (code ? `the system said ${code}` : 'it could not be written');
    return { ok: false, message: `Cannot write ${name}: ${reason}.` };
  }
}
