/**
 * Reads untrusted JSON text without giving it a way to hurt the app: too large is refused
 * before anything else, nesting is measured by a flat scan before `JSON.parse` (so neither
 * the parser nor any later walk can run out of stack), and keys that could reach an
 * object's prototype are refused wherever they appear.
 */
import { LIMITS } from '../content/limits';
import { utf8Bytes } from '../content/text';

/** Largest file read, in UTF-8 bytes: the one limit of shared/content/limits.ts. */
export const MAX_FILE_BYTES: number = LIMITS.fileBytes;

/**
 * The same number, for callers that hold text: a text of at most MAX_FILE_BYTES bytes has
 * at most this many characters, so it is the right first check of a string's length.
 */
export const MAX_FILE_CHARS: number = MAX_FILE_BYTES;

/** Deepest nesting of objects and lists; a real map file needs six levels. */
export const MAX_DEPTH = 64;

/** Keys that mean something to JavaScript objects and never to a map file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: string };

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const OPEN_LIST = 91;
const CLOSE_OBJECT = 125;
const CLOSE_LIST = 93;

/** Where the string that opens at `start` (a quote) closes, or -1 when it never does. */
function closingQuote(text: string, start: number): number {
  for (let at = text.indexOf('"', start + 1); at !== -1; at = text.indexOf('"', at + 1)) {
    // A quote is escaped when an odd number of backslashes precede it.
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * The deepest nesting in JSON text, counting only brackets outside strings; one pass, no
 * recursion, no allocation. Stops early once deeper than `stopAbove`. Strings are skipped
 * with `indexOf`, which is what keeps this fast on files that are mostly text.
 */
export function maxNesting(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = closingQuote(text, i);
      if (i === -1) break;
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) break;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      depth--;
    }
  }
  return deepest;
}

interface WalkEntry {
  readonly value: unknown;
  readonly parent: WalkEntry | null;
  readonly key: string | number;
}

const isContainer = (value: unknown): boolean => value !== null && typeof value === 'object';

function pathOf(entry: WalkEntry | null): string {
  const parts: (string | number)[] = [];
  for (let e = entry; e?.parent; e = e.parent) parts.push(e.key);
  return parts
    .reverse()
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/**
 * The first forbidden key in a parsed value and the path of the object holding it, or null.
 * Walks with an explicit stack, not recursion; paths are only spelled out for a hit.
 */
export function findForbiddenKey(value: unknown): { key: string; path: string } | null {
  const stack: WalkEntry[] = [{ value, parent: null, key: '' }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const current = entry.value;
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        if (isContainer(current[i])) stack.push({ value: current[i], parent: entry, key: i });
      }
    } else if (current !== null && typeof current === 'object') {
      // JSON.parse makes `__proto__` an own key, so Object.keys sees it.
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) return { key, path: pathOf(entry) };
        const child = (current as Record<string, unknown>)[key];
        if (isContainer(child)) stack.push({ value: child, parent: entry, key });
      }
    }
  }
  return null;
}

/** Parses JSON text from outside the app; refuses, with one sentence, what it will not read. */
export function parseUntrustedJson(input: string): JsonResult {
  // Measured as the file on disk is, in UTF-8 bytes; a UTF-16 unit is at most three.
  if (
    input.length > MAX_FILE_CHARS ||
    (input.length * 3 > MAX_FILE_BYTES && utf8Bytes(input) > MAX_FILE_BYTES)
  ) {
    return { ok: false, problem: 'The file is larger than 50 MB, more than Decision Map reads.' };
  }
  // Some editors on Windows start a UTF-8 file with a byte-order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (maxNesting(text, MAX_DEPTH) > MAX_DEPTH) {
    return {
      ok: false,
      problem: `The file nests lists and objects more than ${MAX_DEPTH} levels deep, so it is not a map file.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      problem: `This is not a Decision Map file: it is not valid JSON${detail}.`,
    };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    const where = forbidden.path === '' ? 'at the top level' : `in ${forbidden.path}`;
    return {
      ok: false,
      problem: `The file has a key named ${forbidden.key} ${where}; that name is not allowed in a map file.`,
    };
  }
  return { ok: true, value };
}
