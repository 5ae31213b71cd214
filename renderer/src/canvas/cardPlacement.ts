/**
 * Where the canvas (and its PNG and SVG pictures, drawn by the same arrow component) puts
 * each decision card: shared/placement's one placement, fed with the canvas's geometry.
 *
 * Worked out once per version of the map's geometry, not per frame: a drag moves a step in
 * React Flow only, and the map changes when it is dropped; then only the cards the drop can
 * reach are placed again (placeCardsAgain). While it moves, a card keeps its offset from its
 * arrow's middle and so travels with the arrow. Typing a decision or a step's notes changes
 * the map but not its geometry, and hands back the same offsets (the same objects too), so
 * no arrow re-renders for it.
 */
import type { MapDocument } from '../../../shared/model';
import { placeCardsAgain, type Placement } from '../../../shared/placement/cards';
import { cardArrows, estimatedStepHeight, stepBoxes } from './cardGeometry';
import { laneLabelBoxes } from './LaneBands';

/** A card's place, relative to the middle of its arrow as React Flow draws it. */
export interface CardOffset {
  readonly dx: number;
  readonly dy: number;
  /** The card is away from its arrow: a leader line ties them. */
  readonly leader: boolean;
}

interface Cached {
  readonly key: readonly number[];
  readonly ids: readonly string[];
  readonly places: ReadonlyMap<string, CardOffset>;
  /** The placement itself, so the next change of geometry re-places only what it reaches. */
  readonly placement: Placement;
}

let last: { doc: MapDocument; lanes: boolean; places: ReadonlyMap<string, CardOffset> } | null =
  null;
let cached: Cached | null = null;

/** The numbers placement depends on: steps' boxes, arrows' ends and kinds, lane names. */
function geometryKey(doc: MapDocument, lanes: boolean): number[] {
  const key: number[] = [lanes ? 1 : 0];
  const index = new Map<string, number>();
  doc.stepOrder.forEach((id, i) => {
    const s = doc.steps[id]!;
    index.set(id, i);
    key.push(s.position.x, s.position.y, estimatedStepHeight(s.label));
  });
  for (const id of doc.transitionOrder) {
    const t = doc.transitions[id]!;
    const kind = t.kind === 'forward' ? 0 : t.kind === 'send-back' ? 1 : 2;
    key.push(index.get(t.from) ?? -1, index.get(t.to) ?? -1, kind);
  }
  // Lanes follow performers too: a step given to another role moves a lane's name.
  if (lanes) for (const box of laneLabelBoxes(doc)) key.push(box.x, box.y);
  return key;
}

function sameKey(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every card's offset from its arrow's middle, for this map (with swimlanes on or off). */
export function cardOffsetsOf(doc: MapDocument, lanes: boolean): ReadonlyMap<string, CardOffset> {
  if (last && last.doc === doc && last.lanes === lanes) return last.places;
  const key = geometryKey(doc, lanes);
  // The same arrows in the same order too (compared by id, not by array: an edit of one
  // decision may hand over a new list of the same arrows).
  const sameIds = (ids: readonly string[]) =>
    ids === doc.transitionOrder ||
    (ids.length === doc.transitionOrder.length &&
      ids.every((id, i) => id === doc.transitionOrder[i]));
  if (!cached || !sameKey(cached.key, key) || !sameIds(cached.ids)) {
    const placement = place(doc, lanes, cached?.placement ?? null);
    const places = offsetsOf(placement, cached?.places);
    cached = { key, ids: doc.transitionOrder, places, placement };
  }
  last = { doc, lanes, places: cached.places };
  return cached.places;
}

/**
 * The placement for this map, worked out again from the one before: dropping a step re-places
 * the cards near it and keeps the rest, where a full placement would put them too.
 */
function place(doc: MapDocument, lanes: boolean, previous: Placement | null): Placement {
  const boxes = stepBoxes(doc);
  const keepOut = lanes ? laneLabelBoxes(doc) : [];
  return placeCardsAgain(previous, [...boxes.values()], cardArrows(doc, boxes), keepOut);
}

function offsetsOf(
  placement: Placement,
  previous: ReadonlyMap<string, CardOffset> | undefined,
): ReadonlyMap<string, CardOffset> {
  const offsets = new Map<string, CardOffset>();
  for (const [id, p] of placement.places) {
    const dx = Math.round(p.dx);
    const dy = Math.round(p.dy);
    const leader = p.leader !== null;
    const old = previous?.get(id);
    // The same object for the same place, so the arrow's component does not re-render.
    offsets.set(
      id,
      old && old.dx === dx && old.dy === dy && old.leader === leader ? old : { dx, dy, leader },
    );
  }
  return offsets;
}
