/**
 * Small builders for the edits the canvas makes most: a new step, a new arrow, a paste.
 * Ids come from the caller so that these stay pure and testable.
 */
import {
  emptyDecision,
  type MapDocument,
  type Position,
  type Step,
  type StepId,
  type StepKind,
  type Transition,
  type TransitionId,
} from '../model';
import { clampPosition } from '../content/positions';
import type { Operation } from './types';

/** A step with empty fields. */
export function newStep(id: StepId, kind: StepKind, position: Position, label = ''): Step {
  return { id, label, kind, performer: null, produces: [], notes: '', position };
}

/** A forward arrow with an empty decision and an unknown channel. */
export function newTransition(id: TransitionId, from: StepId, to: StepId): Transition {
  return {
    id,
    from,
    to,
    label: '',
    kind: 'forward',
    channel: 'unknown',
    decision: emptyDecision,
  };
}

/** The part of a map that was copied: some steps and the arrows between them. */
export interface Fragment {
  readonly steps: readonly Step[];
  readonly transitions: readonly Transition[];
}

/** Copies the given steps and every arrow that runs between two of them. */
export function copyFragment(doc: MapDocument, stepIds: Iterable<string>): Fragment {
  const chosen = new Set(stepIds);
  const steps = doc.stepOrder.filter((id) => chosen.has(id)).map((id) => doc.steps[id]!);
  const transitions = doc.transitionOrder
    .map((id) => doc.transitions[id]!)
    .filter((t) => chosen.has(t.from) && chosen.has(t.to));
  return { steps, transitions };
}

/**
 * The operation that pastes a fragment: every element gets a fresh id from `nextId`, and
 * steps move by `offset` so the copy does not hide the original (but never past the edge
 * of the app's coordinates: a copy pasted there stays at the edge).
 */
export function pasteFragment(
  fragment: Fragment,
  nextId: (prefix: 's' | 't') => string,
  offset: Position,
): Operation {
  const idMap = new Map<string, StepId>();
  const steps = fragment.steps.map((step) => {
    const id = nextId('s') as StepId;
    idMap.set(step.id, id);
    return {
      ...step,
      id,
      position: clampPosition({ x: step.position.x + offset.x, y: step.position.y + offset.y }),
    };
  });
  const transitions = fragment.transitions
    .filter((t) => idMap.has(t.from) && idMap.has(t.to))
    .map((t) => ({
      ...t,
      id: nextId('t') as TransitionId,
      from: idMap.get(t.from)!,
      to: idMap.get(t.to)!,
    }));
  return { type: 'elements/add', steps, transitions };
}

/**
 * Puts a new step on an arrow, as one edit (one undo): the arrow keeps its id, its decision,
 * its kind and its channel and now leaves the new step for the step it went to; a new
 * forward arrow with an empty decision brings the work from where it came into the new
 * step. Removing and adding the arrow again is what retargets it.
 */
export function splitTransition(
  transition: Transition,
  step: Step,
  newTransitionId: TransitionId,
): Operation[] {
  return [
    { type: 'elements/remove', stepIds: [], transitionIds: [transition.id] },
    {
      type: 'elements/add',
      steps: [step],
      transitions: [
        newTransition(newTransitionId, transition.from, step.id),
        { ...transition, from: step.id },
      ],
    },
  ];
}
