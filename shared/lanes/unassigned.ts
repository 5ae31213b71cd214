/**
 * The steps nobody performs yet: with swimlanes on they share the lane "No performer yet",
 * and the analysis leads the person there with a question for the room. Pure, like the rest
 * of the analysis: same map in, same answer out.
 */
import type { MapDocument, StepId } from '../model';
import { stepName } from '../names';
import { lanesOf, NO_PERFORMER_LANE } from './lanes';

export interface UnassignedSteps {
  /** The steps without a performer, in flow order (the order of their lane). */
  readonly stepIds: readonly StepId[];
  /** What is missing, in the person's words: "2 steps have no performer yet". */
  readonly message: string;
  /** The question to ask the room about the first of them. */
  readonly prompt: string;
}

/** The steps without a performer, or null when every step has one. */
export function unassignedSteps(doc: MapDocument): UnassignedSteps | null {
  const lane = lanesOf(doc).find((l) => l.roleId === null);
  if (!lane) return null;
  const count = lane.stepIds.length;
  const first = doc.steps[lane.stepIds[0]!]!;
  const name = stepName(first);
  return {
    stepIds: lane.stepIds,
    message:
      count === 1
        ? `1 step has no performer yet: it sits in the lane “${NO_PERFORMER_LANE}”.`
        : `${count} steps have no performer yet: they sit in the lane “${NO_PERFORMER_LANE}”.`,
    prompt: `Who in this room does “${name}”?`,
  };
}
