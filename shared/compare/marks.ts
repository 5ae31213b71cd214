/**
 * What to mark on each of the two maps drawn side by side in Compare: a step or arrow the
 * redesign removed (on the as-is map), added (on the to-be map), or changed (on both, so the
 * eye finds the same element on either side). Pure; read from a `Comparison`.
 */
import type { Comparison } from './types';

export type Mark = 'added' | 'removed' | 'changed';

/** Marks by element id (steps and arrows share one id space within a map). */
export interface MapMarks {
  readonly steps: ReadonlyMap<string, Mark>;
  readonly transitions: ReadonlyMap<string, Mark>;
}

/** The marks of the as-is map and of the to-be map. */
export function comparisonMarks(c: Comparison): {
  readonly asIs: MapMarks;
  readonly toBe: MapMarks;
} {
  const changedSteps = c.stepsChanged.map((s) => [s.step as string, 'changed'] as const);
  const changedArrows = c.decisionsChanged.map((d) => [d.transition as string, 'changed'] as const);
  const removed = (ids: readonly string[]) => ids.map((id) => [id, 'removed'] as const);
  const added = (ids: readonly string[]) => ids.map((id) => [id, 'added'] as const);
  return {
    asIs: {
      steps: new Map<string, Mark>([...removed(c.steps.removed), ...changedSteps]),
      transitions: new Map<string, Mark>([...removed(c.transitions.removed), ...changedArrows]),
    },
    toBe: {
      steps: new Map<string, Mark>([...added(c.steps.added), ...changedSteps]),
      transitions: new Map<string, Mark>([...added(c.transitions.added), ...changedArrows]),
    },
  };
}
