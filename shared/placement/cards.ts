/**
 * Where each decision card (the chip on an arrow in the decision view) goes, so that no card
 * covers a step, a lane label or another card. One function for every drawing of the map:
 * the canvas, the PDF's map, PNG and SVG. Pure and geometric: the caller says where steps
 * are, what each arrow's curve is and how big its card is.
 *
 * A card first tries the middle of its arrow, then other points along the arrow, then the
 * free places nearest the middle (a leader line then ties it to its arrow). Cards of arrows
 * that leave or enter one step are placed one after the other, each avoiding the ones before.
 * Obstacles and arrows sit in a grid of buckets, so each try looks at a handful of them:
 * placing the cards of a 1,000-step map takes about 10 ms (placement.cards in
 * tests/bench/layout.bench.ts), and far longer on a crowded one; `placeCardsAgain` re-places
 * only the cards a change could reach, so dropping a step costs a few of them.
 */

import { Buckets, Lines, pointOnCurve, type Curve, type Point, type Rect } from './grid';

export { overlaps, pointOnCurve, type Point, type Rect } from './grid';

export interface CardArrow {
  readonly id: string;
  /** The arrow as one cubic Bézier curve: start, two control points, end. */
  readonly curve: Curve;
  /** The card's size, with anything drawn on it (a "Send back" tag above it, say). */
  readonly width: number;
  readonly height: number;
}

export interface CardPlace {
  /** The card's centre. */
  readonly x: number;
  readonly y: number;
  /** How far the centre moved from the middle of the arrow, where a card sits by default. */
  readonly dx: number;
  readonly dy: number;
  /** The point on the arrow the card belongs to, when the card does not sit on it. */
  readonly leader: Point | null;
}

/** Room kept free around each card, in map units. */
export const CARD_GAP = 8;

/** Points along the arrow tried first, as the curve's parameter: the middle, then outwards. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
/** Rings of free places searched around the middle before a card gives up and stays there. */
const RINGS = 8;
/** Rings searched all round; beyond them only straight and diagonal places are tried. */
const FULL_RINGS = 3;

/**
 * Places every arrow's card: on its arrow where there is room, otherwise at the nearest free
 * place with a leader line back to the arrow's middle. Never on a step, on a box of
 * `keepOut` (lane labels) or on a card placed before; when a crowded map leaves no free place
 * within reach, the card stays on the middle of its arrow. Among the free places near the
 * middle, one that no other arrow runs through is preferred, so a card hides no arrow where
 * it can help it. Arrows are placed in the order given, so earlier arrows (the flow's first)
 * keep the best places.
 */
export function placeCards(
  steps: readonly Rect[],
  arrows: readonly CardArrow[],
  keepOut: readonly Rect[] = [],
): Map<string, CardPlace> {
  return placeCardsAgain(null, steps, arrows, keepOut).places;
}

/** A placement with what it was worked out from, so the next one can redo only what changed. */
export interface Placement {
  readonly steps: readonly Rect[];
  readonly arrows: readonly CardArrow[];
  readonly keepOut: readonly Rect[];
  readonly places: Map<string, CardPlace>;
  /** For each arrow (by index), where its search looked: see `Looked`. */
  readonly looked: readonly Looked[];
  /** The arrows' pieces, shared with the next placement where they did not change. */
  readonly lines: Lines;
}

/**
 * The same placement as `placeCards`, worked out again after `previous`: only the cards whose
 * search could see something that changed (a step moved, an arrow's curve, a card placed
 * before them that moved) are placed again; the others keep their place, which is where a
 * full placement would put them too. Dropping a step on a crowded 1,000-step map re-places
 * a handful of cards instead of all of them. Other arrows, or the same in another order,
 * place everything afresh.
 */
