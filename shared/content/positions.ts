/**
 * Keeping positions inside the app's coordinate limit. Positions are the one value the app
 * computes rather than the user types, so they are fitted, never refused: a paste near the
 * edge stays at the edge, and a layout larger than the limit moves or shrinks to fit.
 */
import type { Position } from '../model';
import { LIMITS } from './limits';

const LIMIT = LIMITS.coordinate;

/** A coordinate moved to the nearest value inside the limit. */
export function clampCoordinate(value: number): number {
  return Math.min(Math.max(value, -LIMIT), LIMIT);
}

/** A position moved to the nearest point inside the limit. */
export function clampPosition(position: Position): Position {
  return { x: clampCoordinate(position.x), y: clampCoordinate(position.y) };
}

/** Moves, or when it is too large shrinks, one axis of a drawing into [-LIMIT, LIMIT]. */
function fitAxis(values: readonly number[]): (value: number) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  if (min >= -LIMIT && max <= LIMIT) return (v) => v;
  if (max - min <= 2 * LIMIT) {
    const shift = min < -LIMIT ? -LIMIT - min : LIMIT - max;
    return (v) => v + shift;
  }
  const scale = (2 * LIMIT) / (max - min);
  return (v) => clampCoordinate(-LIMIT + (v - min) * scale);
}

/**
 * The same items with every position inside the limit, the drawing's shape kept: moved as a
 * whole when it fits, scaled down along an axis only when it is larger than the limit.
 * Returns the input itself when everything is inside already.
 */
export function fitInside<T extends { readonly position: Position }>(items: readonly T[]): T[] {
  const fx = fitAxis(items.map((i) => i.position.x));
  const fy = fitAxis(items.map((i) => i.position.y));
  return items.map((item) => {
    const x = fx(item.position.x);
    const y = fy(item.position.y);
    return x === item.position.x && y === item.position.y ? item : { ...item, position: { x, y } };
  });
}
