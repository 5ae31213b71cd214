import type { DecisionRule } from '../rule';

/** Two days: how long an approval may wait while it has open blockers. */
export const SLOW_APPROVAL_HOURS = 48;

/** "3 days" for whole days, "36 hours" otherwise. */
function duration(hours: number): string {
  if (hours >= 24 && hours % 24 === 0) return hours === 24 ? '1 day' : `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/**
 * The observed wait exceeds the target (both set); or the decision is taken at an approval
 * step (its arrow leaves one), is observed to wait two days or more, and has open blocker
 * findings, even when it is on its target. Runs after the other rules, since it counts their
 * blockers.
 */
export const rule: DecisionRule = {
  id: 'time.slow-decision',
  scope: 'decision',
  severity: 'warning',
  question: 'flow',
  title: 'Slow decision',
  description:
    'The observed wait exceeds the target turnaround, or an approval (a decision taken at an approval step) waits two days or more while it has open blockers.',
  counts: 'map',
  article:
    'If an approval takes three days, it is rarely because the button is in the wrong place.',
  prompt:
    'While this waits, what are people waiting for: information, criteria, or someone’s time?',
  afterBlockers: true,
  check(ctx, t, report) {
    const { observedHours: observed, targetHours: target } = t.decision;
    if (observed === null) return;
    if (target !== null && observed > target) {
      report(
        `The decision on ${ctx.transitionLabel(t)} typically waits ${duration(observed)}, against a target of ${duration(target)}.`,
        'targetHours',
        { observedHours: observed, targetHours: target },
      );
      return;
    }
    // An approval is the decision taken at an approval step: the arrow that leaves it.
    if (observed < SLOW_APPROVAL_HOURS || ctx.doc.steps[t.from]?.kind !== 'approval') return;
    const blockers = ctx.blockersOn(t.id);
    if (blockers === 0) return;
    const open = blockers === 1 ? '1 blocker is' : `${blockers} blockers are`;
    report(
      `The approval on ${ctx.transitionLabel(t)} typically waits ${duration(observed)} while ${open} open on its decision.`,
      'observedHours',
      { observedHours: observed, blockers },
    );
  },
};