export function placeCardsAgain(
  previous: Placement | null,
  steps: readonly Rect[],
  arrows: readonly CardArrow[],
  keepOut: readonly Rect[] = [],
): Placement {
  const changed = previous ? changesSince(previous, steps, arrows, keepOut) : null;
  const taken = new Buckets();
  for (const box of steps) taken.add(box);
  for (const box of keepOut) taken.add(box);
  const lines =
    previous && changed ? previous.lines.with(arrows, changed.arrows) : Lines.of(arrows);
  const places = new Map<string, CardPlace>();
  const looked: Looked[] = [];
  arrows.forEach((arrow, i) => {
    const before = previous?.places.get(arrow.id);
    let place: CardPlace;
    let area: Looked;
    const kept =
      changed &&
      before &&
      !changed.arrows.has(i) &&
      changed.keeps(arrow, previous!.looked[i]!, taken);
    if (kept) {
      place = before;
      area = previous!.looked[i]!;
    } else {
      [place, area] = placeOne(arrow, i, taken, lines);
      // A card that moved changes what the cards after it see, where it was and where it is.
      if (changed && before) {
        const was = cardBox(before.x, before.y, previous!.arrows[i]!);
        const now = cardBox(place.x, place.y, arrow);
        if (!sameRect(was, now)) changed.moved(was, now);
      }
    }
    places.set(arrow.id, place);
    looked.push(area);
    taken.add(cardBox(place.x, place.y, arrow));
  });
  return { steps, arrows, keepOut, places, looked, lines };
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * Where a card's search looked: the boxes it tried (whether a step, lane label or card was
 * there), and among them the free ones (whether another arrow ran through them). A change
 * outside both cannot change where the card goes.
 */
interface Looked {
  readonly tried: Rect;
  readonly free: Rect | null;
}

interface Changes {
  /** The arrows whose curve or card changed: their cards are placed again. */
  readonly arrows: Set<number>;
  /** A step, lane label or card moved (or changed its size) from `was` to `now`. */
  readonly moved: (was: Rect, now: Rect) => void;
  /** Whether a card whose search looked there finds the same place with `taken` as it is now. */
  readonly keeps: (arrow: CardArrow, looked: Looked, taken: Buckets) => boolean;
}

/**
 * What changed since a placement: the arrows whose curve or card changed, and the areas where
 * an obstacle or a piece of an arrow changed. Null when everything must be placed afresh.
 */
function changesSince(
  previous: Placement,
  steps: readonly Rect[],
  arrows: readonly CardArrow[],
  keepOut: readonly Rect[],
): Changes | null {
  if (previous.steps.length !== steps.length) return null;
  if (previous.keepOut.length !== keepOut.length) return null;
  if (previous.arrows.length !== arrows.length) return null;
  // Where obstacles were (a place there may be free now) and where they are now.
  const gone = new Buckets();
  const come = new Buckets();
  const curves = new Buckets();
  const changedArrows = new Set<number>();
  const moved = (was: Rect, now: Rect) => {
    if (sameRect(was, now)) return;
    gone.add(was);
    come.add(now);
  };
  steps.forEach((box, i) => moved(previous.steps[i]!, box));
  keepOut.forEach((box, i) => moved(previous.keepOut[i]!, box));
  for (let i = 0; i < arrows.length; i++) {
    const was = previous.arrows[i]!;
    const now = arrows[i]!;
    if (was.id !== now.id) return null;
    const sameCurve = was.curve.every(
      (p, k) => p[0] === now.curve[k]![0] && p[1] === now.curve[k]![1],
    );
    if (sameCurve && was.width === now.width && was.height === now.height) continue;
    changedArrows.add(i);
    if (!sameCurve) curves.add(curveArea(was.curve)).add(curveArea(now.curve));
  }
  // A card that found no free place finds none with more obstacles: only one gone matters.
  const saw = (looked: Looked) =>
    gone.hits(looked.tried) ||
    (looked.free !== null && (come.hits(looked.tried) || curves.hits(looked.free)));
  const keeps = (arrow: CardArrow, looked: Looked, taken: Buckets) =>
    !saw(looked) || (looked.free === null && stillNowhere(arrow, taken, gone));
  return { arrows: changedArrows, moved, keeps };
}

/**
 * The area an arrow's pieces run in: a curve stays inside its control points. One unit wider
 * all round, since a piece that only touches a card's edge counts as running through it.
 */
function curveArea(curve: Curve): Rect {
  const xs = curve.map((p) => p[0]);
  const ys = curve.map((p) => p[1]);
  const x = Math.min(...xs) - 1;
  const y = Math.min(...ys) - 1;
  return { x, y, width: Math.max(...xs) + 1 - x, height: Math.max(...ys) + 1 - y };
}

/** The box a card at centre (x, y) keeps to itself: the card and the gap around it. */
function cardBox(x: number, y: number, arrow: CardArrow): Rect {
  return {
    x: x - arrow.width / 2 - CARD_GAP / 2,
    y: y - arrow.height / 2 - CARD_GAP / 2,
    width: arrow.width + CARD_GAP,
    height: arrow.height + CARD_GAP,
  };
}

