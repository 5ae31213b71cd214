/** What Compare shows for a to-be map against the as-is map it was derived from. */
import type { DecisionQuestion, Finding, MapHealth, Question } from '../analysis/types';
import type { Decision, MapId, Notation, StepId, TransitionId } from '../model';
import type { MainPath } from './mainPath';

/** A measure of the as-is map (`before`) and of the to-be map (`after`). */
export interface BeforeAfter<T> {
  readonly before: T;
  readonly after: T;
}

/** An arrow in both maps whose decision differs, and which of the decision's fields do. */
export interface DecisionChange {
  readonly transition: TransitionId;
  /** In the order of the `Decision` fields (question, deciders, ... observedHours). */
  readonly fields: readonly (keyof Decision)[];
}

/** A step in both maps that differs, and which of the fields people see do. */
export interface StepChange {
  readonly step: StepId;
  readonly fields: readonly ('label' | 'kind' | 'performer')[];
}

/** Elements of one kind added and removed, matched by id. */
export interface AddedRemoved<Id> {
  /** In the to-be map, not in the as-is map; in the to-be map's drawing order. */
  readonly added: readonly Id[];
  /** In the as-is map, not in the to-be map; in the as-is map's drawing order. */
  readonly removed: readonly Id[];
}

export interface CheckpointChange {
  /** Review and approval steps in each map. */
  readonly steps: BeforeAfter<number>;
  /** Checkpoint arrows (forward or escalation arrows into a review or approval step). */
  readonly transitions: BeforeAfter<number>;
  /** As-is review/approval steps that are gone from the to-be map or are no longer checkpoints. */
  readonly removedSteps: readonly StepId[];
  /** As-is checkpoint arrows that are not checkpoint arrows in the to-be map. */
  readonly removedTransitions: readonly TransitionId[];
}

export interface Comparison {
  readonly asIs: MapId;
  readonly toBe: MapId;
  /** Decision health of each map (`analyzeMap`). */
  readonly health: BeforeAfter<MapHealth>;
  /** Findings per question (the five, then flow), before and after. */
  readonly findingsPerQuestion: readonly ({ readonly question: Question } & BeforeAfter<number>)[];
  /** Decisions answering each of the five questions well, before and after. */
  readonly answeredPerQuestion: readonly ({
    readonly question: DecisionQuestion;
  } & BeforeAfter<number>)[];
  /**
   * As-is findings with no finding of the same `findingKey` left in the to-be map, whose
   * element (first target) is still in the to-be map: something was fixed.
   */
  readonly findingsResolved: readonly Finding[];
  /**
   * As-is findings that left with their element: the step or arrow they point at first was
   * removed. Not progress on the decision, so never counted as resolved.
   */
  readonly findingsGone: readonly Finding[];
  /** To-be findings with no finding of the same `findingKey` in the as-is map. */
  readonly findingsIntroduced: readonly Finding[];
  readonly steps: AddedRemoved<StepId>;
  readonly transitions: AddedRemoved<TransitionId>;
  /** Arrows in both maps whose decision differs, in the to-be map's drawing order. */
  readonly decisionsChanged: readonly DecisionChange[];
  /** Steps in both maps whose label, kind or performer differ, in the to-be map's order. */
  readonly stepsChanged: readonly StepChange[];
  readonly checkpoints: CheckpointChange;
  /** Arrows that cross lanes (`handoffCount`). */
  readonly handoffs: BeforeAfter<number>;
  /** The main path and the waiting observed on it (`mainPath`). */
  readonly mainPath: BeforeAfter<MainPath>;
  /** The decision-rights framework (RACI, RAPID, DACI) each map is read in. */
  readonly notation: BeforeAfter<Notation>;
}
