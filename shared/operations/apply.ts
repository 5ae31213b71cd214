import { AppError } from '../errors';
import type { MapDocument, Step, StepId, Transition, TransitionId } from '../model';
import type { Operation, Touched } from './types';

/** An empty record of touched rows, to pass to `applyOperation`. */
export function noneTouched(): Touched {
  return { map: false, steps: new Set(), transitions: new Set() };
}

function invalid(why: string): never {
  throw new AppError('INVALID_EDIT', `That change could not be applied: ${why}. Nothing was changed.`);
}

/**
 * Reads a record entry only when it is the record's own: ids come from outside, and a plain
 * `record[id]` would find `constructor` or `toString` on every map.
 */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A patch without keys set to `undefined`: structured clone keeps them, JSON would drop them. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (patch[key] !== undefined) out[key] = patch[key];
  }
  return out;
}

function withoutKeys<T>(record: Readonly<Record<string, T>>, keys: ReadonlySet<string>) {
  const next: Record<string, T> = {};
  for (const key in record) if (!keys.has(key)) next[key] = record[key]!;
  return next;
}

/**
 * Applies one operation to a map and returns the new map; the input is never modified.
 * Throws an `INVALID_EDIT` AppError, changing nothing, when the operation does not fit the
 * map (an unknown id, a duplicate id, an arrow to a step that does not exist). When
 * `touched` is given, it collects the ids of every row the operation changed, so that the
 * store can write exactly those.
 */
export function applyOperation(
  doc: MapDocument,
  op: Operation,
  touched: Touched = noneTouched(),
): MapDocument {
  switch (op.type) {
    case 'map/rename':
      touched.map = true;
      return { ...doc, info: { ...doc.info, name: op.name } };
    case 'map/setPurpose':
      touched.map = true;
      return { ...doc, info: { ...doc.info, purpose: op.purpose } };
    case 'elements/add':
      return addElements(doc, op.steps, op.transitions, touched);
    case 'elements/remove':
      return removeElements(doc, op.stepIds, op.transitionIds, touched);
    case 'step/update': {
      const step = own(doc.steps, op.id) ?? invalid(`there is no step ${op.id}`);
      touched.steps.add(op.id);
      return { ...doc, steps: { ...doc.steps, [op.id]: { ...step, ...definedOnly(op.patch) } } };
    }
    case 'steps/move': {
      const steps = { ...doc.steps };
      for (const move of op.moves) {
        const step = own(steps, move.id) ?? invalid(`there is no step ${move.id}`);
        steps[move.id] = { ...step, position: move.position };
        touched.steps.add(move.id);
      }
      return { ...doc, steps };
    }
    case 'transition/update': {
      const transition = own(doc.transitions, op.id) ?? invalid(`there is no arrow ${op.id}`);
      touched.transitions.add(op.id);
      const next = { ...transition, ...definedOnly(op.patch) };
      return { ...doc, transitions: { ...doc.transitions, [op.id]: next } };
    }
    case 'decision/update': {
      const transition = own(doc.transitions, op.id) ?? invalid(`there is no arrow ${op.id}`);
      touched.transitions.add(op.id);
      const decision = { ...transition.decision, ...definedOnly(op.patch) };
      const next = { ...transition, decision };
      return { ...doc, transitions: { ...doc.transitions, [op.id]: next } };
    }
  }
}

function addElements(
  doc: MapDocument,
  steps: readonly Step[],
  transitions: readonly Transition[],
  touched: Touched,
): MapDocument {
  const nextSteps: Record<string, Step> = { ...doc.steps };
  const stepOrder: StepId[] = [...doc.stepOrder];
  for (const step of steps) {
    // Assigning `__proto__` would replace the record's prototype instead of adding a step.
    if (step.id === '__proto__') invalid('that id is reserved');
    if (Object.hasOwn(nextSteps, step.id)) invalid(`a step ${step.id} already exists`);
    nextSteps[step.id] = step;
    stepOrder.push(step.id);
    touched.steps.add(step.id);
  }
  const nextTransitions: Record<string, Transition> = { ...doc.transitions };
  const transitionOrder: TransitionId[] = [...doc.transitionOrder];
  for (const transition of transitions) {
    if (transition.id === '__proto__') invalid('that id is reserved');
    if (Object.hasOwn(nextTransitions, transition.id)) {
      invalid(`an arrow ${transition.id} already exists`);
    }
    if (!own(nextSteps, transition.from) || !own(nextSteps, transition.to)) {
      invalid('an arrow must connect two steps of the map');
    }
    if (transition.from === transition.to) invalid('an arrow cannot lead back into its own step');
    nextTransitions[transition.id] = transition;
    transitionOrder.push(transition.id);
    touched.transitions.add(transition.id);
  }
  return { ...doc, steps: nextSteps, stepOrder, transitions: nextTransitions, transitionOrder };
}

/** The transitions an `elements/remove` takes away: those named and those touching a removed step. */
export function transitionsRemovedWith(
  doc: MapDocument,
  stepIds: readonly StepId[],
  transitionIds: readonly TransitionId[],
): Set<TransitionId> {
  const removedSteps = new Set<string>(stepIds);
  const removed = new Set<TransitionId>(transitionIds);
  if (removedSteps.size > 0) {
    for (const id of doc.transitionOrder) {
      const t = doc.transitions[id]!;
      if (removedSteps.has(t.from) || removedSteps.has(t.to)) removed.add(id);
    }
  }
  return removed;
}

function removeElements(
  doc: MapDocument,
  stepIds: readonly StepId[],
  transitionIds: readonly TransitionId[],
  touched: Touched,
): MapDocument {
  for (const id of stepIds) if (!own(doc.steps, id)) invalid(`there is no step ${id}`);
  for (const id of transitionIds) if (!own(doc.transitions, id)) invalid(`there is no arrow ${id}`);
  const steps = new Set<string>(stepIds);
  const transitions = transitionsRemovedWith(doc, stepIds, transitionIds);
  steps.forEach((id) => touched.steps.add(id));
  transitions.forEach((id) => touched.transitions.add(id));
  return {
    ...doc,
    steps: withoutKeys(doc.steps, steps),
    stepOrder: doc.stepOrder.filter((id) => !steps.has(id)),
    transitions: withoutKeys(doc.transitions, transitions),
    transitionOrder: doc.transitionOrder.filter((id) => !transitions.has(id)),
  };
}

/** Applies operations in order; all or nothing, like one save. */
export function applyOperations(
  doc: MapDocument,
  ops: readonly Operation[],
  touched: Touched = noneTouched(),
): MapDocument {
  return ops.reduce((current, op) => applyOperation(current, op, touched), doc);
}
