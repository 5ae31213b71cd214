/**
 * Turns an error into one log-safe line: no map content. The log may be attached to a bug
 * report, so it must never carry a map's name, a step's label, a criterion or a file name.
 *
 * What is kept, and why it is safe:
 * - the error's name and its code (`TypeError`, `SqliteError SQLITE_FULL`, `ENOSPC`): words
 *   chosen by programs, checked against a strict pattern;
 * - the stack frames (`at save (…/main/store/mapStore.ts:120:5)`): function names and the
 *   app's own file paths, never data;
 * - the message, cut down by `scrubMessage`:
 *   - everything from the first quotation mark on is dropped (a single quoted character
 *     stays: `Expected ',' or '}'`). Messages quote the values
 *     they complain about: V8's JSON.parse quotes a slice of the text it failed on
 *     (`Unexpected token 'S', "Secret step" is not valid JSON`), Node quotes paths
 *     (`ENOENT: no such file or directory, open '/…/Budget review.pdf'`), SQLite quotes
 *     tokens (`near "x": syntax error`), our import problems quote values from the file.
 *     Matching quote pairs is not enough (a JSON slice has unbalanced quotes), so the rest
 *     of the message goes;
 *   - remaining file paths become `<path>`, and the message is capped at 200 characters;
 *   - an AppError keeps its message only when it is the fixed one for its code; a message
 *     of its own is cut at the first colon as well, since some name the problems of an
 *     imported file after one ("This file could not be imported: …");
 *   - a ZodError (whose message is a JSON dump of the issues, with received values and
 *     record keys) is replaced by its issue count and codes.
 *   What remains is wording written by a program: SQLite names only identifiers of our own
 *   SQL (values are always bound parameters, never part of the SQL text), V8 and Node
 *   describe the failed operation.
 * - causes (`error.cause`), scrubbed the same way, three deep at most.
 * Anything thrown that is not an Error is logged by its type only.
 */
import { ERROR_MESSAGES, isErrorCode } from '../../shared/errors';

const MAX_MESSAGE = 200;
const MAX_FRAMES = 12;
const MAX_CAUSES = 3;

const QUOTES = new Set(['"', '`', '“', '”', '„', '«', '»', '‹', '›']);
const SINGLE_QUOTES = new Set(["'", '‘', '’']);
const LETTER = /[\p{L}\p{N}]/u;
// Two or more path segments (`/home/a/b`, `C:\Users\a`), or a file URL.
const PATH = /(?:file:\/\/\S*|(?:[A-Za-z]:)?(?:[\\/][^\s\\/,;:()[\]]+){2,}[\\/]?)/g;

/**
 * Where the first quotation mark is. Not one: an apostrophe inside a word (can't), and a
 * single quoted character (V8's `Expected ',' or '}' after property value`), which is
 * punctuation the parser expected, or at most one letter of a text.
 */
function firstQuote(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const isQuote = QUOTES.has(char) || SINGLE_QUOTES.has(char);
    if (isQuote && text[i + 2] === char && text[i + 1] !== char) {
      i += 2;
      continue;
    }
    if (QUOTES.has(char)) return i;
    if (SINGLE_QUOTES.has(char)) {
      const inWord = LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
      if (!inWord) return i;
    }
  }
  return -1;
}

/** A message with whatever could be data taken out (see the header). */
export function scrubMessage(message: string, options: { cutAtColon?: boolean } = {}): string {
  let text = message.split(/\r?\n/, 1)[0] ?? '';
  let cut = text.length < message.trimEnd().length;
  const quote = firstQuote(text);
  if (quote !== -1) {
    text = text.slice(0, quote);
    cut = true;
  }
  if (options.cutAtColon) {
    const colon = text.indexOf(':');
    if (colon !== -1) {
      text = text.slice(0, colon);
      cut = true;
    }
  }
  text = text.replace(PATH, '<path>').trim();
  if (text.length > MAX_MESSAGE) {
    text = text.slice(0, MAX_MESSAGE).trimEnd();
    cut = true;
  }
  return cut ? `${text}…` : text;
}

const NAME = /^[A-Za-z_$][\w$.]{0,60}$/;
const CODE = /^[A-Z][A-Z0-9_]{1,60}$/;

function messageOf(error: Error & { code?: unknown; issues?: unknown }): string {
  if (error.name === 'ZodError' && Array.isArray(error.issues)) {
    const codes = [
      ...new Set(error.issues.map((issue) => String((issue as { code?: unknown }).code))),
    ];
    return `${error.issues.length} validation issue(s): ${scrubMessage(codes.join(', '))}`;
  }
  if (error.name === 'AppError' && isErrorCode(error.code)) {
    if (error.message === ERROR_MESSAGES[error.code]) return error.message;
    return scrubMessage(error.message, { cutAtColon: true });
  }
  return scrubMessage(String(error.message));
}

function framesOf(error: Error): string[] {
  const stack = typeof error.stack === 'string' ? error.stack : '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim().replace(/[\r\n]/g, ' '));
}

function headOf(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${error === null ? 'null' : typeof error}`;
  const { code } = error as { code?: unknown };
  const name = NAME.test(error.name) ? error.name : 'Error';
  const message = messageOf(error);
  // Node's messages start with their code already (`ENOSPC: no space left on device`).
  const coded =
    typeof code === 'string' && CODE.test(code) && !message.startsWith(code) ? ` ${code}` : '';
  return `${name}${coded}${message ? `: ${message}` : ''}`;
}

/**
 * One line describing `error`: `Name CODE: message | at frame < at frame | caused by …`.
 * Never throws, whatever it is given.
 */
export function describeError(error: unknown): string {
  try {
    const parts: string[] = [];
    let current: unknown = error;
    for (let depth = 0; depth <= MAX_CAUSES && current !== undefined; depth++) {
      const frames = current instanceof Error ? framesOf(current) : [];
      const head = headOf(current);
      parts.push(
        `${depth === 0 ? '' : 'caused by '}${head}${frames.length > 0 ? ` | ${frames.join(' < ')}` : ''}`,
      );
      current = current instanceof Error ? current.cause : undefined;
    }
    return parts.join(' | ');
  } catch {
    return 'an error that could not be described';
  }
}
