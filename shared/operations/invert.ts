import { own, type Decision, type MapDocument, type Step, type Transition } from '../model';
import { transitionsRemovedWith } from './apply';
import { parkedOn } from './mapRow';
import { replaceInformation, replaceRole, type Rewritten } from './roster';
import type { DecisionPatch, Operation, StepPatch, TransitionPatch } from './types';

function previousValues<T extends object>(current: T, patch: object): Partial<T> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) before[key] = current[key as keyof T];
  return before as Partial<T>;
}

/** The values of `keys` in `before` that differ (by identity) in `after`. */
function changedValues<T extends object>(before: T, after: T, keys: readonly (keyof T)[]) {
  const patch: Partial<T> = {};
  for (const key of keys) if (before[key] !== after[key]) patch[key] = before[key];
  return patch;
}

/**
 * The edits that put back what a roster rewrite changed: each step's performer or produces,
 * each decision's lists, as they were in `doc`. Apply them after re-adding the entry.
 */
function restoreReferences(doc: MapDocument, rewritten: Rewritten): Operation[] {
  const steps = rewritten.stepIds.map((id): Operation => ({
    type: 'step/update',
    id,
    patch: changedValues<StepPatch>(doc.steps[id]!, rewritten.steps[id]!, [
      'performer',
      'produces',
    ]),
  }));
  const decisions = rewritten.transitionIds.map((id): Operation => ({
    type: 'decision/update',
    id,
    patch: changedValues<DecisionPatch>(
      doc.transitions[id]!.decision,
      rewritten.transitions[id]!.decision,
      ['deciders', 'consulted', 'approvers', 'recommenders', 'informed', 'requires'],
    ),
  }));
  return [...steps, ...decisions];
}

/**
 * The operations that undo `op`, in the order to apply them, when applied to the map `op`
 * produced from `doc`. Must be called with the map as it was before `op`. Most operations
 * have a single inverse; undoing a roster remove or merge re-adds the entry, then restores
 * every step and decision that referred to it; undoing an elements/remove re-attaches the
 * parked questions it detached. Restored elements go back to the end of the drawing order
 * (and of the roster); everything else, parked questions' places included, is restored
 * exactly.
 */
export function invertOperation(doc: MapDocument, op: Operation): readonly Operation[] {
  switch (op.type) {
    case 'map/rename':
      return [{ type: 'map/rename', name: doc.info.name }];
    case 'map/setPurpose':
      return [{ type: 'map/setPurpose', purpose: doc.info.purpose }];
    case 'map/setNotation':
      return [{ type: 'map/setNotation', notation: doc.info.notation }];
    case 'elements/add':
      return [
        {
          type: 'elements/remove',
          stepIds: op.steps.map((s) => s.id),
          transitionIds: op.transitions.map((t) => t.id),
        },
      ];
    case 'elements/remove': {
      const transitionIds = transitionsRemovedWith(doc, op.stepIds, op.transitionIds);
      // Parked questions about the removed elements went to the whole map: re-attach them.
      const orphaned = parkedOn(doc, new Set(op.stepIds), transitionIds);
      const reattach = doc.parkingLot
        .filter((p) => orphaned.has(p.id))
        .map((p): Operation => ({ type: 'parking/update', id: p.id, patch: { target: p.target } }));
      return [
        {
          type: 'elements/add',
          // Deduplicated: removing [a, a] is valid, but re-adding a twice would be refused.
          steps: [...new Set(op.stepIds)].map((id) => doc.steps[id]).filter((s): s is Step => !!s),
          transitions: doc.transitionOrder
            .filter((id) => transitionIds.has(id))
            .map((id) => doc.transitions[id])
            .filter((t): t is Transition => !!t),
        },
        ...reattach,
      ];
    }
    case 'step/update': {
      const step = doc.steps[op.id];
      const patch: StepPatch = step ? previousValues(step, op.patch) : {};
      return [{ type: 'step/update', id: op.id, patch }];
    }
    case 'steps/move':
      return [
        {
          type: 'steps/move',
          moves: op.moves.map((m) => ({
            id: m.id,
            position: doc.steps[m.id]?.position ?? m.position,
          })),
        },
      ];
    case 'transition/update': {
      const t = doc.transitions[op.id];
      const patch: TransitionPatch = t ? previousValues(t, op.patch) : {};
      return [{ type: 'transition/update', id: op.id, patch }];
    }
    case 'decision/update': {
      const decision: Decision | undefined = doc.transitions[op.id]?.decision;
      const patch: DecisionPatch = decision ? previousValues(decision, op.patch) : {};
      // The room's mark: accepting a room's answer sets it, and undo takes it off again ([] is
      // "none"); a hand edit may take it off (apply.ts), and undo puts it back.
      const mark =
        'fromRoom' in op.patch
          ? { fromRoom: decision?.fromRoom ?? [] }
          : decision?.fromRoom
            ? { fromRoom: decision.fromRoom }
            : {};
      return [{ type: 'decision/update', id: op.id, patch: { ...patch, ...mark } }];
    }
    case 'role/add':
      return [{ type: 'role/remove', id: op.role.id }];
    case 'role/update': {
      const role = own(doc.roles, op.id);
      return [
        { type: 'role/update', id: op.id, patch: role ? previousValues(role, op.patch) : {} },
      ];
    }
    case 'role/remove':
    case 'role/merge': {
      const id = op.type === 'role/remove' ? op.id : op.from;
      const role = own(doc.roles, id);
      if (!role) return [];
      const rewritten = replaceRole(doc, id, op.type === 'role/remove' ? null : op.into);
      return [{ type: 'role/add', role }, ...restoreReferences(doc, rewritten)];
    }
    case 'information/add':
      return [{ type: 'information/remove', id: op.item.id }];
    case 'information/update': {
      const item = own(doc.information, op.id);
      const patch = item ? previousValues(item, op.patch) : {};
      return [{ type: 'information/update', id: op.id, patch }];
    }
    case 'information/remove':
    case 'information/merge': {
      const id = op.type === 'information/remove' ? op.id : op.from;
      const item = own(doc.information, id);
      if (!item) return [];
      const into = op.type === 'information/remove' ? null : op.into;
      return [
        { type: 'information/add', item },
        ...restoreReferences(doc, replaceInformation(doc, id, into)),
      ];
    }
    case 'parking/add':
      return [{ type: 'parking/remove', id: op.item.id }];
    case 'parking/update': {
      const item = doc.parkingLot.find((p) => p.id === op.id);
      return [
        { type: 'parking/update', id: op.id, patch: item ? previousValues(item, op.patch) : {} },
      ];
    }
    case 'parking/remove': {
      const at = doc.parkingLot.findIndex((p) => p.id === op.id);
      return at < 0 ? [] : [{ type: 'parking/add', item: doc.parkingLot[at]!, at }];
    }
    case 'votes/set':
      return [{ type: 'votes/set', key: op.key, count: own(doc.votes, op.key) ?? 0 }];
  }
}
