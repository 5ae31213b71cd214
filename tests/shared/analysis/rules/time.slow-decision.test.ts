import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, withStep, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'time.slow-decision';
// The brief goes to an approval rather than a review: its decision is t3, which leaves it.
const approval = withStep(CLEAN, 'r', { kind: 'approval', label: 'CMO approval' });

const passing: [string, MapDocument][] = [
  ['no times', CLEAN],
  ['within the target', withDecision(CLEAN, 't2', { targetHours: 24, observedHours: 24 })],
  ['a long wait, no target, not an approval', withDecision(CLEAN, 't2', { observedHours: 96 })],
  ['a long approval with no blockers', withDecision(approval, 't3', { observedHours: 72 })],
  [
    'a short approval with blockers',
    withDecision(approval, 't3', { observedHours: 24, criteria: [] }),
  ],
  [
    'a long wait with blockers on the way into an approval, not at it',
    withDecision(approval, 't2', { observedHours: 72, criteria: [] }),
  ],
  ['an automatic transition', withDecision(CLEAN, 't1', { targetHours: 1, observedHours: 10 })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'slower than the target',
    withDecision(CLEAN, 't2', { targetHours: 24, observedHours: 72 }),
    [
      {
        targets: [onT('t2', 'targetHours')],
        says: ['“Draft brief → Brief review”', 'waits 3 days', 'target of 1 day'],
        details: { observedHours: 72, targetHours: 24 },
      },
    ],
  ],
  [
    'an approval waiting two days with an open blocker',
    withDecision(approval, 't3', { observedHours: 48, criteria: [] }),
    [
      {
        targets: [onT('t3', 'observedHours')],
        says: ['approval on “CMO approval → Launched”', '2 days', '1 blocker is open'],
        details: { blockers: 1 },
      },
    ],
  ],
  [
    'two blockers',
    withDecision(approval, 't3', { observedHours: 50, criteria: [], deciders: [] }),
    [{ targets: [onT('t3', 'observedHours')], says: ['50 hours', '2 blockers are open'] }],
  ],
  [
    'on its target, but an approval waiting a week with an open blocker',
    withDecision(approval, 't3', { observedHours: 168, targetHours: 168, criteria: [] }),
    [{ targets: [onT('t3', 'observedHours')], says: ['7 days', '1 blocker is open'] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
