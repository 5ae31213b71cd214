/**
 * Where imported steps go on the canvas: our own positions when the file is our export;
 * else the diagram's (BPMNDI), spread to the canvas's spacing and snapped to its grid; else
 * (no diagram, or steps that would overlap) the automatic layout.
 */
import { LIMITS } from '../../content/limits';
import { layoutSteps } from '../../file-format/layout';
import type { Position, Step, StepId, Transition } from '../../model';
import type { BpmnNode } from './model';
import type { OurStep } from './ours';

/**
 * BPMN shapes are drawn smaller and closer than our steps (a task is 100 wide, 50 apart;
 * a step is 200 wide and the decision view puts a chip on each arrow): the diagram is
 * spread three times across, as far apart as the canvas's own layout puts steps in the
 * decision view, and twice down, which keeps lanes apart.
 */
export const DIAGRAM_SCALE = { x: 3, y: 2 } as const;
/** The canvas grid that steps snap to. */
export const GRID = 16;
/** A step's footprint on the canvas, for telling whether scaled positions overlap. */
const STEP_BOX = { width: 200, height: 64 };

const snap = (v: number, scale: number) =>
  Math.max(-LIMITS.coordinate, Math.min(LIMITS.coordinate, Math.round((v * scale) / GRID) * GRID));

/**
 * Positions: our own where the file is our export; else the diagram's, scaled to the grid;
 * else (no diagram, or steps that would overlap) the automatic layout.
 */
export function placeSteps(
  steps: readonly Step[],
  transitions: readonly Transition[],
  nodes: ReadonlyMap<string, BpmnNode>,
  ours: ReadonlyMap<string, OurStep | null>,
  stepIdOf: ReadonlyMap<string, StepId>,
): Step[] {
  const bpmnIdOf = new Map([...stepIdOf].map(([bpmn, id]) => [id, bpmn]));
  const exact = new Map<string, Position>();
  const drawn = new Map<string, Position>();
  for (const s of steps) {
    const bpmn = bpmnIdOf.get(s.id)!;
    const own = ours.get(bpmn)?.position;
    if (own) exact.set(s.id, own);
    const bounds = nodes.get(bpmn)?.bounds;
    // Centres scaled, so a small event and a large task line up as the diagram shows them.
    if (bounds)
      drawn.set(s.id, {
        x: snap(bounds.x + bounds.width / 2, DIAGRAM_SCALE.x) - STEP_BOX.width / 2,
        y: snap(bounds.y + bounds.height / 2, DIAGRAM_SCALE.y) - STEP_BOX.height / 2,
      });
  }
  if (exact.size === steps.length) return steps.map((s) => ({ ...s, position: exact.get(s.id)! }));
  const usable = drawn.size === steps.length && !overlaps([...drawn.values()]);
  const laidOut = usable
    ? drawn
    : layoutSteps(
        steps.map((s) => ({ id: s.id, kind: s.kind })),
        transitions,
      );
  return steps.map((s) => ({ ...s, position: laidOut.get(s.id)! }));
}

/** Whether any two steps placed at these top-left corners would cover each other. */
function overlaps(positions: readonly Position[]): boolean {
  const sorted = [...positions].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[i]!.x < STEP_BOX.width; j++) {
      if (Math.abs(sorted[j]!.y - sorted[i]!.y) < STEP_BOX.height) return true;
    }
  }
  return false;
}
