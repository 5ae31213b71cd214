/**
 * The room's own contract: every message between a participant's page and the room
 * server, both ways, as zod schemas with size limits. It is separate from the app's API
 * (shared/api): a participant can do exactly what is listed here and nothing else. Names,
 * proposals and questions are plain text everywhere; pages show them as text, never HTML.
 */
import { z } from 'zod';
import { textField } from '../content/fields';
import { LIMITS } from '../content/limits';
import { DECISION_QUESTION_IDS } from '../questions';

export const ROOM_LIMITS = {
  /** The largest message either way is a decision's view (the server's own); bytes. */
  messageBytes: 4 * 1024,
  /** The largest message the server sends: a decision with its answers and findings. */
  viewBytes: 64 * 1024,
  name: 40,
  proposal: 1000,
  question: 500,
  findingKey: 300,
  /** Answers and questions one participant may have waiting for the facilitator. */
  openProposals: 30,
  /** Dots per person: the facilitator sets 1 to this. */
  budget: 20,
  /** The findings of one decision a phone shows to vote on. */
  findings: 60,
  /** People in one room. */
  participants: 200,
} as const;

const seq = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const decisionQuestion = z.enum(DECISION_QUESTION_IDS);
const nonBlank = (max: number) =>
  textField(max).refine((v) => v.trim() !== '', 'Write something first.');

/** What a participant's page sends. */
export const participantMessageSchema = z.discriminatedUnion('type', [
  /** The first message of a new participant: the code from the screen, and a name or ''. */
  z.strictObject({
    type: z.literal('join'),
    code: z.string().max(20),
    name: textField(ROOM_LIMITS.name),
  }),
  /** The first message of a page that joined before (it kept its token): same name, same votes. */
  z.strictObject({ type: z.literal('rejoin'), token: z.string().min(1).max(100) }),
  /** An answer to one of the five questions of the decision on screen. */
  z.strictObject({
    type: z.literal('propose'),
    seq,
    transition: z.string().min(1).max(LIMITS.id),
    question: decisionQuestion,
    text: nonBlank(ROOM_LIMITS.proposal),
    anonymous: z.boolean(),
  }),
  /** Sets how many of this person's dots sit on one finding (0 takes them back). */
  z.strictObject({
    type: z.literal('vote'),
    seq,
    key: z.string().min(1).max(ROOM_LIMITS.findingKey),
    count: z.number().int().min(0).max(ROOM_LIMITS.budget),
  }),
  /** A question for the parking lot. */
  z.strictObject({ type: z.literal('park'), seq, text: nonBlank(ROOM_LIMITS.question) }),
]);
export type ParticipantMessage = z.infer<typeof participantMessageSchema>;

/** One of the five answers of the decision on screen, as the map has it now. */
export const roomAnswerSchema = z.strictObject({
  question: decisionQuestion,
  title: z.string().max(100),
  /** The answer in words ('' when there is none). */
  answer: z.string().max(LIMITS.text),
  answered: z.boolean(),
  /** The question to ask the room when this answer is a gap. */
  ask: z.string().max(LIMITS.parkingText).nullable(),
});

/** A finding of the decision on screen that the room can put dots on. */
export const roomFindingSchema = z.strictObject({
  key: z.string().max(ROOM_LIMITS.findingKey),
  message: z.string().max(LIMITS.parkingText),
  severity: z.enum(['blocker', 'warning', 'note']),
});

/** The decision the facilitator is on, as every phone shows it. */
export const decisionViewSchema = z.strictObject({
  transition: z.string().min(1).max(LIMITS.id),
  /** "Brief review → Creative kickoff". */
  arrow: z.string().max(2 * LIMITS.label + 10),
  position: z.strictObject({ index: z.number().int(), of: z.number().int() }),
  answers: z.array(roomAnswerSchema).length(5),
  findings: z.array(roomFindingSchema).max(ROOM_LIMITS.findings),
});
export type DecisionView = z.infer<typeof decisionViewSchema>;

/** Where the room is: what every phone shows, with this person's own dots. */
export const roomStateSchema = z.strictObject({
  type: z.literal('room'),
  view: decisionViewSchema.nullable(),
  voting: z.strictObject({
    open: z.boolean(),
    revealed: z.boolean(),
    budget: z.number().int(),
  }),
  /** The room's dots per finding: only once revealed (no anchoring before). */
  counts: z.record(z.string(), z.number().int()).nullable(),
  /** This person's dots per finding. */
  mine: z.record(z.string(), z.number().int()),
  /** Milliseconds left on the shared timer when this was sent, and its length; null when off. */
  timer: z.strictObject({ leftMs: z.number(), totalMs: z.number() }).nullable(),
  anonymousAllowed: z.boolean(),
});
export type RoomState = z.infer<typeof roomStateSchema>;

/** What the room server sends. */
export const serverMessageSchema = z.discriminatedUnion('type', [
  /** Joined: the token to rejoin with after the phone sleeps, and the name the room sees. */
  z.strictObject({ type: z.literal('welcome'), token: z.string(), name: z.string() }),
  roomStateSchema,
  /** The action with this `seq` was taken and is on the facilitator's screen. */
  z.strictObject({ type: z.literal('ack'), seq }),
  /** Refused, in the participant's words; `seq` names the action when there was one. */
  z.strictObject({
    type: z.literal('refused'),
    code: z.string(),
    message: z.string(),
    seq: seq.optional(),
  }),
  /** The room ended: the page stops reconnecting. */
  z.strictObject({ type: z.literal('closed'), message: z.string() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
