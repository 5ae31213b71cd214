/**
 * What the analysis says about a map. A pure function of the map (`analyzeMap`): same map
 * in, same findings out, in a stable order.
 */
import type { DecisionQuestion, Question } from '../questions';
import type { InformationId, MapDocument, RoleId, StepId, TransitionId } from '../model';

export type Severity = 'blocker' | 'warning' | 'note';

// The questions are worded in shared/questions.ts; the analysis's readers find them here too.
export { QUESTION_LABELS, type DecisionQuestion, type Question } from '../questions';
/**
 * Where a finding points: a step, a transition (its decision) or a role (a map-level note
 * about it), and optionally the field to fix.
 */
export interface FindingTarget {
  readonly kind: 'step' | 'transition' | 'role';
  readonly id: StepId | TransitionId | RoleId;
  /** The inspector field that fixes the finding, e.g. 'deciders', 'criteria', 'requires'. */
  readonly field?: string;
}

export interface Finding {
  /** Stable rule id, e.g. 'owner.missing'. */
  readonly rule: string;
  readonly severity: Severity;
  readonly question: Question;
  /** Plain-language message naming the elements by their labels. */
  readonly message: string;
  /** The question a facilitator can ask the room to fix it. */
  readonly prompt: string;
  /** The elements it points at; the first is the one to select and frame. */
  readonly targets: readonly FindingTarget[];
  /** Rule-specific detail, e.g. the vague words found, or the steps of a loop. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** A change that fixes the finding in one step, offered as a button beside it. */
  readonly fix?: FindingFix;
}

/**
 * A one-click fix. `mark-send-back`: the arrows close a rework loop but are drawn as forward
 * arrows or escalations; marking them as send-backs says what the map already shows.
 */
export interface FindingFix {
  readonly kind: 'mark-send-back';
  readonly transitions: readonly TransitionId[];
}

/** Whether a rule's findings count against a decision's readiness (see `RuleMeta.counts`). */
export type RuleCounts = 'readiness' | 'map';

/** Metadata every rule carries beside its check. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly question: Question;
  readonly title: string;
  /** What the rule checks, in one sentence (the rule list in `docs/rules.md` shows it). */
  readonly description: string;
  /**
   * What the finding is about. `readiness`: the decision's own answers (its question,
   * decider, information, criteria, change rule, gate), so it holds the decision back from
   * "ready". `map`: the shape of the map or how work is observed to move through it (loops,
   * dead ends, checkpoints, channels, load on a role, waits), shown on the map and its
   * roles but never keeping a fully answered decision from being ready.
   */
  readonly counts: RuleCounts;
  /** The sentence of the seed article the rule enforces. */
  readonly article: string;
  /** The prompt for the room. */
  readonly prompt: string;
}

export type Readiness = 'ready' | 'at-risk' | 'blocked';

/**
 * Whether a required information item is available where a decision is made (at the
 * source step of its transition):
 * - `external`: comes from outside the map, so it is always there;
 * - `guaranteed`: every way work can first arrive at the step passes a step producing it;
 * - `some-paths`: produced before the step only on some paths, or only after a send-back;
 * - `not-upstream`: produced, but only by steps that cannot come before this one;
 * - `not-produced`: no step produces it.
 */
export type Availability =
  'external' | 'guaranteed' | 'some-paths' | 'not-upstream' | 'not-produced';

/** A required item of a decision and whether it is there when the decision is made. */
export interface Requirement {
  readonly item: InformationId;
  readonly availability: Availability;
}

export interface DecisionReadiness {
  readonly transition: TransitionId;
  readonly readiness: Readiness;
  /** Which of the five questions are answered well. */
  readonly answered: Readonly<Record<DecisionQuestion, boolean>>;
  /** 0..5 */
  readonly score: number;
  /** Each distinct required item and whether it is there when the decision is made (the inspector shows it). */
  readonly requirements: readonly Requirement[];
}

export interface MapHealth {
  /** Decision transitions (not automatic) in the map. */
  readonly decisions: number;
  readonly ready: number;
  readonly atRisk: number;
  readonly blocked: number;
  /** ready / decisions, 0..1; 1 when there are no decisions. */
  readonly share: number;
  /** Findings per question. */
  readonly perQuestion: Readonly<Record<Question, number>>;
  /** Decisions that answer each of the five questions well (the readiness checks). */
  readonly answered: Readonly<Record<DecisionQuestion, number>>;
}

export interface Analysis {
  readonly findings: readonly Finding[];
  readonly readiness: Readonly<Record<string, DecisionReadiness>>;
  readonly health: MapHealth;
}

export type AnalyzeMap = (doc: MapDocument) => Analysis;
