/**
 * Where the canvas (and its PNG and SVG pictures, drawn by the same arrow component) puts
 * each decision card: shared/placement's one placement, fed with the canvas's geometry.
 *
 * Worked out once per version of the map's geometry, not per frame: a drag moves a step in
 * React Flow only, and the map changes when it is dropped. While it moves, a card keeps its
 * offset from its arrow's middle and so travels with the arrow. Typing a decision or a step's
 * notes changes the map but not its geometry, and hands back the same offsets (the same
 * objects too), so no arrow re-renders for it.
 */
import type { MapDocument } from '../../../shared/model';
import { placeCards, type CardArrow, type Point, type Rect } from '../../../shared/placement/cards';
import { arrowCurve } from './arrowPath';
import { STEP_MIN_HEIGHT, STEP_WIDTH } from './flowMapping';
import { laneLabelBoxes } from './LaneBands';

/** A card's place, relative to the middle of its arrow as React Flow draws it. */
export interface CardOffset {
  readonly dx: number;
  readonly dy: number;
  /** The card is away from its arrow: a leader line ties them. */
  readonly leader: boolean;
}

/**
 * The card's box on the canvas (.chip-holder in editor.css): the chip is 184 wide, and at
 * most 84 tall (a two-line question, its decider and readiness); a "Send back" or
 * "Escalation" tag adds a line above it. The holder is centred on its point, tag included.
 */
export const CARD_WIDTH = 184;
export const CARD_HEIGHT = 84;
export const TAG_HEIGHT = 18;

/**
 * A step's height before React Flow measures it, from its name: 13 px semibold in about
 * 134 px of width, some 16 characters a line (counted generously, so a card keeps clear).
 */
export function estimatedStepHeight(label: string): number {
  const lines = Math.max(1, Math.ceil(label.length / 16));
  return Math.max(STEP_MIN_HEIGHT, 36 + lines * 17);
}

/** React Flow draws an arrow from the outer edge of a 10 px handle (flowMapping.ts). */
const HANDLE_OUT = 5;

interface Cached {
  readonly key: Float64Array;
  readonly ids: readonly string[];
  readonly places: ReadonlyMap<string, CardOffset>;
}

let last: { doc: MapDocument; lanes: boolean; places: ReadonlyMap<string, CardOffset> } | null =
  null;
let cached: Cached | null = null;

/** The numbers placement depends on: steps' boxes, arrows' ends and kinds, lanes. */
function geometryKey(doc: MapDocument, lanes: boolean): Float64Array {
  const key = new Float64Array(1 + doc.stepOrder.length * 3 + doc.transitionOrder.length * 3);
  const index = new Map<string, number>();
  let k = 0;
  key[k++] = lanes ? 1 : 0;
  doc.stepOrder.forEach((id, i) => {
    const s = doc.steps[id]!;
    index.set(id, i);
    key[k++] = s.position.x;
    key[k++] = s.position.y;
    key[k++] = estimatedStepHeight(s.label);
  });
  for (const id of doc.transitionOrder) {
    const t = doc.transitions[id]!;
    key[k++] = index.get(t.from) ?? -1;
    key[k++] = index.get(t.to) ?? -1;
    key[k++] = t.kind === 'forward' ? 0 : t.kind === 'send-back' ? 1 : 2;
  }
  return key;
}

function sameKey(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every card's offset from its arrow's middle, for this map (with swimlanes on or off). */
export function cardOffsetsOf(doc: MapDocument, lanes: boolean): ReadonlyMap<string, CardOffset> {
  if (last && last.doc === doc && last.lanes === lanes) return last.places;
  const key = geometryKey(doc, lanes);
  if (!cached || !sameKey(cached.key, key) || cached.ids !== doc.transitionOrder) {
    cached = { key, ids: doc.transitionOrder, places: place(doc, lanes, cached?.places) };
  }
  last = { doc, lanes, places: cached.places };
  return cached.places;
}

function place(
  doc: MapDocument,
  lanes: boolean,
  previous: ReadonlyMap<string, CardOffset> | undefined,
): ReadonlyMap<string, CardOffset> {
  const boxes = new Map<string, Rect>();
  for (const id of doc.stepOrder) {
    const s = doc.steps[id]!;
    boxes.set(id, { ...s.position, width: STEP_WIDTH, height: estimatedStepHeight(s.label) });
  }
  const arrows: CardArrow[] = [];
  for (const id of doc.transitionOrder) {
    const t = doc.transitions[id]!;
    const from = boxes.get(t.from);
    const to = boxes.get(t.to);
    if (!from || !to) continue;
    const back = t.kind === 'send-back';
    const [sx, sy] = back
      ? [from.x + from.width / 2, from.y + from.height + HANDLE_OUT]
      : [from.x + from.width + HANDLE_OUT, from.y + from.height / 2];
    const [tx, ty] = back
      ? [to.x + to.width / 2, to.y + to.height + HANDLE_OUT]
      : [to.x - HANDLE_OUT, to.y + to.height / 2];
    const c = arrowCurve(t.kind, sx, sy, tx, ty);
    const curve: [Point, Point, Point, Point] = [
      [c.sx, c.sy],
      [c.c1x, c.c1y],
      [c.c2x, c.c2y],
      [c.tx, c.ty],
    ];
    const height = CARD_HEIGHT + (t.kind === 'forward' ? 0 : TAG_HEIGHT);
    arrows.push({ id, curve, width: CARD_WIDTH, height });
  }
  const keepOut = lanes ? laneLabelBoxes(doc) : [];
  const placed = placeCards([...boxes.values()], arrows, keepOut);
  const offsets = new Map<string, CardOffset>();
  for (const [id, p] of placed) {
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
