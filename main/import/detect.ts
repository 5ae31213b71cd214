/**
 * Telling what a process file is by its content, and refusing the XML tricks before any
 * parser sees them: a DOCTYPE or ENTITY declaration (billion laughs, external entities —
 * no BPMN or draw.io file needs one), more elements than any model holds, text that is not
 * XML. Cheap scans of the bytes, so each refusal comes at once.
 */
import { AppError } from '../../shared/errors';

export type ProcessFileKind = 'bpmn' | 'drawio';

/** The BPMN 2.0 model namespace; DMN's is refused with its own message. */
const BPMN_MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const DMN = /http:\/\/www\.omg\.org\/spec\/DMN\//;

/** Most elements (start tags) one file may hold: far above any real model. */
export const MAX_ELEMENTS = 100_000;
/** Largest process file read, as the largest map file. */
export const MAX_PROCESS_FILE_BYTES = 50 * 1024 * 1024;

const refuse = (message: string) => new AppError('INVALID_FILE', `${message} Nothing was changed.`);

/** The file's text: its XML declaration's encoding (UTF-8 when it names none or an unknown one). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // The text is a JavaScript string now: its declaration must not send a parser decoding again.
  return decoder.decode(bytes).replace(/^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']/, '$1');
}

/** Counts start tags, stopping as soon as there are more than `max`. */
export function countElements(text: string, max = MAX_ELEMENTS): number {
  let count = 0;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    // Not `</`, `<!` or `<?`.
    if (next !== 47 && next !== 33 && next !== 63 && ++count > max) return count;
  }
  return count;
}

/**
 * The kind of process file `text` is, or an INVALID_FILE refusal in the user's words: a
 * DOCTYPE or ENTITY, too many elements, not XML, DMN, or XML of another kind.
 */
export function detectProcessFile(text: string, fileName: string): ProcessFileKind {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw refuse(
      `“${fileName}” declares a DOCTYPE or entities, which process models never need and which can be used to harm, so it was not read.`,
    );
  }
  const root =
    /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(
      text.replace(/^\uFEFF/, ''),
    );
  if (!root) throw refuse(`“${fileName}” is not a BPMN or draw.io file: it is not XML.`);
  const [, , local, attributes = ''] = root;
  if (countElements(text) > MAX_ELEMENTS) {
    throw refuse(
      `“${fileName}” has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, more than any process model Decision Map reads.`,
    );
  }
  if (local === 'mxfile' || local === 'mxGraphModel') return 'drawio';
  if (local === 'definitions' && DMN.test(attributes)) {
    throw refuse(
      `“${fileName}” is a DMN decision table file, not a BPMN process: there are no steps to import.`,
    );
  }
  if (local === 'definitions' && attributes.includes(BPMN_MODEL)) return 'bpmn';
  throw refuse(
    `“${fileName}” is XML, but not a BPMN 2.0 process or a draw.io diagram, so there is nothing to import.`,
  );
}
