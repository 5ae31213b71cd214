/** Reading the map file from disk for the command line, with a sentence for every failure. */
import fs from 'node:fs';
import { MAX_FILE_CHARS } from '../../shared/file-format/safeJson';
import { printable } from './report';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * Reads a file as UTF-8 text. Refuses, before reading, a file over the import size limit,
 * and refuses text that is not UTF-8 rather than reading mangled characters.
 */
export function readTextFile(file: string): ReadResult {
  const name = printable(file);
  let bytes: Uint8Array;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory())
      return { ok: false, message: `Cannot read ${name}: ${REASONS.EISDIR}.` };
    if (stat.size > MAX_FILE_CHARS) {
      return { ok: false, message: `${name} is larger than 50 MB, more than Decision Map reads.` };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
    const reason = REASONS[code] ?? (code ? `the system said ${code}` : 'it could not be read');
    return { ok: false, message: `Cannot read ${name}: ${reason}.` };
  }
  try {
    // `fatal` refuses invalid UTF-8; a leading byte-order mark is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text, so it is not a map file.` };
  }
}
