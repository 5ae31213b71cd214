/**
 * Zod schemas for map elements and operations: everything that crosses a process boundary
 * is checked against these before it touches a map. Limits keep absurd payloads out.
 */
import { z } from 'zod';
import { CHANNELS, ROLE_KINDS, STEP_KINDS, TRANSITION_KINDS } from '../model';
import type { Operation } from './types';

export const LIMITS = {
  id: 100,
  name: 200,
  label: 500,
  text: 10_000,
  listItems: 500,
  elementsPerEdit: 20_000,
  opsPerSave: 5_000,
  coordinate: 10_000_000,
  /** A parked question: a sentence or a short paragraph said in the room. */
  parkingText: 2000,
  /** Dot votes on one finding; a room rarely has more than a few dozen people. */
  votes: 999,
} as const;

/**
 * A finding's identity across edits, as `findingKey` writes it: the rule id, a colon, and the
 * id of the finding's first target (`owner.missing:t-1`).
 */
export const VOTE_KEY_PATTERN = /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*:.+$/;

export const voteKeySchema = z
  .string()
  .max(LIMITS.name + LIMITS.id)
  .regex(VOTE_KEY_PATTERN);

const id = z.string().min(1).max(LIMITS.id);
const stepId = id.transform((v) => v as import('../model').StepId);
const transitionId = id.transform((v) => v as import('../model').TransitionId);
const roleId = id.transform((v) => v as import('../model').RoleId);
const informationId = id.transform((v) => v as import('../model').InformationId);
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const hours = z.number().finite().min(0).max(100_000).nullable();

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });

export const stepSchema = z.strictObject({
  id: stepId,
  label: z.string().max(LIMITS.label),
  kind: z.enum(STEP_KINDS),
  performer: roleId.nullable(),
  produces: z.array(informationId).max(LIMITS.listItems),
  notes: z.string().max(LIMITS.text),
  position: positionSchema,
});

export const decisionSchema = z.strictObject({
  automatic: z.boolean(),
  question: z.string().max(LIMITS.label),
  deciders: z.array(roleId).max(LIMITS.listItems),
  consulted: z.array(roleId).max(LIMITS.listItems),
  approvers: z.array(roleId).max(LIMITS.listItems),
  requires: z.array(informationId).max(LIMITS.listItems),
  criteria: z.array(z.string().max(LIMITS.label)).max(LIMITS.listItems),
  ifNotMet: z.string().max(LIMITS.text),
  onChange: z.string().max(LIMITS.text),
  targetHours: hours,
  observedHours: hours,
});

export const transitionSchema = z.strictObject({
  id: transitionId,
  from: stepId,
  to: stepId,
  label: z.string().max(LIMITS.label),
  kind: z.enum(TRANSITION_KINDS),
  channel: z.enum(CHANNELS),
  decision: decisionSchema,
});

export const roleSchema = z.strictObject({
  id: roleId,
  name: z.string().max(LIMITS.name),
  kind: z.enum(ROLE_KINDS),
});

export const informationSchema = z.strictObject({
  id: informationId,
  name: z.string().max(LIMITS.name),
  external: z.boolean(),
});

export const parkingLotItemSchema = z.strictObject({
  id,
  text: z.string().trim().min(1).max(LIMITS.parkingText),
  target: id.nullable(),
});

export const operationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('map/rename'),
    name: z.string().trim().min(1).max(LIMITS.name),
  }),
  z.strictObject({ type: z.literal('map/setPurpose'), purpose: z.string().max(LIMITS.text) }),
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
