/** Boxes and curves in map units: the small geometry the print layout is built from. */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Point = readonly [number, number];

/**
 * The exact box of a cubic Bézier: its ends plus the extremes where the derivative of a
 * coordinate is zero. (The hull of the control points would be far larger for the wide
 * S-curves that run from the end of one row of steps back to the start of the next.)
 */
export function curveBounds(p0: Point, p1: Point, p2: Point, p3: Point): Box {
  const range = (axis: 0 | 1): [number, number] => {
    const [a0, a1, a2, a3] = [p0[axis], p1[axis], p2[axis], p3[axis]];
    const at = (t: number) =>
      (1 - t) ** 3 * a0 + 3 * (1 - t) ** 2 * t * a1 + 3 * (1 - t) * t ** 2 * a2 + t ** 3 * a3;
    const values = [a0, a3];
    // B'(t)/3 = a t² + b t + c
    const a = -a0 + 3 * a1 - 3 * a2 + a3;
    const b = 2 * (a0 - 2 * a1 + a2);
    const c = a1 - a0;
    const roots =
      Math.abs(a) < 1e-9
        ? Math.abs(b) < 1e-9
          ? []
          : [-c / b]
        : b * b - 4 * a * c < 0
          ? []
          : [1, -1].map((sign) => (-b + sign * Math.sqrt(b * b - 4 * a * c)) / (2 * a));
    for (const t of roots) if (t > 0 && t < 1) values.push(at(t));
    return [Math.min(...values), Math.max(...values)];
  };
  const [x0, x1] = range(0);
  const [y0, y1] = range(1);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function union(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function pad(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
