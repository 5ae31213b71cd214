/**
 * The grid the card placement looks things up in: boxes and arrows sorted into square
 * buckets, so "is anything here" looks at a handful of them instead of the whole map. A
 * drawing of the arrows can be redrawn for a few of them and share the rest.
 */
export type Point = readonly [x: number, y: number];

/** A box by its top-left corner, in map units. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A cubic Bézier: start, two control points, end. */
export type Curve = readonly [Point, Point, Point, Point];

/** A bucket's side, in map units. */
const BUCKET = 256;

/** The point of a cubic Bézier at parameter t. */
export function pointOnCurve(curve: Curve, t: number): Point {
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
export class Buckets {
  private readonly cells = new Map<number, Rect[]>();

  add(box: Rect): this {
    this.each(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
    return this;
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
export class Lines {
  private readonly cells = new Map<number, { a: Point; b: Point; owner: number }[]>();

  /**
   * A drawing after some arrows changed shares the pieces of the others with the drawing
   * before (`base`), in which the `redrawn` arrows no longer count.
   */
  private constructor(
    private readonly base: Lines | null,
    private readonly redrawn: ReadonlySet<number>,
  ) {}

  static of(arrows: readonly { readonly curve: Curve }[]): Lines {
    const lines = new Lines(null, new Set());
    arrows.forEach((arrow, i) => lines.add(arrow.curve, i));
    return lines;
  }

  /** The same arrows (by index) with those in `changed` redrawn from `arrows`. */
  with(arrows: readonly { readonly curve: Curve }[], changed: ReadonlySet<number>): Lines {
    if (changed.size === 0) return this;
    const redrawn = new Set([...this.redrawn, ...changed]);
    // Past a few dozen redrawn arrows, drawing all afresh costs less than skipping theirs.
    if (redrawn.size > 64) return Lines.of(arrows);
    const lines = new Lines(this.base ?? this, redrawn);
    for (const i of redrawn) lines.add(arrows[i]!.curve, i);
    return lines;
  }

  add(curve: Curve, owner: number): void {
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
    if (this.base?.crossesBut(box, owner, this.redrawn)) return true;
    return this.crossesBut(box, owner, null);
  }

  private crossesBut(box: Rect, owner: number, skip: ReadonlySet<number> | null): boolean {
    const x0 = Math.floor(box.x / BUCKET);
    const x1 = Math.floor((box.x + box.width) / BUCKET);
    const y0 = Math.floor(box.y / BUCKET);
    const y1 = Math.floor((box.y + box.height) / BUCKET);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        for (const piece of this.cells.get(x * 2_097_152 + y) ?? []) {
          if (piece.owner === owner || skip?.has(piece.owner)) continue;
          if (pieceInBox(piece.a, piece.b, box)) return true;
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
