import type { DecisionRule } from '../rule';

/** A decision transition whose question is blank. */
export const rule: DecisionRule = {
  id: 'decision.undefined',
  scope: 'decision',
  severity: 'warning',
  question: 'what',
  title: 'No decision defined',
  description: 'A transition that is not automatic has no decision question.',
  counts: 'readiness',
  article: 'So the workflow keeps moving, but the decisions don’t.',
  prompt: 'What exactly has to be decided before work moves on from here?',
  check(ctx, t, report) {
    if (t.decision.question.trim() !== '') return;
    report(
      `The handoff ${ctx.transitionLabel(t)} moves work on, but nothing says what is decided there.`,
      'question',
    );
  },
};
