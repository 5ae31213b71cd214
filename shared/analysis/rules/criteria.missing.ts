import type { DecisionRule } from '../rule';

const NOT_BLANK = /\S/;

/** A decision with no criteria (blank lines do not count). */
export const rule: DecisionRule = {
  id: 'criteria.missing',
  scope: 'decision',
  severity: 'blocker',
  question: 'good',
  title: 'No criteria',
  description: 'The decision lists no criteria (blank lines do not count).',
  counts: 'readiness',
  article: 'The criteria are unclear.',
  prompt: 'How will the person deciding know it is good enough to move on?',
  check(ctx, t, report) {
    const criteria = t.decision.criteria;
    for (let i = 0; i < criteria.length; i++) if (NOT_BLANK.test(criteria[i]!)) return;
    report(
      `The decision on ${ctx.transitionLabel(t)} has no criteria: nothing says what good looks like.`,
      'criteria',
    );
  },
};
