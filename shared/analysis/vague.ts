/**
 * Vague wording in criteria: what the inspector highlights while typing, and what
 * `criteria.vague` reports. The word lists are data in `vagueWords.ts`.
 *
 * One regular expression per list, with ASCII word boundaries: the engine compiles it to
 * native code, about a quarter of a microsecond per criterion, which matters because the
 * analysis runs on every edit over maps with thousands of criteria. (A Unicode look-behind
 * in the expression itself was four times slower.) Letters of other scripts are then
 * checked around each match, so "clean" does not match inside "cleané".
 */
import { CHECKABLE_REFERENCES, DATE_WORDS, VAGUE_PHRASES } from './vagueWords';

/** A vague phrase found in a text, as written there, with its position. */
export interface VagueMatch {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word alternation of the phrases, longest first so the longest phrase wins. Words of
 * a phrase may be joined by spaces, hyphens or nothing: "on brand", "on-brand", "onbrand".
 */
function pattern(phrases: readonly string[]): string {
  const parts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .toLowerCase()
        .split(/[\s-]+/)
        .filter(Boolean)
        .map(escape)
        .join('[\\s-]*'),
    );
  return `\\b(?:${parts.join('|')})\\b`;
}

const VAGUE = new RegExp(pattern(VAGUE_PHRASES), 'gi');
const REFERENCES = new RegExp(pattern([...CHECKABLE_REFERENCES, ...DATE_WORDS]), 'gi');
// The same, for a yes/no question that allocates nothing: most criteria are not vague.
const ANY_VAGUE = new RegExp(VAGUE.source, 'i');
const ANY_REFERENCE = new RegExp(REFERENCES.source, 'i');
const NOT_ASCII = /[\u0080-\uffff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** True when the character at i is a letter or digit beyond ASCII (which `\b` does not see). */
function isOtherLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length || text.charCodeAt(i) < 128) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Shared by every text without a match: most criteria have none, and need no new array. */
export const NO_MATCHES: readonly VagueMatch[] = Object.freeze([]);
const NONE = NO_MATCHES;

/** Matches of a list in the text, left to right, without overlaps. */
function find(text: string, re: RegExp, firstOnly: boolean): readonly VagueMatch[] {
  let found: VagueMatch[] | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // A letter of another script right before or after: not a whole word; look further on.
    if (isOtherLetterAt(text, start - 1) || isOtherLetterAt(text, end)) {
      re.lastIndex = start + 1;
      continue;
    }
    (found ??= []).push({ word: m[0], start, end });
    if (firstOnly) break;
  }
  re.lastIndex = 0;
  return found ?? NONE;
}

/** Every vague phrase in the text (case-insensitive, whole words), left to right, without overlaps. */
export function vagueWordsIn(text: string): readonly VagueMatch[] {
  return find(text, VAGUE, false);
}

/**
 * True when the text names something a person can check: a number (a count, a percentage,
 * a date such as "12 March", a version such as "v3"), a month or weekday, or a named
 * checklist, document, template, guide, spec or list.
 */
export function isCheckable(text: string): boolean {
  if (DIGIT.test(text)) return true;
  if (!ANY_REFERENCE.test(text)) return false;
  // In plain ASCII text `\b` is exact; otherwise check the boundaries one match at a time.
  return !NOT_ASCII.test(text) || find(text, REFERENCES, true).length > 0;
}

/** The vague phrases of a criterion that has nothing checkable; empty when it is fine. */
export function vagueCriterion(text: string): readonly VagueMatch[] {
  if (!ANY_VAGUE.test(text) || isCheckable(text)) return NONE;
  return find(text, VAGUE, false);
}
