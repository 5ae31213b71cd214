/**
 * The rules for a single piece of text or an id, as plain functions: the zod fields in
 * `fields.ts` and the reducer's own checks are built on these, so every door words a
 * refusal the same way.
 */

/**
 * Ids the app may never hold. Maps keep elements in plain records keyed by id: `__proto__`
 * would replace a record's prototype, and the names `Object.prototype` holds would be found
 * on every record, existing or not. Fixed here rather than read from the running engine, so
 * that Node and every browser refuse exactly the same ids.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/**
 * Where the first half-character of `text` is: a UTF-16 surrogate without its partner,
 * which no real text holds and which UTF-8 (SQLite, files, the network) cannot carry. It
 * would be stored as U+FFFD, so two ids differing only there would become one. -1 when the
 * text is well formed.
 */
export function brokenCharacterAt(text: string): number {
  if (text.isWellFormed()) return -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (code >= 0xdc00 && code <= 0xdfff) return i;
  }
  return -1;
}

/** Why `text` cannot be kept, as the end of a sentence about a field; null when it can. */
export function brokenTextProblem(text: string): string | null {
  const at = brokenCharacterAt(text);
  if (at < 0) return null;
  const hex = text.charCodeAt(at).toString(16).toUpperCase();
  return (
    `has half of a character at position ${at + 1} (a lone surrogate, \\u${hex}); ` +
    'text must be valid Unicode, so Decision Map does not keep it'
  );
}

/** Why `id` cannot be used, as the end of a sentence about the field; null when it can. */
export function reservedIdProblem(id: string): string | null {
  return RESERVED_IDS.has(id) ? `is ${id}, a name Decision Map reserves; use another id` : null;
}

/**
 * `text` cut to at most `max` UTF-16 units without cutting a character in half: a cut
 * between the two halves of an emoji would leave a lone surrogate that every door refuses.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const NOT_ASCII = /[\u0080-\uffff]/;

/** The UTF-8 size of well-formed `text`, in bytes, without encoding it. */
export function utf8Bytes(text: string): number {
  // One byte per UTF-16 unit to start with, then what each unit needs beyond that. Most
  // text is ASCII, and the engine's regex finds that out far faster than a loop here.
  let bytes = text.length;
  const first = text.search(NOT_ASCII);
  if (first < 0) return bytes;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is two units and four bytes; a lone half is written as U+FFFD, three.
      bytes += 2;
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    } else bytes += 2;
  }
  return bytes;
}
