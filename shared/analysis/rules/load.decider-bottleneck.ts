import type { Transition } from '../../model';
import type { MapRule } from '../rule';
import { onRole } from '../report';
import { distinct, listOf, q } from '../words';
import { SLOW_APPROVAL_HOURS } from './time.slow-decision';

/** A role deciding at least this share of the map's decisions... */
export const BOTTLENECK_SHARE = 0.4;
/** ...and at least this many of them, is a bottleneck. */
export const BOTTLENECK_MIN_DECISIONS = 4;
/**
 * Work piles up at a role when at least this many of its decisions are observed to wait
 * longer than their target, or two days or more when they have none.
 */
export const PILED_UP_WAITS = 2;

/**
 * A note about the map, on the role: one role decides a large share of the decisions (>= 40%
 * and at least 4), or waits pile up at its decisions (at least two of them observed waiting
 * past their target, or two days or more). Being on every path is not a bottleneck: one
 * approver on every path is what an approval process is for.
 */
export const rule: MapRule = {
  id: 'load.decider-bottleneck',
  scope: 'map',
  severity: 'note',
  question: 'who',
  title: 'Decider bottleneck',
  description: `One role decides ${Math.round(BOTTLENECK_SHARE * 100)}% or more of the map’s decisions (and at least ${BOTTLENECK_MIN_DECISIONS}), or at least ${PILED_UP_WAITS} of its decisions are observed waiting past their target (or ${SLOW_APPROVAL_HOURS / 24} days or more). Being on every path is not enough.`,
  counts: 'map',
  article: 'Work gets stuck in review.',
  prompt:
    'Which of these decisions could someone else make, or be settled by clear criteria instead of a person?',
  check(ctx, report) {
    const byRole = new Map<string, Transition[]>();
    for (let d = 0; d < ctx.decisions.length; d++) {
      const t = ctx.decisions[d]!;
      for (const role of distinct(t.decision.deciders)) {
        const list = byRole.get(role);
        if (list === undefined) byRole.set(role, [t]);
        else list.push(t);
      }
    }
    const total = ctx.decisions.length;
    // A Map iterates in insertion order: roles in the order of their first decision.
    for (const [role, decided] of byRole) {
      const share = decided.length / total;
      const heavy = share >= BOTTLENECK_SHARE && decided.length >= BOTTLENECK_MIN_DECISIONS;
      const waiting = decided.filter(waitsLong);
      const piled = waiting.length >= PILED_UP_WAITS;
      if (!heavy && !piled) continue;
      const name = q(ctx.roleName(role));
      const parts = [
        heavy
          ? `${name} decides ${decided.length} of the map’s ${total} decisions (${Math.round(share * 100)}%).`
          : '',
        piled
          ? `Work waits at ${waiting.length} of ${name}’s decisions: ${listOf(waiting.map((t) => ctx.transitionLabel(t)))}.`
          : '',
      ];
      report(parts.filter((p) => p !== '').join(' '), [onRole(role)], {
        role,
        decisions: decided.map((t) => t.id),
        share,
        waiting: waiting.map((t) => t.id),
      });
    }
  },
};

/** Observed to wait past its target, or two days or more when it has none. */
function waitsLong(t: Transition): boolean {
  const { observedHours: observed, targetHours: target } = t.decision;
  if (observed === null) return false;
  return target !== null ? observed > target : observed >= SLOW_APPROVAL_HOURS;
}
