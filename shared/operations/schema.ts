/**
 * Zod schemas for map elements and operations: everything that crosses a process boundary
 * is checked against these before it touches a map. Limits keep absurd payloads out.
 */
import { z } from 'zod';
import {
  coordinateField,
  hoursField,
  idField,
  labelField,
  longTextField,
  nameField,
  parkingTextField,
  voteKeyField,
} from '../content/fields';
import { LIMITS } from '../content/limits';
import { CHANNELS, NOTATIONS, ROLE_KINDS, STEP_KINDS, TRANSITION_KINDS } from '../model';
import { DECISION_QUESTION_IDS } from '../questions';
import type { Operation } from './types';

// Re-exported where callers always found it; the limits themselves are read from shared/content.
export { VOTE_KEY_PATTERN } from '../content/fields';
export const voteKeySchema = voteKeyField;

const id = idField;
const stepId = id.transform((v) => v as import('../model').StepId);
const transitionId = id.transform((v) => v as import('../model').TransitionId);
const roleId = id.transform((v) => v as import('../model').RoleId);
const informationId = id.transform((v) => v as import('../model').InformationId);
const coordinate = coordinateField;
const hours = hoursField;

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });

export const stepSchema = z.strictObject({
  id: stepId,
  label: labelField,
  kind: z.enum(STEP_KINDS),
  performer: roleId.nullable(),
  produces: z.array(informationId).max(LIMITS.listItems),
  notes: longTextField,
  position: positionSchema,
});

export const decisionSchema = z.strictObject({
  automatic: z.boolean(),
  question: labelField,
  deciders: z.array(roleId).max(LIMITS.listItems),
  consulted: z.array(roleId).max(LIMITS.listItems),
  approvers: z.array(roleId).max(LIMITS.listItems),
  recommenders: z.array(roleId).max(LIMITS.listItems),
  informed: z.array(roleId).max(LIMITS.listItems),
  requires: z.array(informationId).max(LIMITS.listItems),
  criteria: z.array(labelField).max(LIMITS.listItems),
  ifNotMet: longTextField,
  onChange: longTextField,
  targetHours: hours,
  observedHours: hours,
  fromRoom: z.array(z.enum(DECISION_QUESTION_IDS)).max(DECISION_QUESTION_IDS.length).optional(),
});

export const transitionSchema = z.strictObject({
  id: transitionId,
  from: stepId,
  to: stepId,
  label: labelField,
  kind: z.enum(TRANSITION_KINDS),
  channel: z.enum(CHANNELS),
  // A whole decision from a caller that predates the matrix (issue 18) lacks the two lists
  // it added: they are empty, as an import of a version 1 file makes them.
  decision: decisionSchema.extend({
    recommenders: decisionSchema.shape.recommenders.default(() => []),
    informed: decisionSchema.shape.informed.default(() => []),
  }),
});

export const roleSchema = z.strictObject({
  id: roleId,
  name: nameField,
  kind: z.enum(ROLE_KINDS),
});

export const informationSchema = z.strictObject({
  id: informationId,
  name: nameField,
  external: z.boolean(),
});

export const parkingLotItemSchema = z.strictObject({
  id,
  text: parkingTextField,
  target: id.nullable(),
});

export const operationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('map/rename'),
    name: nameField.trim().min(1),
  }),
  z.strictObject({ type: z.literal('map/setPurpose'), purpose: longTextField }),
  z.strictObject({ type: z.literal('map/setNotation'), notation: z.enum(NOTATIONS) }),
  z.strictObject({
    type: z.literal('elements/add'),
    steps: z.array(stepSchema).max(LIMITS.elementsPerEdit),
    transitions: z.array(transitionSchema).max(LIMITS.elementsPerEdit),
  }),
  z.strictObject({
    type: z.literal('elements/remove'),
    stepIds: z.array(stepId).max(LIMITS.elementsPerEdit),
    transitionIds: z.array(transitionId).max(LIMITS.elementsPerEdit),
  }),
  z.strictObject({
    type: z.literal('step/update'),
    id: stepId,
    patch: stepSchema.omit({ id: true, position: true }).partial(),
  }),
  z.strictObject({
    type: z.literal('steps/move'),
    moves: z
      .array(z.strictObject({ id: stepId, position: positionSchema }))
      .max(LIMITS.elementsPerEdit),
  }),
  z.strictObject({
    type: z.literal('transition/update'),
    id: transitionId,
    patch: transitionSchema.pick({ label: true, kind: true, channel: true }).partial(),
  }),
  z.strictObject({
    type: z.literal('decision/update'),
    id: transitionId,
    patch: decisionSchema.partial(),
  }),
  z.strictObject({ type: z.literal('role/add'), role: roleSchema }),
  z.strictObject({
    type: z.literal('role/update'),
    id: roleId,
    patch: roleSchema.omit({ id: true }).partial(),
  }),
  z.strictObject({ type: z.literal('role/remove'), id: roleId }),
  z.strictObject({ type: z.literal('role/merge'), from: roleId, into: roleId }),
  z.strictObject({ type: z.literal('information/add'), item: informationSchema }),
  z.strictObject({
    type: z.literal('information/update'),
    id: informationId,
    patch: informationSchema.omit({ id: true }).partial(),
  }),
  z.strictObject({ type: z.literal('information/remove'), id: informationId }),
  z.strictObject({
    type: z.literal('information/merge'),
    from: informationId,
    into: informationId,
  }),
  z.strictObject({
    type: z.literal('parking/add'),
    item: parkingLotItemSchema,
    at: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    type: z.literal('parking/update'),
    id,
    patch: parkingLotItemSchema.omit({ id: true }).partial(),
  }),
  z.strictObject({ type: z.literal('parking/remove'), id }),
  z.strictObject({
    type: z.literal('votes/set'),
    key: voteKeySchema,
    count: z.number().int().min(0).max(LIMITS.votes),
  }),
]);

// A compile-time check that the schema and the Operation type agree.
type SchemaOperation = z.output<typeof operationSchema>;
export const _operationSchemaMatches: SchemaOperation extends Operation ? true : false = true;
