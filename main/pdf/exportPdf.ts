/**
 * `export:pdf` and `maps:importPdf`, without Electron. Exporting asks where to save first
 * (so nobody waits for a PDF they then cancel), has the printer render the print view,
 * attaches the portable map file, writes the file atomically and shows it. The printer is
 * the desktop app's hidden window (`printToPdf.ts`); browser mode has none and refuses, as
 * there the person prints the print view from a browser tab.
 */
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import { fileNameFor } from '../../shared/export/fileKinds';
import type { MapDocument, MapId, MapSummary } from '../../shared/model';
import type { PrintOptions } from '../../shared/print/options';
import type { SaveHost } from '../files/saveFile';
import { writeFileAtomic } from '../files/writeAtomic';
import { logWarn } from '../log';
import { FileRefused } from '../untrusted/limits';
import { attachMapFile } from './attachment';
import { printedByBrowser } from './printedByBrowser';

export interface PdfPrinter {
  /** The print view of the map on paper, as PDF bytes (no attachment yet). */
  print(mapId: MapId, options: PrintOptions, mapName: string): Promise<Uint8Array>;
}

export interface PdfDeps {
  /** Null in browser mode. */
  readonly printer: PdfPrinter | null;
  /** The save dialog and file manager; null in browser mode. */
  readonly files: SaveHost | null;
  readonly open: (id: MapId) => MapDocument;
  /** Imports the text of a portable map file (the service's `maps:import`). */
  readonly importText: (text: string) => MapSummary;
  /**
   * The map file attached to a PDF, or null: `extractMapFile` run in the untrusted-file
   * worker, so a hostile PDF is refused within its budgets and never holds up the app.
   */
  readonly readMapFile: (pdf: Uint8Array) => Promise<string | null>;
}

const NO_MAP_INSIDE =
  'This PDF does not carry a Decision Map file, so there is no map in it to import. Only a PDF saved with the desktop app’s Export → PDF carries its map; import the .decisionmap.json instead. Nothing was changed.';

export function pdfHandlers(deps: PdfDeps): Pick<Handlers, 'export:pdf' | 'maps:importPdf'> {
  return {
    'export:pdf': async ({ id, size, orientation, sections, lanes }) => {
      const { printer, files } = deps;
      if (!printer || !files) throw new AppError('PDF_DESKTOP_ONLY');
      const doc = deps.open(id);
      const target = await files.chooseTarget(fileNameFor(doc.info.name, 'pdf'), 'pdf');
      if (target === null) return { cancelled: true as const };
      let bytes: Uint8Array;
      try {
        const printed = await printer.print(
          id,
          { size, orientation, sections, lanes },
          doc.info.name,
        );
        bytes = await attachMapFile(printed, doc);
      } catch (error) {
        if (error instanceof AppError) throw error;
        const failure = new AppError('PDF_FAILED');
        failure.cause = error;
        throw failure;
      }
      try {
        writeFileAtomic(target, bytes);
      } catch (error) {
        const failure = new AppError('FILE_NOT_SAVED');
        failure.cause = error;
        throw failure;
      }
      files.reveal(target);
      return { path: target };
    },

    'maps:importPdf': async ({ base64 }) => {
      const bytes = Buffer.from(base64, 'base64');
      let text: string | null;
      try {
        text = await deps.readMapFile(bytes);
      } catch (error) {
        // Support learns which budget a refused file hit; the log never holds its content.
        if (error instanceof FileRefused && error.code === 'FILE_OVER_LIMIT') {
          logWarn('pdf', `an imported PDF was refused: over its ${error.reason} budget`);
        }
        throw error;
      }
      if (text === null) {
        // A browser cannot attach the map file: say so, rather than blame the file.
        if (printedByBrowser(bytes)) throw new AppError('PDF_PRINTED_BY_BROWSER');
        throw new AppError('INVALID_FILE', NO_MAP_INSIDE);
      }
      return deps.importText(text);
    },
  };
}
