import { checkInputs, type Describe } from '../inputsCheck';
import type { DecisionRule } from '../rule';

// Once, not per decision: the check runs for every decision on every edit.
const describe: Describe = (item, decision) =>
  `The decision on ${decision} needs ${item}, but no step produces it.`;

/** A required item that no step produces and that is not marked as coming from outside. */
export const rule: DecisionRule = {
  id: 'inputs.not-produced',
  scope: 'decision',
  severity: 'blocker',
  question: 'information',
  title: 'Information nobody produces',
  description:
    'A required item is produced by no step and is not marked as coming from outside the map.',
  counts: 'readiness',
  article: 'The information is incomplete.',
  prompt:
    'Where does this information come from: which step produces it, or do we already have it from outside?',
  check: (ctx, t, report) => checkInputs(ctx, t, report, 'not-produced', describe),
};
