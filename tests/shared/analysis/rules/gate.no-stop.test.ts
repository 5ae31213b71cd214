import { describe, it } from 'vitest';
import { CLEAN, expectFindings, extend, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'gate.no-stop';
const noGate = withDecision(CLEAN, 't3', { ifNotMet: '' });

const passing: [string, MapDocument][] = [
  ['gate text on every decision', CLEAN],
  [
    'a send-back from the step',
    extend(noGate, { transitions: [['tb', 'r', 'd', { kind: 'send-back' }]] }),
  ],
  [
    'an escalation from the step',
    extend(noGate, {
      steps: [['x', 'task', 'CMO call']],
      transitions: [['tx', 'r', 'x', { kind: 'escalation' }]],
    }),
  ],
  [
    'a stop: another arrow to an end',
    extend(noGate, { steps: [['x', 'end', 'Dropped']], transitions: [['tx', 'r', 'x']] }),
  ],
  [
    'a send-back arrow is itself the outcome',
    extend(CLEAN, { transitions: [['tb', 'r', 'd', { kind: 'send-back' }]] }),
  ],
  ['an automatic transition', withDecision(CLEAN, 't1', { ifNotMet: '' })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'no gate text, no other way out',
    noGate,
    [
      {
        targets: [onT('t3', 'ifNotMet')],
        says: ['“Brief review → Launched”', 'criteria are not met'],
      },
    ],
  ],
  [
    'another forward arrow to a task is not a stop',
    extend(noGate, {
      steps: [['x', 'task', 'Archive']],
      transitions: [['tx', 'r', 'x', { decision: { automatic: true } }]],
    }),
    [{ targets: [onT('t3', 'ifNotMet')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
