/**
 * Where a draw.io cell is on the page. A cell's box is relative to its container's, so
 * boxes add up along the parent chain; computed once per cell, and cut where a made-up
 * chain loops or runs absurdly deep.
 */
import type { DrawioCell, DrawioGeometry } from './drawioCells';

export type BoxOf = (cell: DrawioCell) => DrawioGeometry | null;

/** A function giving each cell's box on the page, or null for a cell without one. */
export function pageBoxes(cells: ReadonlyMap<string, DrawioCell>): BoxOf {
  const origin = new Map<string, { x: number; y: number }>();
  const originOf = (id: string | null): { x: number; y: number } => {
    const chain: DrawioCell[] = [];
    const seen = new Set<string>();
    let base = { x: 0, y: 0 };
    for (let at = id; at !== null;) {
      const known = origin.get(at);
      if (known) {
        base = known;
        break;
      }
      const cell = cells.get(at);
      if (!cell || !cell.vertex || seen.has(at) || chain.length >= 10_000) break;
      chain.push(cell);
      seen.add(at);
      at = cell.parent;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const g = chain[i]!.geometry;
      base = { x: base.x + (g?.x ?? 0), y: base.y + (g?.y ?? 0) };
      origin.set(chain[i]!.id, base);
    }
    return base;
  };
  return (cell) => {
    if (!cell.geometry) return null;
    const at = originOf(cell.parent);
    return { ...cell.geometry, x: at.x + cell.geometry.x, y: at.y + cell.geometry.y };
  };
}
