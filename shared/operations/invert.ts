import type { Decision, MapDocument, Step, Transition } from '../model';
import { transitionsRemovedWith } from './apply';
import type { DecisionPatch, Operation, StepPatch, TransitionPatch } from './types';

function previousValues<T extends object>(current: T, patch: object): Partial<T> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) before[key] = current[key as keyof T];
  return before as Partial<T>;
}

/**
 * The operation that undoes `op` when applied to the map `op` produced from `doc`.
 * Must be called with the map as it was before `op`. Restored elements go back to the end
 * of the drawing order; everything else is restored exactly.
 */
export function invertOperation(doc: MapDocument, op: Operation): Operation {
  switch (op.type) {
    case 'map/rename':
      return { type: 'map/rename', name: doc.info.name };
    case 'map/setPurpose':
      return { type: 'map/setPurpose', purpose: doc.info.purpose };
    case 'elements/add':
      return {
        type: 'elements/remove',
        stepIds: op.steps.map((s) => s.id),
        transitionIds: op.transitions.map((t) => t.id),
      };
    case 'elements/remove': {
      const transitionIds = transitionsRemovedWith(doc, op.stepIds, op.transitionIds);
      return {
        type: 'elements/add',
        // Deduplicated: removing [a, a] is valid, but re-adding a twice would be refused.
        steps: [...new Set(op.stepIds)].map((id) => doc.steps[id]).filter((s): s is Step => !!s),
        transitions: doc.transitionOrder
          .filter((id) => transitionIds.has(id))
          .map((id) => doc.transitions[id])
          .filter((t): t is Transition => !!t),
      };
    }
    case 'step/update': {
      const step = doc.steps[op.id];
      const patch: StepPatch = step ? previousValues(step, op.patch) : {};
      return { type: 'step/update', id: op.id, patch };
    }
    case 'steps/move':
      return {
        type: 'steps/move',
        moves: op.moves.map((m) => ({
          id: m.id,
          position: doc.steps[m.id]?.position ?? m.position,
        })),
      };
    case 'transition/update': {
      const t = doc.transitions[op.id];
      const patch: TransitionPatch = t ? previousValues(t, op.patch) : {};
      return { type: 'transition/update', id: op.id, patch };
    }
    case 'decision/update': {
      const decision: Decision | undefined = doc.transitions[op.id]?.decision;
      const patch: DecisionPatch = decision ? previousValues(decision, op.patch) : {};
      return { type: 'decision/update', id: op.id, patch };
    }
  }
}
