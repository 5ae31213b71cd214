/**
 * `decision-map import FILE [--out OUT.decisionmap.json] [--page NAME|NUMBER]`: a process model in, a portable map
 * file out (the way back, `export --bpmn`, is in export.ts). The model passes the same
 * refusals and mapping as in the app (`importProcessFile`).
 */
import { parseMapFile, serializeMapFile } from '../../shared/file-format';
import { describeReport } from '../../shared/import/report';
import { AppError } from '../../shared/errors';
import type { BpmnModel } from '../../shared/import/bpmn/model';
import type { DrawioFile } from '../../shared/import/drawioCells';
import { importProcessFile } from '../import';
import { invalidFile, type CliResult } from './analyze';
import type { ReadBytesResult, ReadResult } from './readFile';
import { printable } from './report';
import type { WriteResult } from './writeFile';

export interface ModelCliDeps {
  readonly readBytes: (file: string) => ReadBytesResult;
  readonly readFile: (file: string) => ReadResult;
  readonly writeFile: (file: string, text: string) => WriteResult;
  readonly parseBpmn: (bytes: Uint8Array) => Promise<BpmnModel>;
  readonly parseDrawio: (bytes: Uint8Array) => Promise<DrawioFile>;
  readonly newMapId: () => string;
  /** `--page`: the draw.io page to import, by name or number counted from 1. */
  readonly page?: string;
}

const refused = (message: string): CliResult => ({
  exitCode: 2,
  stdout: '',
  // One plain line: the message without its "Nothing was changed." (nothing was written).
  stderr: `${message.replace(/\s*Nothing was changed\.$/, '').replace(/\s+/g, ' ')}\n`,
});

/** The portable map file next to `file`: "flow.bpmn" → "flow.decisionmap.json". */
export function defaultOut(file: string): string {
  return `${file.replace(/\.(bpmn2?|xml|drawio)$/i, '')}.decisionmap.json`;
}

/** Imports a process model file and writes the map as a portable file at `out`. */
export async function importModelFile(
  file: string,
  out: string,
  deps: ModelCliDeps,
): Promise<CliResult> {
  const read = deps.readBytes(file);
  if (!read.ok) return refused(read.message);
  let imported;
  try {
    imported = await importProcessFile(
      file,
      read.bytes,
      deps,
      deps.page === undefined ? {} : { page: deps.page },
    );
  } catch (error) {
    if (error instanceof AppError) return refused(error.message);
    throw error;
  }
  // Through the portable file's own checks, as the app's import goes.
  const text = serializeMapFile(imported.doc);
  const parsed = parseMapFile(text);
  if (!parsed.ok) return invalidFile(file, parsed.problems);
  const written = deps.writeFile(out, text);
  if (!written.ok) return { exitCode: 2, stdout: '', stderr: `${written.message}\n` };
  return {
    exitCode: 0,
    stdout: `${describeReport(imported.report)}\nWrote ${printable(out)}.\n`,
    stderr: '',
  };
}
