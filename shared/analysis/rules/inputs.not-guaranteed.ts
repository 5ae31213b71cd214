import { checkInputs, type Describe } from '../inputsCheck';
import type { DecisionRule } from '../rule';

// Once, not per decision: the check runs for every decision on every edit.
const describe: Describe = (item, decision, producers) =>
  `The decision on ${decision} needs ${item}, but it is produced before this point only on some paths, or only after work was sent back (by ${producers}).`;

/**
 * A required item produced before the decision only on some paths, or only after work was
 * sent back: the steps producing it do not, together, lie on every way work first arrives
 * at the decision's step (with one producer: it does not dominate that step).
 */
export const rule: DecisionRule = {
  id: 'inputs.not-guaranteed',
  scope: 'decision',
  severity: 'warning',
  question: 'information',
  title: 'Information only sometimes there',
  description:
    'A required item is produced before the decision only on some paths, or only after work was sent back.',
  counts: 'readiness',
  article: 'Is the information quality high enough to responsibly make the next decision?',
  prompt: 'Is this information always there when the decision is made, or only on some paths?',
  check: (ctx, t, report) => checkInputs(ctx, t, report, 'some-paths', describe),
};
