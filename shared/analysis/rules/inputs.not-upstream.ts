import { checkInputs, type Describe } from '../inputsCheck';
import type { DecisionRule } from '../rule';

// Once, not per decision: the check runs for every decision on every edit.
const describe: Describe = (item, decision, producers) =>
  `The decision on ${decision} needs ${item}, but it is produced only by ${producers}, which cannot come before this decision.`;

/** A required item produced only by steps that cannot come before the decision's step. */
export const rule: DecisionRule = {
  id: 'inputs.not-upstream',
  scope: 'decision',
  severity: 'blocker',
  question: 'information',
  title: 'Information arrives too late',
  description: 'A required item is produced only by steps that cannot come before the decision.',
  counts: 'readiness',
  article: 'The information is incomplete.',
  prompt:
    'Can this information be produced before the decision, or should the decision move later?',
  check: (ctx, t, report) => checkInputs(ctx, t, report, 'not-upstream', describe),
};
