/**
 * The portable map file, version 1, as a zod schema (docs/file-format.md). This is a
 * public contract: other tools write these files, so the schema is strict about types and
 * unknown fields (a misspelt `decider` must not be dropped in silence) but lenient about
 * optional fields that are missing, which get their empty defaults.
 *
 * Once released, this schema is never edited: a version 2 gets its own schema and a
 * migration from this one (see `migrations.ts`).
 */
import { z } from 'zod';
import { CHANNELS, ROLE_KINDS, STAGES, STEP_KINDS, TRANSITION_KINDS } from '../model';
import {
  coordinateField,
  hoursField,
  idField,
  labelField,
  longTextField,
  nameField,
  parkingTextField,
  voteCountField,
  voteKeyField,
} from '../content/fields';
import { LIMITS } from '../content/limits';

/** The value of `format` in every map file. */
export const FILE_FORMAT = 'decision-map';

/** Most of each kind of element one file may hold: the same as one map (content/limits.ts). */
export const MAX_ELEMENTS = LIMITS.elements;

// The very fields an edit in the app is checked against (shared/content), so that an
// imported map is one the app could hold, and a map the app holds is a file it can import.
const id = idField;
const name = nameField;
const label = labelField;
const text = longTextField;
const ids = z.array(id).max(LIMITS.listItems);
const coordinate = coordinateField;
const hours = hoursField;

// Missing optional fields get their empty value; a factory so no two files share one array.
export const optionalText = (schema: z.ZodString) => schema.default('');
export const optionalIds = () => ids.default(() => []);

export const roleV1 = z.strictObject({
  id,
  name,
  kind: z.enum(ROLE_KINDS).default('role'),
});

export const informationV1 = z.strictObject({
  id,
  name,
  external: z.boolean().default(false),
});

export const stepV1 = z.strictObject({
  id,
  label,
  kind: z.enum(STEP_KINDS).default('task'),
  performer: id.nullable().default(null),
  produces: optionalIds(),
  notes: optionalText(text),
  // Optional: without positions the importer lays the steps out.
  position: z.strictObject({ x: coordinate, y: coordinate }).optional(),
});

/** Every field except `automatic` may be missing or empty: the normal state of an as-is map. */
export const decisionV1 = z.strictObject({
  automatic: z.boolean(),
  question: optionalText(label),
  deciders: optionalIds(),
  consulted: optionalIds(),
  approvers: optionalIds(),
  requires: optionalIds(),
  criteria: z
    .array(label)
    .max(LIMITS.listItems)
    .default(() => []),
  ifNotMet: optionalText(text),
  onChange: optionalText(text),
  targetHours: hours.default(null),
  observedHours: hours.default(null),
});

export const transitionV1 = z.strictObject({
  id,
  from: id,
  to: id,
  label: optionalText(label),
  kind: z.enum(TRANSITION_KINDS).default('forward'),
  channel: z.enum(CHANNELS).default('unknown'),
  decision: decisionV1,
});

export const parkingLotItemV1 = z.strictObject({
  id,
  text: parkingTextField,
  target: id.nullable().default(null),
});

/** The whole file, version 1. `format` and `version` are checked before this runs. */
export const mapFileV1Schema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  map: z.strictObject({
    id,
    name: name.min(1),
    purpose: optionalText(text),
    stage: z.enum(STAGES).default('as-is'),
    // The as-is map a to-be map was derived from; it lives in a workspace, not in the file.
    derivedFrom: id.nullable().default(null),
    roles: z
      .array(roleV1)
      .max(MAX_ELEMENTS)
      .default(() => []),
    information: z
      .array(informationV1)
      .max(MAX_ELEMENTS)
      .default(() => []),
    steps: z
      .array(stepV1)
      .max(MAX_ELEMENTS)
      .default(() => []),
    transitions: z
      .array(transitionV1)
      .max(MAX_ELEMENTS)
      .default(() => []),
    parkingLot: z
      .array(parkingLotItemV1)
      .max(MAX_ELEMENTS)
      .default(() => []),
    // Added after release, as an optional field: a file without votes is exactly the file
    // an earlier build wrote and reads, so the version stays 1. Keys are finding keys
    // (`rule:first-target-id`); a key whose finding is gone is harmless and kept.
    votes: z
      .record(voteKeyField, voteCountField)
      .refine((votes) => Object.keys(votes).length <= MAX_ELEMENTS, {
        message: `at most ${MAX_ELEMENTS} findings can carry votes`,
      })
      .optional(),
  }),
});

/** A version 1 file after validation: every optional field filled in except `position`. */
export type MapFileV1 = z.output<typeof mapFileV1Schema>;
export type MapV1 = MapFileV1['map'];
export type StepV1 = MapV1['steps'][number];
export type TransitionV1 = MapV1['transitions'][number];

/**
 * Fields that may hold null: messages say "must be text or null" for them. Zod reports only
 * the inner type of a nullable, so the formatter needs this list.
 */
export const NULLABLE_FIELDS: ReadonlySet<string> = new Set([
  'performer',
  'derivedFrom',
  'target',
  'targetHours',
  'observedHours',
]);
