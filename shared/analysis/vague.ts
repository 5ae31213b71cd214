/**
 * Is a criterion testable? What `criteria.vague` reports, what readiness counts, and what the
 * inspector highlights while the room types: one function, so they always agree.
 *
 * Judged by what the criterion names, not by a list of bad phrases:
 * - *testable* when it names something a person can check: a number, threshold, date or
 *   duration; a named document, checklist, standard, field or system; or a yes/no condition
 *   about a thing ("the PO number is present", "signed by the budget holder");
 * - *vague* when it is only an evaluation ("looks fine", "needs work", "good enough",
 *   "ASAP", "as appropriate") with nothing checkable beside it, or when it names no subject
 *   at all ("Approved", "Done", "Signed off by stakeholders").
 *
 * Deterministic and fast: a few regular expressions over the text (compiled to native code
 * by the engine), no model and no network. The same criterion text is judged once and
 * remembered, because on a large map the same few phrasings recur thousands of times and the
 * analysis runs on every keystroke. The vocabulary is data, in `vagueWords.ts`.
 */
import {
  CHECKABLE,
  EVALUATION_PATTERNS,
  EVALUATIONS,
  NOT_A_SUBJECT,
  NUMBER_NAMES,
  TIMING,
} from './vagueWords';

/** Words of a criterion that make it vague, as written there, with their position. */
export interface VagueMatch {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word alternation of the phrases (and of `raw` regular expression sources), longest
 * first so the longest phrase wins. Words of a phrase may be joined by spaces, hyphens or
 * nothing: "on brand", "on-brand", "onbrand". "Whole word" is checked by look-arounds for an
 * ASCII word character, so a phrase may end in a full stop ("i.O.").
 */
function pattern(phrases: readonly string[], raw: readonly string[] = []): string {
  const parts = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .toLowerCase()
        .split(/[\s-]+/)
        .filter(Boolean)
        .map(escape)
        .join('[\\s-]*'),
    );
  return `(?<![\\w])(?:${[...raw, ...parts].join('|')})(?![\\w])`;
}

const EVALUATION = new RegExp(pattern(EVALUATIONS, EVALUATION_PATTERNS), 'gi');
const ANY_EVALUATION = new RegExp(EVALUATION.source, 'i');
const CHECKABLE_WORD = new RegExp(pattern(CHECKABLE), 'gi');
const ANY_CHECKABLE_WORD = new RegExp(CHECKABLE_WORD.source, 'i');
const TIMING_ONLY = new RegExp(`^${pattern(TIMING)}$`, 'i');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const NOT_ASCII = /[\u0080-\uffff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const NUMBER = /\p{N}+/gu;
const LETTER_BEFORE = /\p{L}$/u;
const NAMED_BY = new RegExp(`(?<![\\w])(?:${NUMBER_NAMES.join('|')})[\\s.#:]*$`, 'i');
const FUNCTION_WORDS: ReadonlySet<string> = new Set(NOT_A_SUBJECT);

/** True when the character at i is a letter or digit beyond ASCII (which `\b` does not see). */
function isOtherLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length || text.charCodeAt(i) < 128) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Shared by every text without a match: most criteria have none, and need no new array. */
export const NO_MATCHES: readonly VagueMatch[] = Object.freeze([]);

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
  return found ?? NO_MATCHES;
}

/** Every evaluation in the text ("looks fine", "ASAP"), left to right, without overlaps. */
export function vagueWordsIn(text: string): readonly VagueMatch[] {
  if (!ANY_EVALUATION.test(text)) return NO_MATCHES;
  return find(text, EVALUATION, false);
}

/**
 * True when the text names something to check against: a number that measures (a count, an
 * amount, a percentage, a date such as "12 March"), a count, date or duration in words, or a
 * named checklist, guide, policy, standard, list or limit.
 */
export function isCheckable(text: string): boolean {
  if (DIGIT.test(text) && hasMeasure(text)) return true;
  if (!ANY_CHECKABLE_WORD.test(text)) return false;
  // In plain ASCII text `\b` is exact; otherwise check the boundaries one match at a time.
  return !NOT_ASCII.test(text) || find(text, CHECKABLE_WORD, true).length > 0;
}

/**
 * True when some number in the text is a measure, not a name: "within 2%", "by 12 March",
 * "2 approvals", but not "version 2", "top 3", "Q3" or "v2".
 */
function hasMeasure(text: string): boolean {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (LETTER_BEFORE.test(before) || NAMED_BY.test(before)) continue;
    NUMBER.lastIndex = 0;
    return true;
  }
  return false;
}

/** The text with its evaluations blanked out: what is left to name a subject or a standard. */
function withoutEvaluations(text: string, evaluations: readonly VagueMatch[]): string {
  let rest = text;
  for (let i = evaluations.length - 1; i >= 0; i--) {
    const m = evaluations[i]!;
    rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  }
  return rest;
}

/**
 * True when the text names a subject: some word that is not an article, a link, a pronoun,
 * the verb of a condition ("signed", "approved") or a party nobody can ask ("stakeholders").
 */
function namesASubject(text: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (!FUNCTION_WORDS.has(m[0].toLowerCase())) {
      WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * Judges one criterion; see `vagueCriterion`. What is checkable is looked for outside the
 * evaluations, so "to a high standard" is not rescued by its own word "standard", while "on
 * brand per the brand checklist" is, by the checklist it names.
 */
function judge(text: string): readonly VagueMatch[] {
  const evaluations = vagueWordsIn(text);
  if (evaluations.length === 0) {
    // Most criteria: no evaluation, and a subject among their first words.
    if (text.trim() === '' || namesASubject(text) || isCheckable(text)) return NO_MATCHES;
    // Nothing but a verdict ("Approved", "Signed off by stakeholders"): the whole of it.
    const start = text.search(/\S/);
    const end = text.trimEnd().length;
    return Object.freeze([{ word: text.slice(start, end), start, end }]);
  }
  return isCheckable(withoutEvaluations(text, evaluations)) ? NO_MATCHES : evaluations;
}

/**
 * Judged criteria by their text, in two generations: when the newer fills up it becomes the
 * older and a fresh one starts, and a text found in the older moves back. A map's criteria
 * (a 5,000-step map has about 10,000) stay judged from one keystroke to the next, while the
 * drafts typed in a long session cannot grow it without limit.
 */
const GENERATION = 20_000;
let judged = new Map<string, readonly VagueMatch[]>();
let older = new Map<string, readonly VagueMatch[]>();

/**
 * Why a criterion is vague: the evaluations it rests on ("looks fine", "needs work"), or the
 * whole criterion when it names no subject at all; empty when it is testable (or blank).
 */
export function vagueCriterion(text: string): readonly VagueMatch[] {
  let found = judged.get(text);
  if (found !== undefined) return found;
  found = older.get(text) ?? judge(text);
  if (judged.size >= GENERATION) {
    older = judged;
    judged = new Map();
  }
  judged.set(text, found);
  return found;
}

/** True when every word that made the criterion vague is about time ("ASAP", "soon"). */
export function isOnlyAboutTime(matches: readonly VagueMatch[]): boolean {
  for (let i = 0; i < matches.length; i++) if (!TIMING_ONLY.test(matches[i]!.word)) return false;
  return matches.length > 0;
}
