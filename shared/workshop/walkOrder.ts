/** "Walk the decisions": the order in which workshop mode visits a map's decisions. */
import type { MapDocument, TransitionId } from '../model';
import { flowOrder } from '../analysis/flowOrder';

/**
 * The arrows that carry a decision, in flow order (see `flowOrder`): from the start steps, a
 * step where branches meet after every branch, at each step its forward arrows before
 * escalations before send-backs, ties in drawing order, arrows the walk cannot reach at the
 * end — the same order as the register, so the room meets a decision after those feeding it. Arrows marked automatic
 * (a system moves the work; nothing to decide) are left out, but the walk still passes
 * through them to reach the decisions beyond.
 */
export function walkOrder(doc: MapDocument): TransitionId[] {
  return flowOrder(doc).transitions.filter((id) => !doc.transitions[id]!.decision.automatic);
}
