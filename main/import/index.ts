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
import { findPage, pageSummaries, type DrawioPageSummary } from '../../shared/import/drawioPages';
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

/** A draw.io file of several pages, opened without saying which: the person picks one. */
export interface PagesToChoose {
  readonly pages: readonly DrawioPageSummary[];
}

export interface PageOptions {
  /**
   * The draw.io page to import: its index (the app's page picker) or the name or number
   * counted from 1 a person typed (`--page`). Left out: the first page.
   */
  readonly page?: number | string;
  /** Left out `page` on a draw.io file of several pages: answer with the pages to choose from. */
  readonly askForPage?: boolean;
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
 * A draw.io file imports one page: `options.page`, else the first (the report names the others).
 */
export async function importProcessFile(
  fileName: string,
  bytes: Uint8Array,
  deps: ImportDeps,
  options: Omit<PageOptions, 'askForPage'> = {},
): Promise<ProcessImport> {
  return (await openProcessFile(fileName, bytes, deps, options)) as ProcessImport;
}

/**
 * Like `importProcessFile`, and with `askForPage` a draw.io file of several pages opened
 * without a page answers with its pages instead, read once, so the person can choose.
 */
export async function openProcessFile(
  fileName: string,
  bytes: Uint8Array,
  deps: ImportDeps,
  options: PageOptions = {},
): Promise<ProcessImport | PagesToChoose> {
  if (bytes.length > MAX_PROCESS_FILE_BYTES) {
    throw new AppError(
      'INVALID_FILE',
      `“${baseName(fileName)}” is larger than 50 MB, more than Decision Map reads. Nothing was changed.`,
    );
  }
  const kind = detectProcessFile(decodeXml(bytes), fileName);
  switch (kind) {
    case 'bpmn': {
      // A page typed for a BPMN model (`--page`) would be silently ignored: say so instead.
      if (typeof options.page === 'string') {
        throw new AppError(
          'INVALID_FILE',
          `“${baseName(fileName)}” is a BPMN process model: it has no pages to choose from. Nothing was changed.`,
        );
      }
      const model = await deps.parseBpmn(bytes);
      const mapped = bpmnToMap(model, deps.newMapId(), baseName(fileName));
      if (!mapped.ok) throw new AppError('INVALID_FILE', mapped.problem);
      return { doc: mapped.doc, report: mapped.report };
    }
    case 'drawio': {
      const file = await deps.parseDrawio(bytes);
      if (options.page === undefined && options.askForPage && file.pages.length > 1) {
        const pages = pageSummaries(file);
        // Nothing to pick when no page has a step: the first page's refusal names them all.
        if (pages.some((p) => p.steps > 0)) return { pages };
      }
      const page = pageIndex(file, options.page);
      const mapped = drawioToMap(file, deps.newMapId(), baseName(fileName), { page });
      if (!mapped.ok) throw new AppError('INVALID_FILE', `${mapped.problem} Nothing was changed.`);
      return { doc: mapped.doc, report: mapped.report };
    }
  }
}

/** The index of the page asked for; a name or number the file does not have is refused. */
function pageIndex(file: DrawioFile, page: number | string | undefined): number {
  if (typeof page !== 'string') return page ?? 0;
  const found = findPage(
    file.pages.map((p) => p.name),
    page,
  );
  if (!found.ok) throw new AppError('INVALID_FILE', `${found.problem} Nothing was changed.`);
  return found.page;
}
