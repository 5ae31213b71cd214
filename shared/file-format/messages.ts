/**
 * Plain sentences for what is wrong with a file. The people who read them edit the JSON by
 * hand or write the tool that produced it, so every sentence names the field by its path
 * in the file (`map.steps[3].kind`) and says what it must be.
 */
import type { z } from 'zod';
import { CONTENT_RULE, formatPath } from '../content/fields';
import { NULLABLE_FIELDS } from './schema';

/** At most this many problems are listed; a broken generator can produce thousands. */
export const MAX_PROBLEMS = 20;

export { formatPath } from '../content/fields';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  int: 'a whole number',
};

/** What a JSON value is, in words, for "must be text, not a number". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number')
    return Number.isFinite(value) ? 'a number' : 'a number too large to read';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function expectedWords(expected: string, field: string): string {
  const words = EXPECTED[expected] ?? expected;
  return NULLABLE_FIELDS.has(field) ? `${words} or null` : words;
}

function sizeWords(origin: string, bound: number | bigint): string {
  if (origin === 'string') return `${bound} character${bound === 1 ? '' : 's'}`;
  if (origin === 'array') return `${bound} entr${bound === 1 ? 'y' : 'ies'}`;
  return String(bound);
}

/** One zod issue as a sentence naming the field. Needs `reportInput: true` on the parse. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  const subject = where === '' ? 'The file' : where;
  const last = issue.path[issue.path.length - 1];
  const field = typeof last === 'string' ? last : '';
  switch (issue.code) {
    case 'invalid_type':
      // Zod leaves `input` out when the value was undefined, i.e. the field is missing.
      if (issue.input === undefined) return `${subject} is missing.`;
      if (issue.expected === 'int' && typeof issue.input === 'number')
        return `${subject} must be a whole number, not ${issue.input}.`;
      return `${subject} must be ${expectedWords(issue.expected, field)}, not ${describeValue(issue.input)}.`;
    case 'invalid_value':
      return `${subject} must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.join(', ')}, not ${quoteValue(issue.input)}.`;
    case 'too_big':
      if (issue.origin === 'number') return `${subject} must be at most ${issue.maximum}.`;
      return `${subject} must have at most ${sizeWords(issue.origin, issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'number') return `${subject} must be at least ${issue.minimum}.`;
      if (issue.origin === 'string' && issue.minimum === 1) return `${subject} must not be empty.`;
      return `${subject} must have at least ${sizeWords(issue.origin, issue.minimum)}.`;
    case 'unrecognized_keys': {
      const plural = issue.keys.length > 1;
      return `${subject} has ${plural ? 'fields' : 'a field'} that version 1 of the format does not know: ${issue.keys.join(', ')}.`;
    }
    case 'invalid_key': {
      // Only `map.votes` has keys of its own: finding keys such as owner.missing:t-1.
      const record = formatPath(issue.path.slice(0, -1));
      return `${record} has a key Decision Map cannot read, ${quoteValue(last)}: a vote key is a rule id and an element id joined by a colon, like owner.missing:t-1.`;
    }
    case 'custom':
      // The text rules word the rest of the sentence themselves (shared/content/text.ts).
      if (issue.params?.rule === CONTENT_RULE) return `${subject} ${issue.message}.`;
      return `${subject}: ${issue.message}.`;
    default:
      return `${subject}: ${issue.message}.`;
  }
}

/** Longest problem sentence; keys and values quoted from a file can be any length. */
const MAX_PROBLEM_CHARS = 300;

const shorten = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** A value from the file as it would be written there, shortened to fit in a sentence. */
export function quoteValue(value: unknown): string {
  const primitive = value === null || typeof value !== 'object';
  return primitive ? shorten(JSON.stringify(value) ?? 'nothing', 60) : describeValue(value);
}

/** Caps a list of problems and the length of each, saying how many were left out. */
export function capProblems(problems: readonly string[]): string[] {
  const short = problems.map((p) => shorten(p, MAX_PROBLEM_CHARS));
  if (short.length <= MAX_PROBLEMS) return short;
  const rest = short.length - (MAX_PROBLEMS - 1);
  return [...short.slice(0, MAX_PROBLEMS - 1), `…and ${rest} more problems.`];
}
