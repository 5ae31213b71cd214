import type { DecisionRule } from '../rule';

/** A decision with no decider: an unowned transition. */
export const rule: DecisionRule = {
  id: 'owner.missing',
  scope: 'decision',
  severity: 'blocker',
  question: 'who',
  title: 'No one owns the decision',
  description: 'The decision has no decider: an unowned transition.',
  counts: 'readiness',
  article: 'No one is quite sure who owns the next step.',
  prompt: 'Who in this room can say yes or no here, on their own?',
  check(ctx, t, report) {
    if (t.decision.deciders.length > 0) return;
    report(`No one owns the decision on ${ctx.transitionLabel(t)}.`, 'deciders');
  },
};
