/**
 * Compare: a to-be map against the as-is map it was derived from. Pure. Elements are matched
 * by id, which is sound because "Start redesign" copies the as-is map with its ids (ids are
 * per map); anything drawn anew in the to-be map has a new id, so it counts as added.
 */
import { analyzeMap } from '../analysis/engine';
import type { Analysis } from '../analysis/types';
import { handoffCount } from '../lanes/lanes';
import type { Decision, MapDocument, Transition } from '../model';
import { diffFindings, resolvedOrGone } from '../workshop/findings';
import { mainPath } from './mainPath';
import { DECISION_QUESTION_IDS, QUESTION_IDS } from '../questions';
import type {
  AddedRemoved,
  CheckpointChange,
  Comparison,
  DecisionChange,
  StepChange,
} from './types';

/** Every field of a decision, in the model's order: the order changes are listed in. */
export const DECISION_FIELDS: readonly (keyof Decision)[] = [
  'automatic',
  'question',
  'deciders',
  'consulted',
  'approvers',
  'recommenders',
  'informed',
  'requires',
  'criteria',
  'ifNotMet',
  'onChange',
  'targetHours',
  'observedHours',
];

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

/**
 * The fields of two decisions that differ. Lists (deciders, criteria, ...) differ when their
 * entries or their order differ: criteria are read in order, and a reordered list is an edit.
 */
export function changedFields(before: Decision, after: Decision): (keyof Decision)[] {
  return DECISION_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

function addedRemoved<Id extends string>(
  before: readonly Id[],
  after: readonly Id[],
): AddedRemoved<Id> {
  const had = new Set<string>(before);
  const has = new Set<string>(after);
  return {
    added: after.filter((id) => !had.has(id)),
    removed: before.filter((id) => !has.has(id)),
  };
}

function isCheckpointStep(doc: MapDocument, id: string): boolean {
  if (!Object.hasOwn(doc.steps, id)) return false;
  const kind = doc.steps[id]!.kind;
  return kind === 'review' || kind === 'approval';
}

/** A forward or escalation arrow into a review or approval step, as `flow.checkpoint-stack` says. */
function isCheckpointArrow(doc: MapDocument, id: string): boolean {
  if (!Object.hasOwn(doc.transitions, id)) return false;
  const t: Transition = doc.transitions[id]!;
  return t.kind !== 'send-back' && isCheckpointStep(doc, t.to);
}

function checkpointsOf(asIs: MapDocument, toBe: MapDocument): CheckpointChange {
  const steps = (doc: MapDocument) => doc.stepOrder.filter((id) => isCheckpointStep(doc, id));
  const arrows = (doc: MapDocument) =>
    doc.transitionOrder.filter((id) => isCheckpointArrow(doc, id));
  const [stepsBefore, stepsAfter] = [steps(asIs), steps(toBe)];
  const [arrowsBefore, arrowsAfter] = [arrows(asIs), arrows(toBe)];
  return {
    steps: { before: stepsBefore.length, after: stepsAfter.length },
    transitions: { before: arrowsBefore.length, after: arrowsAfter.length },
    removedSteps: stepsBefore.filter((id) => !isCheckpointStep(toBe, id)),
    removedTransitions: arrowsBefore.filter((id) => !isCheckpointArrow(toBe, id)),
  };
}

function decisionsChanged(asIs: MapDocument, toBe: MapDocument): DecisionChange[] {
  const changes: DecisionChange[] = [];
  for (const id of toBe.transitionOrder) {
    if (!Object.hasOwn(asIs.transitions, id)) continue;
    const fields = changedFields(asIs.transitions[id]!.decision, toBe.transitions[id]!.decision);
    if (fields.length > 0) changes.push({ transition: id, fields });
  }
  return changes;
}

const STEP_FIELDS = ['label', 'kind', 'performer'] as const;

function stepsChanged(asIs: MapDocument, toBe: MapDocument): StepChange[] {
  const changes: StepChange[] = [];
  for (const id of toBe.stepOrder) {
    if (!Object.hasOwn(asIs.steps, id)) continue;
    const [before, after] = [asIs.steps[id]!, toBe.steps[id]!];
    const fields = STEP_FIELDS.filter((field) => before[field] !== after[field]);
    if (fields.length > 0) changes.push({ step: id, fields });
  }
  return changes;
}

/**
 * Compares a to-be map with its as-is map. Definitions, all by element id:
 * - health, findings and answers per question: from `analyzeMap` of each map;
 * - findings resolved / gone / introduced: matched one to one by `findingKey` (rule and
 *   first target), see `diffFindings`; an as-is finding without a match is "resolved" when
 *   its first target is still in the to-be map, and "gone" when that step or arrow was
 *   removed (deleting a step is not fixing its decisions);
 * - steps and arrows added / removed: ids in one map and not the other;
 * - decisions changed: arrows in both maps whose decisions differ, with the fields that do;
 * - steps changed: steps in both maps whose label, kind or performer differ;
 * - checkpoints: review and approval steps, and forward or escalation arrows into them;
 *   "removed" means no longer a checkpoint in the to-be map (gone, or changed kind);
 * - handoffs: arrows whose two steps have different performers, both set (`handoffCount`);
 * - main path wait: observed hours along the main path of each map (`mainPath`);
 * - notation: the decision-rights framework each map is read in (a setting of the map).
 * Pass the analyses when they are at hand; they must be of these very maps.
 */
export function compareMaps(
  asIs: MapDocument,
  toBe: MapDocument,
  analyses: { readonly asIs?: Analysis; readonly toBe?: Analysis } = {},
): Comparison {
  const before = analyses.asIs ?? analyzeMap(asIs);
  const after = analyses.toBe ?? analyzeMap(toBe);
  const { resolved: unmatched, introduced } = diffFindings(before.findings, after.findings);
  const { resolved, gone } = resolvedOrGone(unmatched, toBe);
  return {
    asIs: asIs.info.id,
    toBe: toBe.info.id,
    health: { before: before.health, after: after.health },
    findingsPerQuestion: QUESTION_IDS.map((question) => ({
      question,
      before: before.health.perQuestion[question],
      after: after.health.perQuestion[question],
    })),
    answeredPerQuestion: DECISION_QUESTION_IDS.map((question) => ({
      question,
      before: before.health.answered[question],
      after: after.health.answered[question],
    })),
    findingsResolved: resolved,
    findingsGone: gone,
    findingsIntroduced: introduced,
    steps: addedRemoved(asIs.stepOrder, toBe.stepOrder),
    transitions: addedRemoved(asIs.transitionOrder, toBe.transitionOrder),
    decisionsChanged: decisionsChanged(asIs, toBe),
    stepsChanged: stepsChanged(asIs, toBe),
    checkpoints: checkpointsOf(asIs, toBe),
    handoffs: { before: handoffCount(asIs), after: handoffCount(toBe) },
    mainPath: { before: mainPath(asIs), after: mainPath(toBe) },
    notation: { before: asIs.info.notation, after: toBe.info.notation },
  };
}
