/**
 * Swimlanes: one horizontal band per role that performs steps, and the handoffs between
 * them. Pure; the canvas draws the bands and auto-layout keeps each step in its band.
 */
import type { MapDocument, RoleId, StepId, Transition, TransitionId } from '../model';
import { flowOrder } from '../analysis/flowOrder';

/** The name of the lane of steps whose performer nobody has named yet. */
export const NO_PERFORMER_LANE = 'No performer yet';

export interface Lane {
  /** The performing role; null for the steps without a performer. */
  readonly roleId: RoleId | null;
  /** The role's name, or "No performer yet". */
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
 * The map's lanes: one per role that performs a step, plus "No performer yet" for steps without
 * a performer (only when there are such steps). Lanes, and the steps within each, are in
 * the order the steps appear in flow order (`flowOrder`: each step after every step
 * that moves work into it, steps nothing reaches last), so the lane of the first step is on top.
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

/** A lane drawn as a band across the map, in map coordinates. */
export interface LaneBand {
  readonly roleId: RoleId | null;
  readonly name: string;
  readonly index: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Room above and below a lane's steps, and after the last step. */
export const LANE_PAD = 28;
/** Room at the left of the first steps (the names are in a header column of their own). */
export const LANE_LABEL_ROOM = 40;
/** Room at the left of the first steps where the names are drawn in the bands (pictures). */
export const LANE_NAME_ROOM = 200;

/**
 * The bands of the lanes, sized from their steps as they are now: each as tall as its
 * steps (with LANE_PAD above and below), all as wide as the whole map with LANE_LABEL_ROOM
 * (or `labelRoom`) on the left. `size` gives a step's drawn size (a long name makes it taller).
 */
export function laneBands(
  doc: MapDocument,
  size: (id: StepId) => { readonly width: number; readonly height: number },
  labelRoom: number = LANE_LABEL_ROOM,
): LaneBand[] {
  const steps = doc.stepOrder.map((id) => doc.steps[id]!);
  if (steps.length === 0) return [];
  const left = Math.min(...steps.map((s) => s.position.x)) - labelRoom;
  const right = Math.max(...steps.map((s) => s.position.x + size(s.id).width)) + LANE_PAD;
  const bands = lanesOf(doc).map((lane, index) => {
    const tops = lane.stepIds.map((id) => doc.steps[id]!.position.y);
    const bottoms = lane.stepIds.map((id) => doc.steps[id]!.position.y + size(id).height);
    return {
      roleId: lane.roleId,
      name: lane.name,
      index,
      left,
      right,
      top: Math.min(...tops) - LANE_PAD,
      bottom: Math.max(...bottoms) + LANE_PAD,
    };
  });
  // Lanes laid out close together share the room between them rather than overlap in it.
  const sorted = [...bands].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i++) {
    const above = sorted[i - 1]!;
    const below = sorted[i]!;
    const overlap = above.bottom - below.top;
    if (overlap > 0 && overlap <= 2 * LANE_PAD) {
      const middle = (above.bottom + below.top) / 2;
      above.bottom = middle;
      below.top = middle;
    }
  }
  return bands;
}

/**
 * True when two bands overlap: some step is not in its lane (steps drawn before the lanes
 * were turned on), and the lanes cannot be read until the map is laid out in lanes.
 */
export function bandsOverlap(bands: readonly LaneBand[]): boolean {
  const sorted = [...bands].sort((a, b) => a.top - b.top);
  return sorted.some((band, i) => i > 0 && band.top < sorted[i - 1]!.bottom);
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
