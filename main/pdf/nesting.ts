/**
 * How deeply a PDF nests arrays and dictionaries, read from its bytes before any parser
 * builds objects from them: pdf-lib parses nesting by recursion, so a file of a million
 * `[` would otherwise be met only as a stack overflow somewhere inside it. One pass over the
 * bytes, skipping what is not structure: strings `( … )` (with escapes and balanced
 * parentheses), comments, and the binary data of streams (from `stream` to `endstream`).
 * Object streams are checked the same way once unpacked (loadBudget.ts).
 */
const LEFT_SQUARE = 0x5b;
const RIGHT_SQUARE = 0x5d;
const LESS = 0x3c;
const GREATER = 0x3e;
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const BACKSLASH = 0x5c;
const PERCENT = 0x25;
const CR = 0x0d;
const LF = 0x0a;

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/** Whitespace and delimiters end a keyword in PDF syntax. */
function isBoundary(byte: number | undefined): boolean {
  return (
    byte === undefined ||
    byte === 0x20 ||
    byte === CR ||
    byte === LF ||
    byte === 0x09 ||
    byte === 0x0c ||
    byte === 0x00 ||
    byte === GREATER ||
    byte === RIGHT_SQUARE ||
    byte === RIGHT_PAREN
  );
}

/** The index just past a string that starts at `start` (its `(`). */
function skipString(bytes: Buffer, start: number): number {
  let depth = 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === BACKSLASH) i++;
    else if (byte === LEFT_PAREN) depth++;
    else if (byte === RIGHT_PAREN && --depth === 0) return i + 1;
  }
  return bytes.length;
}

/**
 * Whether arrays and dictionaries in `pdf` nest deeper than `limit`. Stops at the first
 * level over the limit, so a hostile file costs one pass at most.
 */
export function nestsDeeperThan(pdf: Uint8Array, limit: number): boolean {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === LEFT_SQUARE || (byte === LESS && bytes[i + 1] === LESS)) {
      if (byte === LESS) i++;
      if (++depth > limit) return true;
    } else if (byte === RIGHT_SQUARE || (byte === GREATER && bytes[i + 1] === GREATER)) {
      if (byte === GREATER) i++;
      depth = Math.max(0, depth - 1);
    } else if (byte === LEFT_PAREN) {
      i = skipString(bytes, i) - 1;
    } else if (byte === PERCENT) {
      while (i < bytes.length && bytes[i] !== CR && bytes[i] !== LF) i++;
    } else if (
      byte === 0x73 && // 's'
      isBoundary(bytes[i - 1]) &&
      bytes.compare(STREAM, 0, STREAM.length, i, i + STREAM.length) === 0 &&
      (bytes[i + STREAM.length] === CR || bytes[i + STREAM.length] === LF)
    ) {
      const end = bytes.indexOf(ENDSTREAM, i + STREAM.length);
      if (end < 0) return false;
      i = end + ENDSTREAM.length - 1;
    }
  }
  return false;
}
