/**
 * Where imported steps go on the canvas: where the diagram has them, scaled so that the
 * app's steps (200 wide, wider than most draw.io boxes) keep the gaps the diagram had, and
 * snapped to the canvas grid. The drawing's shape is kept; its top-left corner moves to the
 * origin. Steps without a box are laid out by the file-format's grid layout.
 */
import { fitInside } from '../content/positions';
import { layoutSteps } from '../file-format/layout';
import type { Position, StepId, Transition } from '../model';
import type { BoxOf } from './drawioBoxes';
import type { DrawioCell } from './drawioCells';

/** The canvas's snapping grid and a step's size there (renderer/src/canvas). */
const GRID = 16;
const STEP_WIDTH = 200;
/** How much a diagram is enlarged at most: tiny icons should not spread across the canvas. */
const MAX_SCALE = 4;

const snap = (v: number) => Math.round(v / GRID) * GRID;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

/**
 * Each step's position, by step id. A cell's box is relative to its container's, so boxes
 * are added up along the parent chain (cut where a made-up chain loops).
 */
export function placeSteps(
  stepCells: readonly DrawioCell[],
  boxOf: BoxOf,
  transitions: readonly Transition[],
  stepId: ReadonlyMap<string, StepId>,
): Map<string, Position> {
  const boxed = stepCells.filter((c) => c.geometry !== null);
  const scale = Math.min(
    MAX_SCALE,
    Math.max(
      1,
      STEP_WIDTH / (median(boxed.map((c) => c.geometry!.width).filter((w) => w > 0)) || STEP_WIDTH),
    ),
  );
  const centres = boxed.map((c) => {
    const g = boxOf(c)!;
    return {
      id: stepId.get(c.id)!,
      x: (g.x + g.width / 2) * scale,
      y: (g.y + g.height / 2) * scale,
    };
  });
  let left = Infinity;
  let top = Infinity;
  for (const c of centres) {
    left = Math.min(left, c.x);
    top = Math.min(top, c.y);
  }
  const placed = fitInside(
    centres.map((c) => ({ id: c.id, position: { x: snap(c.x - left), y: snap(c.y - top) } })),
  );
  const known = new Map(placed.map((p) => [p.id as string, p.position]));
  const steps = stepCells.map((c) => {
    const id = stepId.get(c.id)!;
    return { id, kind: 'task', position: known.get(id) };
  });
  return layoutSteps(steps, transitions);
}
