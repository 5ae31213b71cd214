/**
 * Positions for steps a file gives none. Deliberately tiny: columns by distance from a
 * start, rows in file order, so an imported map is readable at once. The canvas has a real
 * auto-layout for anything better.
 */
import type { Position } from '../model';
import { LIMITS } from '../operations/schema';

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
 * below any positioned steps so that it covers none of them.
 */
export function layoutSteps(
  steps: readonly LayoutStep[],
  arrows: readonly LayoutArrow[],
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const missing = steps.filter((s) => !s.position);
  let top = 0;
  for (const step of steps) {
    if (step.position) {
      positions.set(step.id, step.position);
      top = Math.max(top, step.position.y + ROW_HEIGHT);
    }
  }
  if (missing.length === 0) return positions;

  const next = new Map<string, string[]>();
  const hasIncoming = new Set<string>();
  for (const arrow of arrows) {
    (next.get(arrow.from) ?? next.set(arrow.from, []).get(arrow.from)!).push(arrow.to);
    hasIncoming.add(arrow.to);
  }
  // Columns grow from the starts and from steps nothing leads into; a part of the map with
  // neither (a loop, say) grows from its first step in file order.
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
  let lastColumn = -1;
  for (const col of column.values()) lastColumn = Math.max(lastColumn, col);
  const rows = new Map<number, number>();
  for (const step of missing) {
    const col = column.get(step.id)!;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    // Very tall columns wrap into blocks to the right, to stay inside the app's coordinates.
    const block = Math.floor(row / MAX_ROWS) * (lastColumn + 1);
    const y = Math.min(top + (row % MAX_ROWS) * ROW_HEIGHT, LIMITS.coordinate);
    positions.set(step.id, { x: (col + block) * COLUMN_WIDTH, y });
  }
  return positions;
}
