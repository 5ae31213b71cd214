/**
 * `maps:importModel`: a process model (BPMN, draw.io) becomes a new map. The map the
 * mapping made goes through the portable file's own import (`importText`), so it passes
 * every check any map passes, and a refusal writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/api/contract';
import { serializeMapFile } from '../../shared/file-format';
import { describeReport } from '../../shared/import/report';
import type { BpmnModel } from '../../shared/import/bpmn/model';
import type { DrawioFile } from '../../shared/import/drawioCells';
import type { MapSummary } from '../../shared/model';
import { logWarn } from '../log';
import { FileRefused } from '../untrusted/limits';
import { openProcessFile } from '.';

export interface ModelImportDeps {
  readonly parseBpmn: (bytes: Uint8Array) => Promise<BpmnModel>;
  readonly parseDrawio: (bytes: Uint8Array) => Promise<DrawioFile>;
  readonly importText: (text: string) => MapSummary;
}

export function modelImportHandlers(deps: ModelImportDeps): Pick<Handlers, 'maps:importModel'> {
  return {
    'maps:importModel': async ({ fileName, base64, page }) => {
      const bytes = Buffer.from(base64, 'base64');
      try {
        const opened = await openProcessFile(
          fileName,
          bytes,
          {
            parseBpmn: deps.parseBpmn,
            parseDrawio: deps.parseDrawio,
            newMapId: () => randomUUID(),
          },
          { page, askForPage: true },
        );
        if ('pages' in opened) return { pages: [...opened.pages] };
        const { doc, report } = opened;
        return { map: deps.importText(serializeMapFile(doc)), report: describeReport(report) };
      } catch (error) {
        // Support learns which budget a refused file hit; the log never holds its content.
        if (error instanceof FileRefused && error.code === 'FILE_OVER_LIMIT') {
          logWarn(
            'import',
            `an imported process model was refused: over its ${error.reason} budget`,
          );
        }
        throw error;
      }
    },
  };
}
