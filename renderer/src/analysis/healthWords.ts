/**
 * Decision health in words. A map with no decisions has nothing to assess: the analysis
 * counts its share as 1, but saying "100%" or "every decision is ready" about an empty map
 * would tell the room a blank page is finished, so every view says "—" and why instead.
 */
import type { MapHealth } from '../../../shared/analysis';

/** "75%", or "—" when the map has no decisions to assess. */
export function healthPercent(health: MapHealth): string {
  return health.decisions === 0 ? '—' : `${Math.round(health.share * 100)}%`;
}

/** Said where a figure would be when there is nothing to assess yet. */
export const NOTHING_TO_ASSESS = 'Nothing to assess yet: no arrow carries a decision.';
