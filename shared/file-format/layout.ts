/**
 * Positions for steps a file gives none. Deliberately tiny: columns by distance from a
 * start, rows in file order, so an imported map is readable at once. The canvas has a real
 * auto-layout for anything better.
 */
import type { Position } from '../model';
import { LIMITS } from '../content/limits';

/** Horizontal and vertical spacing, matching the spacing of the file-format example. */
export const COLUMN_WIDTH = 240;
export const ROW_HEIGHT = 140;
const MAX_ROWS = 1000;

interface LayoutStep {
  readonly id: string;
  readonly kind: string;
  readonly position?: Position | undefined;
}

interface LayoutArrow {
  readonly from: string;
  readonly to: string;
}

/**
 * Every step's position: its own where the file gives one, otherwise a grid cell: the column
 * is the breadth-first distance from a start, the row follows file order. The grid sits
 * below any positioned steps so that it covers none of them. Every position is inside the
 * app's coordinate limit, however long or wide the map: a column taller than MAX_ROWS goes
 * on in the next column, and a grid wider than the limit folds into bands, like lines of
 * text, so that the map exports to a file that imports again.
 */
export function layoutSteps(
  steps: readonly LayoutStep[],
  arrows: readonly LayoutArrow[],
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const missing = steps.filter((s) => !s.position);
  let highest = Infinity;
  let lowest = -Infinity;
  for (const step of steps) {
    if (step.position) {
      positions.set(step.id, step.position);
      highest = Math.min(highest, step.position.y);
      lowest = Math.max(lowest, step.position.y);
    }
  }
  if (missing.length === 0) return positions;

  const column = columnsByDistance(steps, arrows);
  const cells = gridCells(missing, column);
  const limit = LIMITS.coordinate;
  // Start at 0 as a person would; from the far left only when the grid is wider than that.
  const left = cells.columns * COLUMN_WIDTH <= limit ? 0 : -limit;
  const perBand = Math.floor((limit - left) / COLUMN_WIDTH) + 1;
  const bands = Math.ceil(cells.columns / perBand);
  const bandHeight = (cells.rows + 1) * ROW_HEIGHT;
  const height = bands * bandHeight - ROW_HEIGHT;
  // Below the positioned steps; above them when there is no room below; else from the top.
  let top = lowest === -Infinity ? 0 : lowest + ROW_HEIGHT;
  if (top + height > limit)
    top = highest - ROW_HEIGHT - height >= -limit ? highest - ROW_HEIGHT - height : -limit;
  for (const step of missing) {
    const { col, row } = cells.of.get(step.id)!;
    const x = left + (col % perBand) * COLUMN_WIDTH;
    const y = top + Math.floor(col / perBand) * bandHeight + row * ROW_HEIGHT;
    positions.set(step.id, { x, y: Math.min(Math.max(y, -limit), limit) });
  }
  return positions;
}

/**
 * Each step's distance from the starts: columns grow from the starts and from steps nothing
 * leads into; a part of the map with neither (a loop, say) grows from its first step in
 * file order.
 */
function columnsByDistance(
  steps: readonly LayoutStep[],
  arrows: readonly LayoutArrow[],
): Map<string, number> {
  const next = new Map<string, string[]>();
  const hasIncoming = new Set<string>();
  for (const arrow of arrows) {
    (next.get(arrow.from) ?? next.set(arrow.from, []).get(arrow.from)!).push(arrow.to);
    hasIncoming.add(arrow.to);
  }
  const column = new Map<string, number>();
  const queue: string[] = [];
  const seed = (id: string) => {
    if (column.has(id)) return;
    column.set(id, 0);
    queue.push(id);
  };
  const spread = () => {
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]!;
      for (const to of next.get(id) ?? []) {
        if (column.has(to)) continue;
        column.set(to, column.get(id)! + 1);
        queue.push(to);
      }
    }
    queue.length = 0;
  };
  for (const step of steps) if (step.kind === 'start' || !hasIncoming.has(step.id)) seed(step.id);
  spread();
  for (const step of steps) {
    seed(step.id);
    spread();
  }
  return column;
}

/**
 * The grid cell of each step to lay out: distance columns in order, each as wide as it needs
 * to hold its steps MAX_ROWS to a column. Returns the cells, the number of grid columns and
 * the most rows any of them has.
 */
function gridCells(missing: readonly LayoutStep[], column: ReadonlyMap<string, number>) {
  const counts = new Map<number, number>();
  let lastColumn = 0;
  for (const step of missing) {
    const col = column.get(step.id)!;
    counts.set(col, (counts.get(col) ?? 0) + 1);
    lastColumn = Math.max(lastColumn, col);
  }
  // Every distance keeps a column, so that a map's columns read as its steps' distances.
  const firstColumn: number[] = [];
  let columns = 0;
  for (let col = 0; col <= lastColumn; col++) {
    firstColumn[col] = columns;
    columns += Math.max(1, Math.ceil((counts.get(col) ?? 0) / MAX_ROWS));
  }
  const used = new Map<number, number>();
  const of = new Map<string, { col: number; row: number }>();
  let rows = 0;
  for (const step of missing) {
    const distance = column.get(step.id)!;
    const index = used.get(distance) ?? 0;
    used.set(distance, index + 1);
    const row = index % MAX_ROWS;
    of.set(step.id, { col: firstColumn[distance]! + Math.floor(index / MAX_ROWS), row });
    rows = Math.max(rows, row + 1);
  }
  return { of, columns, rows };
}
