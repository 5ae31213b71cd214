/**
 * How the map goes onto paper. It is fitted to one page when its smallest text stays
 * legible (7 pt); otherwise it is printed at that smallest legible size and cut into tiles,
 * read left to right, top to bottom. Cuts fall in the gaps between steps and decision chips
 * where there are gaps; where there are none, neighbouring tiles overlap by more than the
 * largest element, so every step and chip appears whole on at least one page.
 */
import { intersects, pad, union, type Box } from './boxes';
import type { MapGeometry } from './geometry';

/** 7 pt in CSS pixels (96 per inch, 72 pt per inch): the smallest text we print. */
export const MIN_TEXT_PX = (7 * 96) / 72;
/** Room around the steps and chips on a tile, in map units. */
const TILE_MARGIN = 8;
/** A small map is not blown up past its size on screen. */
const MAX_SCALE = 1;

export interface Area {
  readonly width: number;
  readonly height: number;
}

export interface Tile {
  /** 1-based, in reading order. */
  readonly number: number;
  readonly row: number;
  readonly column: number;
  /** The part of the map this page shows, in map units. */
  readonly window: Box;
}

export type MapPlan =
  | { readonly mode: 'fit'; readonly scale: number; readonly window: Box }
  | {
      readonly mode: 'tiles';
      readonly scale: number;
      readonly tiles: readonly Tile[];
      readonly rows: number;
      readonly columns: number;
    };

/**
 * @param fitArea the room for the map on a page that also holds its heading and legend.
 * @param tileArea the room on a tile page (a one-line heading).
 * @param smallestFont the smallest text of the drawing, in map units.
 */
export function planMap(
  geometry: MapGeometry,
  fitArea: Area,
  tileArea: Area,
  smallestFont: number,
): MapPlan {
  const { bounds } = geometry;
  const minScale = MIN_TEXT_PX / smallestFont;
  const fitScale = Math.min(
    fitArea.width / Math.max(bounds.width, 1),
    fitArea.height / Math.max(bounds.height, 1),
    MAX_SCALE,
  );
  if (fitScale >= minScale) return { mode: 'fit', scale: fitScale, window: bounds };

  const scale = minScale;
  const solid: Box[] = [...geometry.steps, ...geometry.chips];
  for (const chip of geometry.chips) if (chip.tag) solid.push(chip.tag);
  // The lanes' names too, at the left of the first column of parts.
  for (const lane of geometry.lanes) solid.push(lane.label);
  // Tiles cover the steps, chips and lane names; an arrow bulging past them may be cut.
  const covered = pad(union(solid), TILE_MARGIN);
  const largest = (size: (b: Box) => number) => Math.max(0, ...solid.map(size));
  const columns = cutAxis(
    covered.x,
    covered.x + covered.width,
    tileArea.width / scale,
    solid.map((b) => [b.x, b.x + b.width] as const),
    largest((b) => b.width),
  );
  const rows = cutAxis(
    covered.y,
    covered.y + covered.height,
    tileArea.height / scale,
    solid.map((b) => [b.y, b.y + b.height] as const),
    largest((b) => b.height),
  );
  const tiles: Tile[] = [];
  rows.forEach(([y0, y1], row) => {
    columns.forEach(([x0, x1], column) => {
      const window = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
      // A page with no step or chip on it (only arrows passing by) is left out.
      if (solid.some((b) => intersects(b, window))) {
        tiles.push({ number: tiles.length + 1, row: row + 1, column: column + 1, window });
      }
    });
  });
  return { mode: 'tiles', scale, tiles, rows: rows.length, columns: columns.length };
}

type Span = readonly [number, number];

/**
 * Cuts [lo, hi] into windows no longer than `span`. Each cut is placed in a gap between the
 * given intervals, as far along as possible but no earlier than halfway through the window;
 * with no such gap the cut is at the window's end and the next window starts `overlap` earlier.
 */
export function cutAxis(
  lo: number,
  hi: number,
  span: number,
  intervals: readonly Span[],
  overlap: number,
): Span[] {
  const covered = merge(intervals);
  const back = Math.min(overlap + 8, span / 2);
  const windows: Span[] = [];
  let start = lo;
  // The guard only protects against a caller passing a span of zero.
  while (windows.length < 10_000) {
    if (hi - start <= span) {
      windows.push([start, hi]);
      break;
    }
    const end = start + span;
    const cut = gapIn(covered, start + span / 2, end);
    if (cut !== null) {
      windows.push([start, cut]);
      start = cut;
    } else {
      windows.push([start, end]);
      start = end - back;
    }
  }
  return windows;
}

/** The union of the intervals, sorted, with touching ones joined. */
function merge(intervals: readonly Span[]): Span[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** The middle of the last gap reaching into [from, to], kept inside it; null if none. */
function gapIn(covered: readonly Span[], from: number, to: number): number | null {
  // Gaps are the spaces between consecutive covered intervals (and before the first).
  for (let i = covered.length; i >= 0; i--) {
    const gapStart = i === 0 ? -Infinity : covered[i - 1]![1];
    const gapEnd = i === covered.length ? Infinity : covered[i]![0];
    if (gapStart >= to) continue;
    if (gapEnd <= from) return null;
    const low = Math.max(from, gapStart);
    const high = Math.min(to, gapEnd);
    const middle =
      Number.isFinite(gapStart) && Number.isFinite(gapEnd) ? (gapStart + gapEnd) / 2 : high;
    return Math.min(high, Math.max(low, middle));
  }
  return null;
}