/**
 * How far from its arrow a card looks for a place no other arrow runs through: 0, only along
 * its own arrow. Looking one ring further halved the arrows under cards on the corpus
 * (35 to 17) but nearly doubled the leader lines (19 to 35): more clutter than it saved.
 */
const CLEAR_RINGS = 0;

/**
 * The places a card may take, best first: along its arrow from the middle outwards, then
 * rings of half a card's width and height around the middle, nearest first in each ring.
 */
function* candidates(arrow: CardArrow, mx: number, my: number) {
  for (const t of ALONG) {
    const [x, y] = pointOnCurve(arrow.curve, t);
    yield { x, y, ring: 0 };
  }
  const stepX = (arrow.width + CARD_GAP) / 2;
  const stepY = (arrow.height + CARD_GAP) / 2;
  for (const { i, j, ring } of ringsOf(stepX, stepY)) {
    yield { x: mx + i * stepX, y: my + j * stepY, ring };
  }
}

/** The rings' places (in steps of half a card) in the order tried; cards share a few sizes. */
const ringOrders = new Map<string, readonly { i: number; j: number; ring: number }[]>();

function ringsOf(stepX: number, stepY: number) {
  const key = `${stepX}x${stepY}`;
  const known = ringOrders.get(key);
  if (known) return known;
  const order: { i: number; j: number; ring: number }[] = [];
  for (let ring = 1; ring <= RINGS; ring++) {
    const around: { i: number; j: number; ring: number; distance: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        // Far out only the eight directions: a crowded map (no room anywhere) stays quick.
        if (ring > FULL_RINGS && i !== 0 && j !== 0 && Math.abs(i) !== Math.abs(j)) continue;
        around.push({ i, j, ring, distance: Math.hypot(i * stepX, j * stepY) });
      }
    }
    around.sort((a, b) => a.distance - b.distance);
    for (const { i, j } of around) order.push({ i, j, ring });
  }
  ringOrders.set(key, order);
  return order;
}

/**
 * Whether a card that found no free place still finds none. Its places were all taken; one
 * that nothing gone overlaps still is, so only those where something was need trying again:
 * on a crowded map most cards near a dropped step are in this case, and this is far quicker
 * than searching afresh.
 */
function stillNowhere(arrow: CardArrow, taken: Buckets, gone: Buckets): boolean {
  const [mx, my] = pointOnCurve(arrow.curve, 0.5);
  for (const place of candidates(arrow, mx, my)) {
    const box = cardBox(place.x, place.y, arrow);
    if (gone.hits(box) && !taken.hits(box)) return false;
  }
  return true;
}

/** A card's place, and the area its search looked at (every box it tried). */
function placeOne(
  arrow: CardArrow,
  index: number,
  taken: Buckets,
  lines: Lines,
): [CardPlace, Looked] {
  const [mx, my] = pointOnCurve(arrow.curve, 0.5);
  let free: { x: number; y: number; ring: number } | null = null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let f0 = Infinity;
  let g0 = Infinity;
  let f1 = -Infinity;
  let g1 = -Infinity;
  for (const place of candidates(arrow, mx, my)) {
    if (free && place.ring > CLEAR_RINGS) break;
    const box = cardBox(place.x, place.y, arrow);
    x0 = Math.min(x0, box.x);
    y0 = Math.min(y0, box.y);
    x1 = Math.max(x1, box.x + box.width);
    y1 = Math.max(y1, box.y + box.height);
    if (taken.hits(box)) continue;
    free ??= place;
    f0 = Math.min(f0, box.x);
    g0 = Math.min(g0, box.y);
    f1 = Math.max(f1, box.x + box.width);
    g1 = Math.max(g1, box.y + box.height);
    if (!lines.crosses(box, index)) {
      free = place;
      break;
    }
  }
  const looked = {
    tried: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    free: free ? { x: f0, y: g0, width: f1 - f0, height: g1 - g0 } : null,
  };
  if (!free) return [{ x: mx, y: my, dx: 0, dy: 0, leader: null }, looked];
  const place = {
    x: free.x,
    y: free.y,
    dx: free.x - mx,
    dy: free.y - my,
    // On its arrow (ring 0) no leader is needed.
    leader: free.ring === 0 ? null : ([mx, my] as Point),
  };
  return [place, looked];
}
