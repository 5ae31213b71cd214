/**
 * Importing a process model someone already has (BPMN 2.0, draw.io): detect the kind
 * by content, refuse the hostile at once, parse in the untrusted-file worker within its
 * budgets, then map to a map with the pure functions of shared/import. One dispatcher, so
 * a new kind of file is one `case`.
 */
import { AppError } from '../../shared/errors';
import type { BpmnModel } from '../../shared/import/bpmn/model';
import { bpmnToMap } from '../../shared/import/bpmn/toMap';
import { drawioToMap } from '../../shared/import/drawio';
import type { DrawioFile } from '../../shared/import/drawioCells';
import type { ImportReport } from '../../shared/import/report';
import type { MapDocument } from '../../shared/model';
import { DEFAULT_LIMITS, type Limits } from '../untrusted/limits';
import { decodeXml, detectProcessFile, MAX_PROCESS_FILE_BYTES } from './detect';

/** BPMN files are walked element by element: the node budget is the element limit's, twice. */
export const PROCESS_LIMITS: Limits = { ...DEFAULT_LIMITS, nodes: 200_000 };

export interface ImportDeps {
  /** `readBpmn` run in the untrusted-file worker (or in-process, for the command line). */
  readonly parseBpmn: (bytes: Uint8Array) => Promise<BpmnModel>;
  /** `readDrawio` run in the untrusted-file worker (or in-process, for the command line). */
  readonly parseDrawio: (bytes: Uint8Array) => Promise<DrawioFile>;
  /** The new map's id. */
  readonly newMapId: () => string;
}

export interface ProcessImport {
  readonly doc: MapDocument;
  readonly report: ImportReport;
}

/** A file name without its folder and its process-model extension, to name the map. */
function baseName(fileName: string): string {
  return fileName
    .replace(/^.*[/\\]/, '')
    .replace(/\.(bpmn2?|xml|drawio)$/i, '')
    .trim();
}

/**
 * The map in a process-model file and the report of the import, or an AppError
 * (INVALID_FILE, FILE_OVER_LIMIT) whose message says plainly why nothing was imported.
 */
export async function importProcessFile(
  fileName: string,
  bytes: Uint8Array,
  deps: ImportDeps,
): Promise<ProcessImport> {
  if (bytes.length > MAX_PROCESS_FILE_BYTES) {
    throw new AppError(
      'INVALID_FILE',
      `“${baseName(fileName)}” is larger than 50 MB, more than Decision Map reads. Nothing was changed.`,
    );
  }
  const kind = detectProcessFile(decodeXml(bytes), fileName);
  switch (kind) {
    case 'bpmn': {
      const model = await deps.parseBpmn(bytes);
      const mapped = bpmnToMap(model, deps.newMapId(), baseName(fileName));
      if (!mapped.ok) throw new AppError('INVALID_FILE', mapped.problem);
      return { doc: mapped.doc, report: mapped.report };
    }
    // One page per import (the first): the report names the other pages as left out.
    case 'drawio': {
      const file = await deps.parseDrawio(bytes);
      const mapped = drawioToMap(file, deps.newMapId(), baseName(fileName));
      if (!mapped.ok) throw new AppError('INVALID_FILE', `${mapped.problem} Nothing was changed.`);
      return { doc: mapped.doc, report: mapped.report };
    }
  }
}
