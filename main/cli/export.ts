/**
 * `decision-map export`, without the process around it: map file text in, the file written
 * through the given writer, what to print and the exit code out.
 */
import { mapToBpmn } from '../../shared/export/bpmn';
import { decisionsDmn } from '../../shared/export/dmn';
import { registerCsv } from '../../shared/export/registerCsv';
import { parseMapFile } from '../../shared/file-format/import';
import { invalidFile, type CliResult } from './analyze';
import { printable } from './report';
import type { WriteResult } from './writeFile';
import type { MapDocument } from '../../shared/model';

/** What `export` can write: the option that names the file, and how to make and count it. */
const FORMATS = {
  '--csv': {
    what: 'the decision register',
    write: (doc: MapDocument) => registerCsv(doc),
    count: (doc: MapDocument) => plural(doc.transitionOrder.length, 'transition'),
  },
  '--bpmn': {
    what: 'the process model (BPMN 2.0)',
    write: mapToBpmn,
    count: (doc: MapDocument) => plural(doc.stepOrder.length, 'step'),
  },
  '--dmn': {
    what: 'the decisions (DMN)',
    write: decisionsDmn,
    count: (doc: MapDocument) =>
      plural(
        doc.transitionOrder.filter((id) => !doc.transitions[id]!.decision.automatic).length,
        'decision',
      ),
  },
} as const;

export type ExportOption = keyof typeof FORMATS;
export const EXPORT_OPTIONS = Object.keys(FORMATS) as ExportOption[];

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

export interface ExportOptions {
  /** The map file's name as the user typed it, for messages. */
  readonly file: string;
  /** Which file to write, by the option that named it. */
  readonly format: ExportOption;
  /** Where it goes. */
  readonly out: string;
  readonly writeFile: (file: string, text: string) => WriteResult;
}

/**
 * Writes the decision register of a map file as CSV, the map as BPMN, or its decisions as DMN. Exit 0 when
 * written (blockers in the map do not matter here: exporting is not checking), 2 for a bad
 * file or a failed write.
 */
export function exportText(text: string, options: ExportOptions): CliResult {
  const parsed = parseMapFile(text);
  if (!parsed.ok) return invalidFile(options.file, parsed.problems);
  const format = FORMATS[options.format];
  const written = options.writeFile(options.out, format.write(parsed.doc));
  if (!written.ok) return { exitCode: 2, stdout: '', stderr: `${written.message}\n` };
  return {
    exitCode: 0,
    stdout: `Wrote ${format.what} of "${printable(parsed.doc.info.name)}" (${format.count(parsed.doc)}) to ${printable(options.out)}.\n`,
    stderr: '',
  };
}
