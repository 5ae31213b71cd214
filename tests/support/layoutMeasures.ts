/**
 * How well a map is laid out for the decision view, measured on the geometry the canvas
 * draws (renderer/src/canvas/cardGeometry.ts): cards at their arrows' middles and after the
 * shared placement, arrows crossing each other, arrows running across cards and steps, and
 * the total length of the arrows. For the layout benchmark and the layout tests.
 */
import { cardArrows, stepBoxes } from '../../renderer/src/canvas/cardGeometry';
import type { MapDocument } from '../../shared/model';
import {
  overlaps,
  placeCards,
  pointOnCurve,
  type CardArrow,
  type Point,
  type Rect,
} from '../../shared/placement/cards';

export interface LayoutMeasures {
  /** Card-card and card-step overlaps with every card on its arrow's middle. */
  readonly overlapsAtMiddle: number;
  /** The same after the shared placement (zero unless a crowded map left no room). */
  readonly overlapsPlaced: number;
  /** Pairs of arrows that cross (arrows sharing a step not counted where they meet). */
  readonly crossings: number;
  /** Arrows that run across another arrow's placed card. */
  readonly arrowsOverCards: number;
  /** Arrows that run across a step other than their own two. */
  readonly arrowsOverSteps: number;
  /** The length of every arrow, added up, in map units. */
  readonly arrowLength: number;
  /** Cards moved off their arrows (with a leader line). */
  readonly leaders: number;
}

const SEGMENTS = 24;

function polyline(arrow: CardArrow): Point[] {
  return Array.from({ length: SEGMENTS + 1 }, (_, i) => pointOnCurve(arrow.curve, i / SEGMENTS));
}

const boxOfLine = (line: readonly Point[]): Rect => {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of line) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, width: x1 - x0 + 0.001, height: y1 - y0 + 0.001 };
};

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

function linesCross(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 0; i < a.length - 1; i++) {
    for (let j = 0; j < b.length - 1; j++) {
      if (segmentsCross(a[i]!, a[i + 1]!, b[j]!, b[j + 1]!)) return true;
    }
  }
  return false;
}

/** Whether the line runs through the inside of the box (shrunk a little: touching is fine). */
function lineThrough(line: readonly Point[], box: Rect): boolean {
  const inner = { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 };
  return line.some(
    ([x, y]) =>
      x > inner.x && x < inner.x + inner.width && y > inner.y && y < inner.y + inner.height,
  );
}

function countOverlaps(cards: readonly Rect[], steps: readonly Rect[]): number {
  let count = 0;
  cards.forEach((card, i) => {
    for (const step of steps) if (overlaps(card, step)) count++;
    for (let j = i + 1; j < cards.length; j++) if (overlaps(card, cards[j]!)) count++;
  });
  return count;
}

const centred = (x: number, y: number, a: CardArrow): Rect => ({
  x: x - a.width / 2,
  y: y - a.height / 2,
  width: a.width,
  height: a.height,
});

export function measureLayout(doc: MapDocument): LayoutMeasures {
  const boxes = stepBoxes(doc);
  const steps = [...boxes.values()];
  const arrows = cardArrows(doc, boxes);
  const ends = new Map<string, readonly string[]>(
    doc.transitionOrder.map((id) => [id, [doc.transitions[id]!.from, doc.transitions[id]!.to]]),
  );
  const middles = arrows.map((a) => {
    const [x, y] = pointOnCurve(a.curve, 0.5);
    return centred(x, y, a);
  });
  const places = placeCards(steps, arrows);
  const cards = arrows.map((a) => centred(places.get(a.id)!.x, places.get(a.id)!.y, a));
  const lines = arrows.map(polyline);
  const lineBoxes = lines.map(boxOfLine);
  let crossings = 0;
  let arrowsOverCards = 0;
  let arrowsOverSteps = 0;
  let arrowLength = 0;
  lines.forEach((line, i) => {
    for (let k = 0; k < line.length - 1; k++) {
      arrowLength += Math.hypot(line[k + 1]![0] - line[k]![0], line[k + 1]![1] - line[k]![1]);
    }
    const mine = new Set(ends.get(arrows[i]!.id));
    for (let j = i + 1; j < lines.length; j++) {
      if (!overlaps(lineBoxes[i]!, lineBoxes[j]!)) continue;
      const theirs = ends.get(arrows[j]!.id)!;
      // Arrows from or to one step meet at it; only crossings elsewhere count.
      const shared = theirs.some((s) => mine.has(s));
      const a = shared ? line.slice(2, -2) : line;
      const b = shared ? lines[j]!.slice(2, -2) : lines[j]!;
      if (linesCross(a, b)) crossings++;
    }
    cards.forEach((card, j) => {
      if (j !== i && overlaps(lineBoxes[i]!, card) && lineThrough(line, card)) arrowsOverCards++;
    });
    doc.stepOrder.forEach((id) => {
      if (mine.has(id)) return;
      const box = boxes.get(id)!;
      if (overlaps(lineBoxes[i]!, box) && lineThrough(line, box)) arrowsOverSteps++;
    });
  });
  let leaders = 0;
  for (const place of places.values()) if (place.leader) leaders++;
  return {
    overlapsAtMiddle: countOverlaps(middles, steps),
    overlapsPlaced: countOverlaps(cards, steps),
    crossings,
    arrowsOverCards,
    arrowsOverSteps,
    arrowLength: Math.round(arrowLength),
    leaders,
  };
}
