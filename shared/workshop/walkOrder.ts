/** "Walk the decisions": the order in which workshop mode visits a map's decisions. */
import type { MapDocument, TransitionId } from '../model';
import { flowOrder } from './flowOrder';

/**
 * The arrows that carry a decision, in flow order (see `flowOrder`): breadth-first from the
 * start steps, at each step its forward and escalation arrows before its send-back arrows,
 * ties in drawing order, arrows the walk cannot reach at the end. Arrows marked automatic
 * (a system moves the work; nothing to decide) are left out, but the walk still passes
 * through them to reach the decisions beyond.
 */
export function walkOrder(doc: MapDocument): TransitionId[] {
  return flowOrder(doc).transitions.filter((id) => !doc.transitions[id]!.decision.automatic);
}
