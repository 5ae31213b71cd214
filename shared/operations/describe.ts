/**
 * An edit in the person's words ("Rename the step “Draft brief” to “Write brief”"), for the
 * list of edits that could not be kept. Names are read from `doc`, the map the edit was
 * made on; an element no longer there is described by its kind alone.
 */
import type { MapDocument } from '../model';
import { applyOperation } from './apply';
import type { Operation } from './types';

/** Long names are cut so that a list of edits stays readable. */
const NAME_CHARS = 60;

function quoted(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '(no name)';
  const cut = trimmed.length > NAME_CHARS ? `${trimmed.slice(0, NAME_CHARS - 1)}…` : trimmed;
  return `“${cut}”`;
}

function stepName(doc: MapDocument, id: string): string {
  const step = doc.steps[id as keyof MapDocument['steps']];
  return step ? `the step ${quoted(step.label)}` : 'a step';
}

function arrowName(doc: MapDocument, id: string): string {
  const arrow = doc.transitions[id as keyof MapDocument['transitions']];
  if (!arrow) return 'an arrow';
  const from = doc.steps[arrow.from];
  const to = doc.steps[arrow.to];
  return from && to ? `the arrow from ${quoted(from.label)} to ${quoted(to.label)}` : 'an arrow';
}

function roleName(doc: MapDocument, id: string): string {
  const role = doc.roles[id as keyof MapDocument['roles']];
  return role ? `the role ${quoted(role.name)}` : 'a role';
}

function itemName(doc: MapDocument, id: string): string {
  const item = doc.information[id as keyof MapDocument['information']];
  return item ? `the information ${quoted(item.name)}` : 'an information item';
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** One edit, described in plain words. */
export function describeOperation(op: Operation, doc: MapDocument): string {
  switch (op.type) {
    case 'map/rename':
      return `Rename the map to ${quoted(op.name)}`;
    case 'map/setPurpose':
      return 'Change the map’s purpose';
    case 'map/setNotation':
      return `Read the decisions in ${op.notation}`;
    case 'elements/add': {
      const [only] = op.steps;
      if (op.steps.length === 1 && only && op.transitions.length === 0) {
        return `Add the step ${quoted(only.label)}`;
      }
      if (op.steps.length === 0 && op.transitions.length === 1) {
        const arrow = op.transitions[0]!;
        return `Connect ${stepName(doc, arrow.from)} to ${stepName(doc, arrow.to)}`;
      }
      const parts = [
        op.steps.length > 0 ? count(op.steps.length, 'step', 'steps') : '',
        op.transitions.length > 0 ? count(op.transitions.length, 'arrow', 'arrows') : '',
      ].filter(Boolean);
      return `Add ${parts.join(' and ')}`;
    }
    case 'elements/remove': {
      const [step] = op.stepIds;
      const [arrow] = op.transitionIds;
      if (op.stepIds.length === 1 && step && op.transitionIds.length === 0) {
        return `Delete ${stepName(doc, step)}`;
      }
      if (op.stepIds.length === 0 && op.transitionIds.length === 1 && arrow) {
        return `Delete ${arrowName(doc, arrow)}`;
      }
      const parts = [
        op.stepIds.length > 0 ? count(op.stepIds.length, 'step', 'steps') : '',
        op.transitionIds.length > 0 ? count(op.transitionIds.length, 'arrow', 'arrows') : '',
      ].filter(Boolean);
      return `Delete ${parts.join(' and ')}`;
    }
    case 'step/update':
      if (op.patch.label !== undefined) {
        return `Rename ${stepName(doc, op.id)} to ${quoted(op.patch.label)}`;
      }
      return `Change ${stepName(doc, op.id)}`;
    case 'steps/move':
      return op.moves.length === 1 && op.moves[0]
        ? `Move ${stepName(doc, op.moves[0].id)}`
        : `Move ${count(op.moves.length, 'step', 'steps')}`;
    case 'transition/update':
      return `Change ${arrowName(doc, op.id)}`;
    case 'decision/update':
      return `Change the decision on ${arrowName(doc, op.id)}`;
    case 'role/add':
      return `Add the role ${quoted(op.role.name)}`;
    case 'role/update':
      return `Change ${roleName(doc, op.id)}`;
    case 'role/remove':
      return `Remove ${roleName(doc, op.id)}`;
    case 'role/merge':
      return `Merge ${roleName(doc, op.from)} into ${roleName(doc, op.into)}`;
    case 'information/add':
      return `Add the information ${quoted(op.item.name)}`;
    case 'information/update':
      return `Change ${itemName(doc, op.id)}`;
    case 'information/remove':
      return `Remove ${itemName(doc, op.id)}`;
    case 'information/merge':
      return `Merge ${itemName(doc, op.from)} into ${itemName(doc, op.into)}`;
    case 'parking/add':
      return `Park the question ${quoted(op.item.text)}`;
    case 'parking/update':
      return 'Change a parked question';
    case 'parking/remove':
      return 'Remove a parked question';
    case 'votes/set':
      return 'Change the votes on a finding';
  }
}

/** Whether two edits change the same field of the same element (keystrokes of one typing). */
function sameField(a: Operation, b: Operation): boolean {
  if (a.type !== b.type || !('id' in a) || !('id' in b) || a.id !== b.id) return false;
  const keys = (op: Operation) => ('patch' in op ? Object.keys(op.patch).sort().join() : '');
  return keys(a) === keys(b);
}

/**
 * The edits of `ops` that are in `refused`, in plain words, each described against the map
 * just before it (walking from `doc`, the map the first edit was made on), so a renamed
 * step is named as it was then. A run of refused edits to one field (typing sends one per
 * pause) is one entry: what the field was going to become.
 */
export function describeRefused(
  doc: MapDocument,
  ops: readonly Operation[],
  refused: ReadonlySet<Operation>,
): string[] {
  const words: string[] = [];
  let current = doc;
  let run: { readonly last: Operation; readonly before: MapDocument } | null = null;
  for (const op of ops) {
    if (!refused.has(op)) run = null;
    else if (run && sameField(run.last, op)) {
      words[words.length - 1] = describeOperation(op, run.before);
      run = { last: op, before: run.before };
    } else {
      words.push(describeOperation(op, current));
      run = { last: op, before: current };
    }
    try {
      current = applyOperation(current, op);
    } catch {
      // An edit that did not apply here leaves the map as it was for the next one.
    }
  }
  return words;
}
