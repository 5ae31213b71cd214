/**
 * Reading a file a person chose or dropped on Home, before anything is sent to main: too
 * large is refused without reading a byte, a PDF is told apart from a map file, and text
 * that is not UTF-8 is refused rather than read as mangled characters.
 */
import { MAX_PDF_BYTES } from '../../../shared/api/contract';
import { MAX_FILE_CHARS } from '../../../shared/file-format/safeJson';
import { bytesToBase64 } from '../files/base64';
import { Refusal } from '../files/refusal';

/** What the file input offers; dropping any other file is still tried (and explained). */
export const IMPORT_ACCEPT =
  '.decisionmap.json,.json,.pdf,.bpmn,.xml,.drawio,application/json,application/pdf,application/xml,text/xml';

export type ImportSource =
  | { readonly kind: 'map'; readonly text: string }
  | { readonly kind: 'pdf'; readonly base64: string }
  /** A process model (BPMN, draw.io): main tells the kind by its content. */
  | { readonly kind: 'model'; readonly fileName: string; readonly base64: string };

const quoted = (file: File) => `“${file.name}”`;

/** A PDF by its name, its type or its first bytes (`%PDF-`), whichever says so. */
function isPdf(file: File, head: Uint8Array): boolean {
  const magic = String.fromCharCode(...head.subarray(0, 5));
  return /\.pdf$/i.test(file.name) || file.type === 'application/pdf' || magic === '%PDF-';
}

/**
 * A process model by its name (.bpmn, .drawio, .xml) or its first characters (an XML
 * declaration or tag): main reads its content to tell BPMN from draw.io.
 */
function isProcessModel(file: File, head: Uint8Array): boolean {
  if (/\.(bpmn2?|drawio|xml)$/i.test(file.name)) return true;
  const start = new TextDecoder('latin1')
    .decode(head.subarray(0, 64))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  return /^\s*</.test(start);
}

/** Reads a file for import, or throws a Refusal whose message names the file and the problem. */
export async function readImportFile(file: File): Promise<ImportSource> {
  if (file.size > MAX_FILE_CHARS) {
    throw new Refusal(
      `${quoted(file)} is larger than 50 MB, more than Decision Map reads. Nothing was changed.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new Refusal(`${quoted(file)} could not be read. Nothing was changed.`);
  }
  if (isPdf(file, bytes)) {
    if (bytes.length > MAX_PDF_BYTES) {
      throw new Refusal(
        `${quoted(file)} is larger than 40 MB, more than Decision Map reads from a PDF. Nothing was changed.`,
      );
    }
    return { kind: 'pdf', base64: bytesToBase64(bytes) };
  }
  if (isProcessModel(file, bytes)) {
    return { kind: 'model', fileName: file.name, base64: bytesToBase64(bytes) };
  }
  try {
    // `fatal` refuses bytes that are not UTF-8; a leading byte-order mark is dropped.
    return { kind: 'map', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new Refusal(
      `${quoted(file)} is not a Decision Map file: it is not text. Nothing was changed.`,
    );
  }
}
