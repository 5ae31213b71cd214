/**
 * `decision-map export`, without the process around it: map file text in, the file written
 * through the given writer, what to print and the exit code out.
 */
import { registerCsv } from '../../shared/export/registerCsv';
import { parseMapFile } from '../../shared/file-format/import';
import { invalidFile, type CliResult } from './analyze';
import { printable } from './report';
import type { WriteResult } from './writeFile';

export interface ExportOptions {
  /** The map file's name as the user typed it, for messages. */
  readonly file: string;
  /** Where the CSV goes. */
  readonly csv: string;
  readonly writeFile: (file: string, text: string) => WriteResult;
}

/**
 * Writes the decision register of a map file as CSV. Exit 0 when written (blockers in the
 * map do not matter here: exporting is not checking), 2 for a bad file or a failed write.
 */
export function exportText(text: string, options: ExportOptions): CliResult {
  const parsed = parseMapFile(text);
  if (!parsed.ok) return invalidFile(options.file, parsed.problems);
  const written = options.writeFile(options.csv, registerCsv(parsed.doc));
  if (!written.ok) return { exitCode: 2, stdout: '', stderr: `${written.message}\n` };
  const count = parsed.doc.transitionOrder.length;
  const rows = `${count} ${count === 1 ? 'transition' : 'transitions'}`;
  return {
    exitCode: 0,
    stdout: `Wrote the decision register of "${printable(parsed.doc.info.name)}" (${rows}) to ${printable(options.csv)}.\n`,
    stderr: '',
  };
}
