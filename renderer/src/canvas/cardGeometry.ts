/**
 * The canvas's geometry as the card placement sees it: each step's box (its height estimated
 * from its name until React Flow measures it) and each arrow's curve between the handles
 * React Flow draws it from. Without React or the store, so tests and benchmarks measure a
 * layout with exactly what the canvas draws.
 */
import type { MapDocument } from '../../../shared/model';
import type { CardArrow, Point, Rect } from '../../../shared/placement/cards';
import { arrowCurve, arrowEnds } from './arrowPath';
import { STEP_MIN_HEIGHT, STEP_WIDTH } from './stepSize';

/**
 * The card's box on the canvas (.chip-holder in cards.css): the chip is 184 wide, and at
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

/** Every step's box, by id. */
export function stepBoxes(doc: MapDocument): Map<string, Rect> {
  const boxes = new Map<string, Rect>();
  for (const id of doc.stepOrder) {
    const s = doc.steps[id]!;
    boxes.set(id, { ...s.position, width: STEP_WIDTH, height: estimatedStepHeight(s.label) });
  }
  return boxes;
}

/** Every arrow with its curve and its card's size, in drawing order. */
export function cardArrows(doc: MapDocument, boxes: ReadonlyMap<string, Rect>): CardArrow[] {
  const arrows: CardArrow[] = [];
  for (const id of doc.transitionOrder) {
    const t = doc.transitions[id]!;
    const from = boxes.get(t.from);
    const to = boxes.get(t.to);
    if (!from || !to) continue;
    const [sx, sy, tx, ty, sides] = arrowEnds(t.kind, from, to, HANDLE_OUT);
    const c = arrowCurve(t.kind, sx, sy, tx, ty, sides);
    const curve: [Point, Point, Point, Point] = [
      [c.sx, c.sy],
      [c.c1x, c.c1y],
      [c.c2x, c.c2y],
      [c.tx, c.ty],
    ];
    const height = CARD_HEIGHT + (t.kind === 'forward' ? 0 : TAG_HEIGHT);
    arrows.push({ id, curve, width: CARD_WIDTH, height });
  }
  return arrows;
}
