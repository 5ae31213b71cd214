import type { DecisionRule } from '../rule';

/** A decision that lists no required information. */
export const rule: DecisionRule = {
  id: 'inputs.unspecified',
  scope: 'decision',
  severity: 'warning',
  question: 'information',
  title: 'No information listed',
  description: 'The decision lists no information it needs.',
  counts: 'readiness',
  article: 'What information is required?',
  prompt: 'What does the person deciding need in front of them to decide this?',
  check(ctx, t, report) {
    if (t.decision.requires.length > 0) return;
    report(`The decision on ${ctx.transitionLabel(t)} lists no information it needs.`, 'requires');
  },
};
