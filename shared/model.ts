/**
 * The map document: the workflow a team runs, as steps and transitions, with the roster of
 * roles and information items the decisions refer to. Plain, serializable, readonly data;
 * it changes only through operations (`shared/operations`).
 */

/** Ids are strings unique within one map. Branded so a step id is never passed as a map id. */
export type MapId = string & { readonly __brand: 'MapId' };
export type StepId = string & { readonly __brand: 'StepId' };
export type TransitionId = string & { readonly __brand: 'TransitionId' };
export type RoleId = string & { readonly __brand: 'RoleId' };
export type InformationId = string & { readonly __brand: 'InformationId' };

export const STEP_KINDS = [
  'start',
  'task',
  'review',
  'approval',
  'handoff',
  'wait',
  'external',
  'end',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const TRANSITION_KINDS = ['forward', 'send-back', 'escalation'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

export const CHANNELS = [
  'system',
  'meeting',
  'email',
  'chat',
  'side-conversation',
  'unknown',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const ROLE_KINDS = ['person', 'role', 'group'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const STAGES = ['as-is', 'to-be'] as const;

/**
 * The decision-rights framework the map speaks (matrix, prompts, exports). One set of facts
 * on the decision serves all three; the notation only changes the letters (shared/matrix).
 */
export const NOTATIONS = ['RACI', 'RAPID', 'DACI'] as const;
export type Notation = (typeof NOTATIONS)[number];
/** RACI is the one most teams already know; RAPID and DACI are a switch away. */
export const DEFAULT_NOTATION: Notation = 'RACI';
export type Stage = (typeof STAGES)[number];

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface Step {
  readonly id: StepId;
  readonly label: string;
  readonly kind: StepKind;
  /** The role that does the work of this step, if known. */
  readonly performer: RoleId | null;
  /** Information items this step produces; decisions downstream may require them. */
  readonly produces: readonly InformationId[];
  readonly notes: string;
  readonly position: Position;
}

/** The logic behind an arrow: the five questions of decision design. */
export interface Decision {
  /** A system moves the work: there is nothing to decide, so no decision findings apply. */
  readonly automatic: boolean;
  readonly question: string;
  /** Normally one accountable role; more are recorded as people said them, and flagged. */
  readonly deciders: readonly RoleId[];
  readonly consulted: readonly RoleId[];
  /** Roles with a veto. */
  readonly approvers: readonly RoleId[];
  /** Who proposes the decision to the decider (RAPID's Recommend, DACI's Driver). */
  readonly recommenders: readonly RoleId[];
  /** Who must be told once it is decided (RACI's and DACI's Informed). */
  readonly informed: readonly RoleId[];
  readonly requires: readonly InformationId[];
  /** What good looks like, one criterion per entry. */
  readonly criteria: readonly string[];
  /** What happens when the criteria are not met. */
  readonly ifNotMet: string;
  /** What happens when scope, inputs or people change. */
  readonly onChange: string;
  readonly targetHours: number | null;
  readonly observedHours: number | null;
  /**
   * The questions whose answer the room proposed and the facilitator accepted (issue 19):
   * the PDF's register marks them "proposed by the room". A hand edit of a question's
   * fields takes its mark away. Absent on a decision the room never answered.
   */
  readonly fromRoom?: readonly RoomAnsweredQuestion[];
}

/** A question of the five (`shared/questions.ts`), as the room's mark on a decision names it. */
export type RoomAnsweredQuestion = 'what' | 'who' | 'information' | 'good' | 'change';

export interface Transition {
  readonly id: TransitionId;
  readonly from: StepId;
  readonly to: StepId;
  readonly label: string;
  readonly kind: TransitionKind;
  readonly channel: Channel;
  readonly decision: Decision;
}

export interface Role {
  readonly id: RoleId;
  readonly name: string;
  readonly kind: RoleKind;
}

export interface InformationItem {
  readonly id: InformationId;
  readonly name: string;
  /** Comes from outside the map (e.g. existing brand guidelines), so it is never missing. */
  readonly external: boolean;
}

export interface ParkingLotItem {
  readonly id: string;
  readonly text: string;
  /** A transition or step the question is about, or null for the whole map. */
  readonly target: string | null;
}

export interface MapInfo {
  readonly id: MapId;
  readonly name: string;
  readonly purpose: string;
  readonly stage: Stage;
  /** For a to-be map: the as-is map it was derived from. */
  readonly derivedFrom: MapId | null;
  /** The decision-rights notation the map is read in; a setting, so analysis stays pure. */
  readonly notation: Notation;
}

/**
 * A whole map. Elements are kept in records keyed by id so that an operation touches one
 * entry without scanning; `order` arrays keep a stable drawing and listing order.
 */
export interface MapDocument {
  readonly info: MapInfo;
  readonly steps: Readonly<Record<string, Step>>;
  readonly stepOrder: readonly StepId[];
  readonly transitions: Readonly<Record<string, Transition>>;
  readonly transitionOrder: readonly TransitionId[];
  readonly roles: Readonly<Record<string, Role>>;
  readonly information: Readonly<Record<string, InformationItem>>;
  readonly parkingLot: readonly ParkingLotItem[];
  /**
   * Dot votes the room gave findings, by `findingKey` (rule and first target), since
   * findings are computed and have no ids of their own. Only counts of one or more are kept.
   */
  readonly votes: Readonly<Record<string, number>>;
}

/** A map as listed on Home. */
export interface MapSummary {
  readonly id: MapId;
  readonly name: string;
  readonly stage: Stage;
  /** For a to-be map: the as-is map it was derived from, so Home can list them together. */
  readonly derivedFrom: MapId | null;
  readonly stepCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set when the map is in the trash (restorable until the trash is emptied). */
  readonly deletedAt: string | null;
}

export const emptyDecision: Decision = {
  automatic: false,
  question: '',
  deciders: [],
  consulted: [],
  approvers: [],
  recommenders: [],
  informed: [],
  requires: [],
  criteria: [],
  ifNotMet: '',
  onChange: '',
  targetHours: null,
  observedHours: null,
};

/** A new, empty map document. */
export function emptyMap(id: MapId, name: string): MapDocument {
  return {
    info: { id, name, purpose: '', stage: 'as-is', derivedFrom: null, notation: DEFAULT_NOTATION },
    steps: {},
    stepOrder: [],
    transitions: {},
    transitionOrder: [],
    roles: {},
    information: {},
    parkingLot: [],
    votes: {},
  };
}

/** Steps in drawing order. */
export function stepList(doc: MapDocument): Step[] {
  return doc.stepOrder.map((id) => doc.steps[id]!);
}

/** Transitions in drawing order. */
export function transitionList(doc: MapDocument): Transition[] {
  return doc.transitionOrder.map((id) => doc.transitions[id]!);
}

/** Human labels for step kinds, in the user's words. */
export const STEP_KIND_LABELS: Record<StepKind, string> = {
  start: 'Start',
  task: 'Task',
  review: 'Review',
  approval: 'Approval',
  handoff: 'Handoff',
  wait: 'Wait',
  external: 'External party',
  end: 'End',
};

export const TRANSITION_KIND_LABELS: Record<TransitionKind, string> = {
  forward: 'Forward',
  'send-back': 'Send back (rework)',
  escalation: 'Escalation',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  system: 'System or tool',
  meeting: 'Meeting',
  email: 'Email',
  chat: 'Chat',
  'side-conversation': 'Side conversation',
  unknown: 'Unknown',
};

/**
 * A record entry only when it is the record's own: ids come from outside (files, the room,
 * the API), and a plain `record[id]` would find `constructor` or `toString` on every map.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
