/**
 * The fields of a map as zod schemas, built from the one table of limits and the text
 * rules: the portable file's schema, the operations' schema and the API contract are made
 * of these, so a value one door accepts is a value every door accepts.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { brokenTextProblem, reservedIdProblem } from './text';

/**
 * Marks the issues raised here, whose message ends a sentence that starts with the field's
 * name ("map.steps[2].id has half of a character ..."), so each door can word it.
 */
export const CONTENT_RULE = 'decision-map-content';

type Check = (value: string) => string | null;

/** Adds a rule of `text.ts` to a string schema as an issue marked with CONTENT_RULE. */
function withRule<T extends z.ZodString>(schema: T, rule: Check): T {
  return schema.check((ctx) => {
    const problem = rule(ctx.value);
    if (problem !== null) {
      ctx.issues.push({
        code: 'custom',
        message: problem,
        input: ctx.value,
        params: { rule: CONTENT_RULE },
      });
    }
  });
}

const notBlank: Check = (value) =>
  value.trim() === '' && value !== '' ? 'must not be only spaces' : null;

/** Text of at most `max` UTF-16 units, well formed (no half characters). */
export function textField(max: number) {
  return withRule(z.string().max(max), brokenTextProblem);
}

/** An id: 1 to 100 units, well formed, and not a name the app reserves. */
export const idField = withRule(
  withRule(z.string().min(1).max(LIMITS.id), brokenTextProblem),
  reservedIdProblem,
);

export const nameField = textField(LIMITS.name);
export const labelField = textField(LIMITS.label);
export const longTextField = textField(LIMITS.text);

/** A parked question: never empty, at most a short paragraph. */
export const parkingTextField = withRule(
  withRule(z.string().min(1).max(LIMITS.parkingText), brokenTextProblem),
  notBlank,
);

/** A position's x or y. */
export const coordinateField = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);

/** Target or observed turnaround in hours, or null when not known. */
export const hoursField = z.number().finite().min(0).max(LIMITS.hours).nullable();

/**
 * A finding's identity across edits, as `findingKey` writes it: the rule id, a colon, and the
 * id of the finding's first target (`owner.missing:t-1`). The id may hold any character an
 * id may, line breaks included, so not `.` (which stops at one).
 */
export const VOTE_KEY_PATTERN = /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*:[\s\S]+$/;

export const voteKeyField = withRule(
  z
    .string()
    .max(LIMITS.name + LIMITS.id)
    .regex(VOTE_KEY_PATTERN),
  brokenTextProblem,
);

/** Dot votes on one finding, as a map keeps them (a count of 0 is no entry at all). */
export const voteCountField = z.number().int().min(1).max(LIMITS.votes);

/** `['map', 'steps', 3, 'kind']` → `map.steps[3].kind`: a field as people read its path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * The first issue of a failed parse that a content rule raised, as a sentence without its
 * full stop ("ops[0].role.id has half of a character ..."); null when there is none.
 */
export function contentProblem(error: z.ZodError): string | null {
  for (const issue of error.issues) {
    if (issue.code !== 'custom' || issue.params?.rule !== CONTENT_RULE) continue;
    const path = formatPath(issue.path);
    return path === '' ? `The text ${issue.message}` : `${path} ${issue.message}`;
  }
  return null;
}
