/**
 * The facilitator's side of the room, in the app's own API (shared/api/contract.ts): the
 * network addresses a room can open on, what the facilitator's page sees of the room, and
 * the controls it sends. Participants never reach these calls: they are the app's.
 */
import { z } from 'zod';
import { LIMITS } from '../content/limits';
import { DECISION_QUESTION_IDS } from '../questions';
import { decisionViewSchema, ROOM_LIMITS } from './messages';

/** A network address of this machine a room can listen on. */
export const roomInterfaceSchema = z.strictObject({
  /** The system's name for it: "Wi-Fi", "en0", "eth0". */
  name: z.string(),
  address: z.string(),
  /** Loopback: only this computer can join (for trying a room out, and for tests). */
  local: z.boolean(),
});
export type RoomInterface = z.infer<typeof roomInterfaceSchema>;

export const roomParticipantSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  connected: z.boolean(),
  /** Dots this person has placed in the current round (not where: that stays hidden). */
  dots: z.number().int(),
  /** Actions taken so far (answers, questions, votes). */
  actions: z.number().int(),
});
export type RoomParticipant = z.infer<typeof roomParticipantSchema>;

export const PROPOSAL_STATUSES = ['open', 'accepted', 'parked'] as const;

export const roomProposalSchema = z.strictObject({
  id: z.string(),
  /** The participant's name, or "Anonymous" when they chose not to give it. */
  from: z.string(),
  /** `answer`: to one of the five questions of a decision; `question`: for the parking lot. */
  kind: z.enum(['answer', 'question']),
  transition: z.string().nullable(),
  question: z.enum(DECISION_QUESTION_IDS).nullable(),
  text: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
});
export type RoomProposal = z.infer<typeof roomProposalSchema>;

export const roomSnapshotSchema = z.strictObject({
  /** Goes up with every change; `room:state` waits for a higher one. */
  version: z.number().int(),
  room: z
    .strictObject({
      mapId: z.string(),
      code: z.string(),
      /** The address to type or scan: `http://ADDRESS:PORT/`. */
      url: z.string(),
      host: z.string(),
      port: z.number().int(),
      openedAt: z.string(),
      follow: z.boolean(),
      anonymousAllowed: z.boolean(),
      voting: z.strictObject({ open: z.boolean(), revealed: z.boolean(), budget: z.number() }),
      /** Dots per finding, once revealed; null before. */
      counts: z.record(z.string(), z.number().int()).nullable(),
      /** All dots placed this round, a number only: the room sees where once revealed. */
      dotsPlaced: z.number().int(),
      timer: z.strictObject({ endsAt: z.number(), totalMs: z.number() }).nullable(),
      participants: z.array(roomParticipantSchema),
      /** Open proposals and questions, oldest first. */
      proposals: z.array(roomProposalSchema),
    })
    .nullable(),
});
export type RoomSnapshot = z.infer<typeof roomSnapshotSchema>;
export type OpenRoom = NonNullable<RoomSnapshot['room']>;

/** What the facilitator changes; every field is optional and applied together. */
export const roomControlSchema = z.strictObject({
  /** Every phone shows the decision the facilitator is on. */
  follow: z.boolean().optional(),
  /** The decision the facilitator is on (sent as the walk moves). */
  view: decisionViewSchema.optional(),
  voting: z.enum(['open', 'closed']).optional(),
  /** Shows the dots on every screen; closes voting. */
  reveal: z.literal(true).optional(),
  budget: z.number().int().min(1).max(ROOM_LIMITS.budget).optional(),
  anonymousAllowed: z.boolean().optional(),
  /** Starts the shared timer for this many minutes; 0 stops it. */
  timerMinutes: z.number().int().min(0).max(120).optional(),
});
export type RoomControl = z.infer<typeof roomControlSchema>;

export const roomOpenArgsSchema = z.strictObject({
  mapId: z.string().min(1).max(LIMITS.id),
  /** One of the addresses `room:interfaces` listed. */
  host: z.string().min(1).max(100),
});
