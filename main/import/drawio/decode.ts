/**
 * The text of a draw.io file and of its compressed pages, checked before any XML parser
 * sees it: no DOCTYPE or ENTITY declaration (billion laughs, external entities — draw.io
 * never writes one), no more elements than the budget, and compressed pages unpacked by
 * Node's zlib with `maxOutputLength`, so a deflate bomb stops at the inflated-bytes budget
 * instead of being unpacked first and measured after.
 *
 * draw.io compresses a page as base64 of raw deflate of the URI-encoded XML
 * (`Graph.compress` in draw.io's sources); `unpackPage` undoes the three in turn.
 */
import { inflateRawSync } from 'node:zlib';
import { FileRefused, type Meter } from '../../untrusted/limits';

const NOTHING_CHANGED = 'Nothing was changed.';

/** A refusal of a file that is not a readable draw.io diagram. */
export function notDrawio(why: string): FileRefused {
  return new FileRefused('damaged', 'INVALID_FILE', `${why} ${NOTHING_CHANGED}`);
}

export const NOT_XML = 'This file is not a draw.io diagram: it is not XML.';
export const DAMAGED_PAGE =
  'A page of this draw.io file is damaged: its compressed contents could not be unpacked.';
export const ENTITIES =
  'This file declares a DOCTYPE or entities, which draw.io diagrams never contain and which can be used to harm, so it was not read.';

/** The file's text. draw.io writes UTF-8; bytes that are not UTF-8 are not a draw.io file. */
export function fileText(bytes: Uint8Array): string {
  try {
    // `fatal`: a stray byte is a sign of another kind of file, not something to paper over.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notDrawio(NOT_XML);
  }
}

/** Refuses text with a DOCTYPE or ENTITY declaration, before it is parsed. */
export function refuseDeclarations(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw notDrawio(ENTITIES);
}

/**
 * Counts the start tags of `text` against the meter's element budget (`limits.nodes`), a
 * cheap scan done before parsing so that a file with too many elements is refused at once.
 * Counts `<` followed by a name character; one inside a comment counts too, which only errs
 * on the safe side.
 */
export function countElements(text: string, meter: Meter, counted: { elements: number }): void {
  const max = meter.limits.nodes;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    // Not `</`, `<!` or `<?`.
    if (next === 47 || next === 33 || next === 63) continue;
    if (++counted.elements > max) throw tooManyElements(max);
  }
  meter.checkTime();
}

export function tooManyElements(max: number): FileRefused {
  return new FileRefused(
    'nodes',
    'FILE_OVER_LIMIT',
    `This file was not imported: it has more than ${max.toLocaleString('en')} elements, far more than any diagram draw.io can draw. ${NOTHING_CHANGED}`,
  );
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The XML of a compressed page: base64, then raw deflate, then URI encoding undone. */
export function unpackPage(content: string, meter: Meter): string {
  const base64 = content.replace(/\s+/g, '');
  if (!BASE64.test(base64) || base64.length % 4 !== 0) throw notDrawio(DAMAGED_PAGE);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(Buffer.from(base64, 'base64'), {
      maxOutputLength: Math.max(1, meter.inflatedLeft),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      meter.fail('inflated-bytes');
    }
    throw notDrawio(DAMAGED_PAGE);
  }
  meter.inflate(inflated.length);
  try {
    // URI encoding leaves only ASCII, so latin1 reads the bytes as they are.
    return decodeURIComponent(inflated.toString('latin1'));
  } catch {
    throw notDrawio(DAMAGED_PAGE);
  }
}
