import {
  own,
  type Decision,
  type InformationId,
  type InformationItem,
  type MapDocument,
  type Role,
  type RoleId,
  type Step,
  type StepId,
  type Transition,
  type TransitionId,
} from '../model';
import { checkMapLimits, idTaken, refuseReservedId } from './mapLimits';
import { applyMapRowEdit, parkedOn } from './mapRow';
import { invalid } from './refuse';
import { replaceInformation, replaceRole } from './roster';
import type { DecisionPatch, Operation, Touched } from './types';
import { ANSWER_FIELDS, questionOfField, type AnswerField } from '../questions';

/** An empty record of touched rows, to pass to `applyOperation`. */
export function noneTouched(): Touched {
  return {
    map: false,
    steps: new Set(),
    transitions: new Set(),
    roles: new Set(),
    information: new Set(),
  };
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
 * Refuses references to roles or information items the map does not have: a decider or a
 * required item must be in the roster first (add it in the same save, before the edit).
 */
function checkRoles(doc: MapDocument, ids: readonly string[] | undefined): void {
  for (const id of ids ?? []) if (!own(doc.roles, id)) invalid(`there is no role ${id}`);
}

function checkInformation(doc: MapDocument, ids: readonly string[] | undefined): void {
  for (const id of ids ?? []) {
    if (!own(doc.information, id)) invalid(`there is no information item ${id}`);
  }
}

function checkStepReferences(
  doc: MapDocument,
  step: { readonly performer?: string | null; readonly produces?: readonly string[] },
): void {
  if (step.performer !== undefined && step.performer !== null) checkRoles(doc, [step.performer]);
  checkInformation(doc, step.produces);
}

function checkDecisionReferences(doc: MapDocument, decision: Partial<Decision>): void {
  checkRoles(doc, decision.deciders);
  checkRoles(doc, decision.consulted);
  checkRoles(doc, decision.approvers);
  checkRoles(doc, decision.recommenders);
  checkRoles(doc, decision.informed);
  checkInformation(doc, decision.requires);
}

/**
 * Applies one operation to a map and returns the new map; the input is never modified.
 * Throws an `INVALID_EDIT` AppError, changing nothing, when the operation does not fit the
 * map (an unknown id, a duplicate id, an arrow to a step that does not exist, a map grown
 * past what a map file holds: mapLimits.ts). When `touched` is given, it collects the ids
 * of every row the operation changed, so that the store can write exactly those.
 */
export function applyOperation(
  doc: MapDocument,
  op: Operation,
  touched: Touched = noneTouched(),
): MapDocument {
  // The limits are checked per operation, from the rows this one touched.
  const mine = noneTouched();
  const next = applyOne(doc, op, mine);
  checkMapLimits(doc, next, op, mine);
  if (mine.map) touched.map = true;
  for (const table of ['steps', 'transitions', 'roles', 'information'] as const) {
    for (const id of mine[table]) touched[table].add(id);
  }
  return next;
}

function applyOne(doc: MapDocument, op: Operation, touched: Touched): MapDocument {
  switch (op.type) {
    case 'map/rename':
      touched.map = true;
      return { ...doc, info: { ...doc.info, name: op.name } };
    case 'map/setPurpose':
      touched.map = true;
      return { ...doc, info: { ...doc.info, purpose: op.purpose } };
    case 'map/setNotation':
      touched.map = true;
      return { ...doc, info: { ...doc.info, notation: op.notation } };
    case 'elements/add':
      return addElements(doc, op.steps, op.transitions, touched);
    case 'elements/remove':
      return removeElements(doc, op.stepIds, op.transitionIds, touched);
    case 'step/update': {
      const step = own(doc.steps, op.id) ?? invalid(`there is no step ${op.id}`);
      const patch = definedOnly(op.patch);
      checkStepReferences(doc, patch);
      touched.steps.add(op.id);
      return { ...doc, steps: { ...doc.steps, [op.id]: { ...step, ...patch } } };
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
      const patch = definedOnly(op.patch);
      checkDecisionReferences(doc, patch);
      touched.transitions.add(op.id);
      const decision = withoutEmptyMark({
        ...transition.decision,
        ...patch,
        ...roomMarkAfter(transition.decision, patch),
      });
      const next = { ...transition, decision };
      return { ...doc, transitions: { ...doc.transitions, [op.id]: next } };
    }
    case 'role/add':
      return { ...doc, roles: addEntry(doc, doc.roles, op.role, 'a role', touched.roles) };
    case 'role/update': {
      const role = own(doc.roles, op.id) ?? invalid(`there is no role ${op.id}`);
      touched.roles.add(op.id);
      return { ...doc, roles: { ...doc.roles, [op.id]: { ...role, ...definedOnly(op.patch) } } };
    }
    case 'role/remove':
      return dropFromRoster(doc, 'roles', op.id, null, touched);
    case 'role/merge':
      return dropFromRoster(doc, 'roles', op.from, op.into, touched);
    case 'information/add':
      return {
        ...doc,
        information: addEntry(
          doc,
          doc.information,
          op.item,
          'an information item',
          touched.information,
        ),
      };
    case 'information/update': {
      const item = own(doc.information, op.id) ?? invalid(`there is no information item ${op.id}`);
      touched.information.add(op.id);
      const next = { ...item, ...definedOnly(op.patch) };
      return { ...doc, information: { ...doc.information, [op.id]: next } };
    }
    case 'information/remove':
      return dropFromRoster(doc, 'information', op.id, null, touched);
    case 'information/merge':
      return dropFromRoster(doc, 'information', op.from, op.into, touched);
    case 'parking/add':
    case 'parking/update':
    case 'parking/remove':
    case 'votes/set':
      return applyMapRowEdit(doc, op, touched);
  }
}

/** The record with a new role or information item; refuses a reserved or existing id. */
function addEntry<T extends Role | InformationItem>(
  doc: MapDocument,
  record: Readonly<Record<string, T>>,
  entry: T,
  noun: 'a role' | 'an information item',
  touched: Set<string>,
): Record<string, T> {
  // Assigning `__proto__` would replace the record's prototype instead of adding an entry.
  refuseReservedId(entry.id);
  if (Object.hasOwn(record, entry.id)) invalid(`${noun} ${entry.id} already exists`);
  if (idTaken(doc, entry.id)) invalid(`the id ${entry.id} is already used in this map`);
  touched.add(entry.id);
  return { ...record, [entry.id]: entry };
}

/**
 * Removes a role or information item and rewrites every reference to it: to `into` (a
 * merge) or away (a remove). Touches the entry's row and every step and transition whose
 * references changed.
 */
function dropFromRoster(
  doc: MapDocument,
  kind: 'roles' | 'information',
  from: string,
  into: string | null,
  touched: Touched,
): MapDocument {
  const noun = kind === 'roles' ? 'role' : 'information item';
  const roster: Readonly<Record<string, unknown>> = doc[kind];
  if (!own(roster, from)) invalid(`there is no ${noun} ${from}`);
  if (into !== null && !own(roster, into)) invalid(`there is no ${noun} ${into}`);
  if (from === into) invalid(`the ${noun} ${from} cannot be merged into itself`);
  const rewritten =
    kind === 'roles'
      ? replaceRole(doc, from as RoleId, into as RoleId | null)
      : replaceInformation(doc, from as InformationId, into as InformationId | null);
  touched[kind].add(from);
  rewritten.stepIds.forEach((id) => touched.steps.add(id));
  rewritten.transitionIds.forEach((id) => touched.transitions.add(id));
  const next = { ...doc, steps: rewritten.steps, transitions: rewritten.transitions };
  const gone = new Set([from]);
  return kind === 'roles'
    ? { ...next, roles: withoutKeys(doc.roles, gone) }
    : { ...next, information: withoutKeys(doc.information, gone) };
}

function addElements(
  doc: MapDocument,
  steps: readonly Step[],
  transitions: readonly Transition[],
  touched: Touched,
): MapDocument {
  const nextSteps: Record<string, Step> = { ...doc.steps };
  const stepOrder: StepId[] = [...doc.stepOrder];
  const nextTransitions: Record<string, Transition> = { ...doc.transitions };
  const transitionOrder: TransitionId[] = [...doc.transitionOrder];
  // An id must be new to the whole map, the elements added before it in this edit included.
  const parkingIds = new Set(doc.parkingLot.map((p) => p.id));
  const taken = (id: string) =>
    idTaken({ ...doc, steps: nextSteps, transitions: nextTransitions }, id, parkingIds);
  for (const step of steps) {
    // Assigning `__proto__` would replace the record's prototype instead of adding a step.
    refuseReservedId(step.id);
    if (Object.hasOwn(nextSteps, step.id)) invalid(`a step ${step.id} already exists`);
    if (taken(step.id)) invalid(`the id ${step.id} is already used in this map`);
    checkStepReferences(doc, step);
    nextSteps[step.id] = step;
    stepOrder.push(step.id);
    touched.steps.add(step.id);
  }
  for (const transition of transitions) {
    refuseReservedId(transition.id);
    if (Object.hasOwn(nextTransitions, transition.id)) {
      invalid(`an arrow ${transition.id} already exists`);
    }
    if (taken(transition.id)) invalid(`the id ${transition.id} is already used in this map`);
    if (!own(nextSteps, transition.from) || !own(nextSteps, transition.to)) {
      invalid('an arrow must connect two steps of the map');
    }
    if (transition.from === transition.to) invalid('an arrow cannot lead back into its own step');
    checkDecisionReferences(doc, transition.decision);
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
  // A parked question is never lost with its step or arrow: it stays, about the whole map.
  const orphaned = parkedOn(doc, steps, transitions);
  if (orphaned.size > 0) touched.map = true;
  return {
    ...doc,
    steps: withoutKeys(doc.steps, steps),
    stepOrder: doc.stepOrder.filter((id) => !steps.has(id)),
    transitions: withoutKeys(doc.transitions, transitions),
    transitionOrder: doc.transitionOrder.filter((id) => !transitions.has(id)),
    parkingLot:
      orphaned.size === 0
        ? doc.parkingLot
        : doc.parkingLot.map((p) => (orphaned.has(p.id) ? { ...p, target: null } : p)),
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

/** No room mark is kept as an empty list: a decision the room never answered has none. */
function withoutEmptyMark(decision: Decision): Decision {
  if (decision.fromRoom === undefined || decision.fromRoom.length > 0) return decision;
  const { fromRoom: _, ...rest } = decision;
  return rest;
}

/**
 * A hand edit of a question's fields takes the room's mark off that question (the answer is
 * no longer the one the room proposed); an edit that sets the mark itself (accepting a
 * room's answer, an undo) keeps what it says.
 */
function roomMarkAfter(decision: Decision, patch: DecisionPatch): Pick<Decision, 'fromRoom'> {
  const marked = decision.fromRoom;
  if ('fromRoom' in patch || !marked || marked.length === 0) return {};
  const edited = new Set(
    Object.keys(patch)
      .filter((key): key is AnswerField => Object.hasOwn(ANSWER_FIELDS, key))
      .map(questionOfField),
  );
  const kept = marked.filter((q) => !edited.has(q));
  return kept.length === marked.length ? {} : { fromRoom: kept };
}
