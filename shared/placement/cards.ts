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
 * tests/bench/layout.bench.ts), once per change of the map's geometry.
 */

export type Point = readonly [x: number, y: number];

/** A box by its top-left corner, in map units. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CardArrow {
  readonly id: string;
  /** The arrow as one cubic Bézier curve: start, two control points, end. */
  readonly curve: readonly [Point, Point, Point, Point];
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
const BUCKET = 256;

/** The point of a cubic Bézier at parameter t. */
export function pointOnCurve(curve: CardArrow['curve'], t: number): Point {
  const [p0, p1, p2, p3] = curve;
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return [
    a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
  ];
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Boxes bucketed by area, so "what is near here" looks at a few boxes, not all of them. */
class Buckets {
  private readonly cells = new Map<number, Rect[]>();

  add(box: Rect): void {
    this.each(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
  }

  hits(box: Rect): boolean {
    let hit = false;
    this.each(box, (key) => {
      if (hit) return;
      const list = this.cells.get(key);
      if (list) for (const other of list) if (overlaps(box, other)) return void (hit = true);
    });
    return hit;
  }

  private each(box: Rect, visit: (key: number) => void): void {
    const x0 = Math.floor(box.x / BUCKET);
    const x1 = Math.floor((box.x + box.width) / BUCKET);
    const y0 = Math.floor(box.y / BUCKET);
    const y1 = Math.floor((box.y + box.height) / BUCKET);
    // Two coordinates in one number: maps stay well inside ±2^20 buckets.
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit(x * 2_097_152 + y);
  }
}

/** Arrows as short straight pieces, bucketed like the boxes: "does an arrow run through here". */
class Lines {
  private readonly cells = new Map<number, { a: Point; b: Point; owner: number }[]>();

  add(curve: CardArrow['curve'], owner: number): void {
    let a = curve[0];
    for (let i = 1; i <= PIECES; i++) {
      const b = pointOnCurve(curve, i / PIECES);
      const piece = { a, b, owner };
      const x0 = Math.floor(Math.min(a[0], b[0]) / BUCKET);
      const x1 = Math.floor(Math.max(a[0], b[0]) / BUCKET);
      const y0 = Math.floor(Math.min(a[1], b[1]) / BUCKET);
      const y1 = Math.floor(Math.max(a[1], b[1]) / BUCKET);
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const key = x * 2_097_152 + y;
          const list = this.cells.get(key);
          if (list) list.push(piece);
          else this.cells.set(key, [piece]);
        }
      }
      a = b;
    }
  }

  /** Whether an arrow other than `owner`'s runs through the box. */
  crosses(box: Rect, owner: number): boolean {
    const x0 = Math.floor(box.x / BUCKET);
    const x1 = Math.floor((box.x + box.width) / BUCKET);
    const y0 = Math.floor(box.y / BUCKET);
    const y1 = Math.floor((box.y + box.height) / BUCKET);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        for (const piece of this.cells.get(x * 2_097_152 + y) ?? []) {
          if (piece.owner !== owner && pieceInBox(piece.a, piece.b, box)) return true;
        }
      }
    }
    return false;
  }
}

/** Straight pieces an arrow is cut into to tell whether it runs through a card. */
const PIECES = 16;

/** Whether the straight piece a-b runs through the box (Liang-Barsky clipping). */
function pieceInBox(a: Point, b: Point, box: Rect): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box.x],
    [dx, box.x + box.width - a[0]],
    [-dy, a[1] - box.y],
    [dy, box.y + box.height - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

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
  const taken = new Buckets();
  for (const box of steps) taken.add(box);
  for (const box of keepOut) taken.add(box);
  const lines = new Lines();
  arrows.forEach((arrow, i) => lines.add(arrow.curve, i));
  const places = new Map<string, CardPlace>();
  arrows.forEach((arrow, i) => {
    const place = placeOne(arrow, i, taken, lines);
    places.set(arrow.id, place);
    taken.add(cardBox(place.x, place.y, arrow));
  });
  return places;
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
  for (let ring = 1; ring <= RINGS; ring++) {
    const around: { x: number; y: number; ring: number; distance: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        // Far out only the eight directions: a crowded map (no room anywhere) stays quick.
        if (ring > FULL_RINGS && i !== 0 && j !== 0 && Math.abs(i) !== Math.abs(j)) continue;
        const distance = Math.hypot(i * stepX, j * stepY);
        around.push({ x: mx + i * stepX, y: my + j * stepY, ring, distance });
      }
    }
    around.sort((a, b) => a.distance - b.distance);
    yield* around;
  }
}

function placeOne(arrow: CardArrow, index: number, taken: Buckets, lines: Lines): CardPlace {
  const [mx, my] = pointOnCurve(arrow.curve, 0.5);
  let free: { x: number; y: number; ring: number } | null = null;
  for (const place of candidates(arrow, mx, my)) {
    if (free && place.ring > CLEAR_RINGS) break;
    const box = cardBox(place.x, place.y, arrow);
    if (taken.hits(box)) continue;
    free ??= place;
    if (!lines.crosses(box, index)) {
      free = place;
      break;
    }
  }
  if (!free) return { x: mx, y: my, dx: 0, dy: 0, leader: null };
  return {
    x: free.x,
    y: free.y,
    dx: free.x - mx,
    dy: free.y - my,
    // On its arrow (ring 0) no leader is needed.
    leader: free.ring === 0 ? null : [mx, my],
  };
}
