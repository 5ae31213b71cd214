/**
 * Every parser of files from outside, by name: the untrusted worker runs only these, so a
 * new importer (BPMN, draw.io) adds its entry here and is then run with
 * `parseUntrusted(worker, 'its-name', bytes)` within the same budgets. A parser takes the
 * file's bytes and the limits, counts its work with a `Meter`, and throws `FileRefused`.
 */
import { readBpmn } from '../import/bpmnParser';
import { readDrawio } from '../import/drawio';
import { extractMapFile } from '../pdf/extract';
import type { BpmnModel } from '../../shared/import/bpmn/model';
import type { DrawioFile } from '../../shared/import/drawioCells';
import type { Limits } from './limits';

export const PARSERS = {
  /** The portable map file attached to a PDF Decision Map exported; null when none. */
  'pdf-map-file': (bytes: Uint8Array, limits: Limits): Promise<string | null> =>
    extractMapFile(bytes, limits),
  /** A draw.io diagram's pages and cells as plain data for shared/import/drawio.ts. */
  drawio: (bytes: Uint8Array, limits: Limits): Promise<DrawioFile> => readDrawio(bytes, limits),
  /** A BPMN 2.0 file as plain data for the pure mapping (shared/import/bpmn). */
  'bpmn-model': (bytes: Uint8Array, limits: Limits): Promise<BpmnModel> => readBpmn(bytes, limits),
} as const;

export type ParserName = keyof typeof PARSERS;
export type ParserResult<Name extends ParserName> = Awaited<ReturnType<(typeof PARSERS)[Name]>>;
