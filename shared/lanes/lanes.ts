/**
 * Swimlanes: one horizontal band per role that performs steps, and the handoffs between
 * them. Pure; the canvas draws the bands and auto-layout keeps each step in its band.
 */
import type { MapDocument, RoleId, StepId, Transition, TransitionId } from '../model';
import { flowOrder } from '../workshop/flowOrder';

/** The name of the lane of steps whose performer nobody has named yet. */
export const NO_PERFORMER_LANE = 'No one named';

export interface Lane {
  /** The performing role; null for the steps without a performer. */
  readonly roleId: RoleId | null;
  /** The role's name, or "No one named". */
  readonly name: string;
  /** The lane's steps, in flow order. */
  readonly stepIds: readonly StepId[];
}

/** A step's performer when it is a role of the map; null otherwise. */
function performerOf(doc: MapDocument, id: string): RoleId | null {
  const performer = Object.hasOwn(doc.steps, id) ? doc.steps[id]!.performer : null;
  return performer !== null && Object.hasOwn(doc.roles, performer) ? performer : null;
}

/**
 * The map's lanes: one per role that performs a step, plus "No one named" for steps without
 * a performer (only when there are such steps). Lanes, and the steps within each, are in
 * the order the steps appear in flow order (`flowOrder`: breadth-first from the starts,
 * steps nothing reaches last), so the lane of the first step is on top.
 */
export function lanesOf(doc: MapDocument): Lane[] {
  const lanes = new Map<RoleId | null, StepId[]>();
  for (const id of flowOrder(doc).steps) {
    const role = performerOf(doc, id);
    const list = lanes.get(role);
    if (list) list.push(id);
    else lanes.set(role, [id]);
  }
  return [...lanes].map(([roleId, stepIds]) => ({
    roleId,
    name: roleId === null ? NO_PERFORMER_LANE : doc.roles[roleId]!.name,
    stepIds,
  }));
}

/**
 * True when the arrow crosses lanes: both of its steps have a performer and they differ.
 * Any kind of arrow counts — a send-back to another role is work changing hands too. An
 * arrow from or to a step without a performer is not counted: nobody knows yet whether
 * the work changes hands there.
 */
export function isHandoff(doc: MapDocument, t: Transition): boolean {
  const from = performerOf(doc, t.from);
  const to = performerOf(doc, t.to);
  return from !== null && to !== null && from !== to;
}

/** The arrows that cross lanes (`isHandoff`), in drawing order. */
export function handoffsOf(doc: MapDocument): TransitionId[] {
  return doc.transitionOrder.filter((id) => isHandoff(doc, doc.transitions[id]!));
}

/** How many arrows cross lanes (`isHandoff`): the map's handoff count. */
export function handoffCount(doc: MapDocument): number {
  let count = 0;
  for (const id of doc.transitionOrder) if (isHandoff(doc, doc.transitions[id]!)) count++;
  return count;
}
