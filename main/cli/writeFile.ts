/** Writing an output file for the command line, atomically, with a sentence for every failure. */
import fs from 'node:fs';
import { writeFileAtomic } from '../files/writeAtomic';
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
    // A rename onto a folder fails with a different code per platform: say it plainly first.
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      return { ok: false, message: `Cannot write ${name}: ${REASONS.EISDIR}.` };
    }
    writeFileAtomic(file, text);
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
    const reason = REASONS[code] ?? (code ? `the system said ${code}` : 'it could not be written');
    return { ok: false, message: `Cannot write ${name}: ${reason}.` };
  }
}
