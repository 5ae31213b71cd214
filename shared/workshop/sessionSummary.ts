/** What a workshop session achieved: the summary shown when the facilitator leaves the walk. */
import { analyzeMap } from '../analysis/engine';
import type { Analysis, Finding, MapHealth } from '../analysis/types';
import type { MapDocument, ParkingLotItem, Transition, TransitionId } from '../model';
import { diffFindings, resolvedOrGone } from './findings';

export interface SessionSummary {
  /**
   * Decisions the session defined, in the after map's drawing order: arrows that are not
   * automatic and now have both a question and at least one decider, where before the
   * session they lacked either (or were automatic, or did not exist yet).
   */
  readonly decisionsDefined: readonly TransitionId[];
  /**
   * Findings gone since the start of the session (matched by `findingKey`) whose step or
   * arrow is still there: resolved, not merely deleted.
   */
  readonly findingsResolved: readonly Finding[];
  /** Findings that left with a step or arrow removed during the session. */
  readonly findingsGone: readonly Finding[];
  /** Findings that appeared during the session. */
  readonly findingsIntroduced: readonly Finding[];
  readonly health: { readonly before: MapHealth; readonly after: MapHealth };
  /** Questions parked during the session (ids not in the parking lot before), in list order. */
  readonly parkingAdded: readonly ParkingLotItem[];
}

function defined(t: Transition | undefined): boolean {
  if (t === undefined || t.decision.automatic) return false;
  return t.decision.question.trim() !== '' && t.decision.deciders.length > 0;
}

/**
 * Compares the map as it was when the session started (`before`) with the map now
 * (`after`). Pass the analyses when they are at hand (the pane keeps the current one) to
 * skip running them again; they must be of these very maps.
 */
export function sessionSummary(
  before: MapDocument,
  after: MapDocument,
  analyses: { readonly before?: Analysis; readonly after?: Analysis } = {},
): SessionSummary {
  const start = analyses.before ?? analyzeMap(before);
  const end = analyses.after ?? analyzeMap(after);
  const { resolved: unmatched, introduced } = diffFindings(start.findings, end.findings);
  const { resolved, gone } = resolvedOrGone(unmatched, after);
  const parked = new Set(before.parkingLot.map((p) => p.id));
  return {
    decisionsDefined: after.transitionOrder.filter(
      (id) =>
        defined(after.transitions[id]) &&
        !defined(Object.hasOwn(before.transitions, id) ? before.transitions[id] : undefined),
    ),
    findingsResolved: resolved,
    findingsGone: gone,
    findingsIntroduced: introduced,
    health: { before: start.health, after: end.health },
    parkingAdded: after.parkingLot.filter((p) => !parked.has(p.id)),
  };
}
