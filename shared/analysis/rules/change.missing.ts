import type { DecisionRule } from '../rule';

/** A decision with no change rule. */
export const rule: DecisionRule = {
  id: 'change.missing',
  scope: 'decision',
  severity: 'warning',
  question: 'change',
  title: 'No change rule',
  description:
    'The decision has no change rule: nothing says where work goes, or who decides again, when scope, inputs or people change.',
  counts: 'readiness',
  article: 'What happens if something changes?',
  prompt:
    'If the scope, the inputs or the people change after this decision, where does the work go and who decides again?',
  check(ctx, t, report) {
    if (t.decision.onChange.trim() !== '') return;
    report(
      `The decision on ${ctx.transitionLabel(t)} has no change rule: nothing says where work goes, or who decides again, when something changes.`,
      'onChange',
    );
  },
};
