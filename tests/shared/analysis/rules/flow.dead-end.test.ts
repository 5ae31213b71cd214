import { describe, it } from 'vitest';
import { buildMap, CLEAN, expectFindings, extend, onS, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'flow.dead-end';

const passing: [string, MapDocument][] = [
  ['only the end has no way out', CLEAN],
  [
    'a second end',
    extend(CLEAN, { steps: [['x', 'end', 'Dropped']], transitions: [['tx', 'r', 'x']] }),
  ],
  // The work sent back can still finish: that is a rework loop, not a dead end.
  [
    'a step that can only send work back',
    extend(CLEAN, {
      steps: [['x', 'review', 'Legal check']],
      transitions: [
        ['tx', 'r', 'x'],
        ['tb', 'x', 'd', { kind: 'send-back' }],
      ],
    }),
  ],
  [
    'a step whose only way on is drawn backwards',
    extend(CLEAN, {
      steps: [['x', 'external', 'Vendor corrects invoice']],
      transitions: [
        ['tx', 'r', 'x'],
        ['tb', 'x', 'd'],
      ],
    }),
  ],
  [
    'a way out by escalation',
    extend(CLEAN, {
      steps: [['x', 'task', 'CMO call']],
      transitions: [
        ['tx', 'r', 'x'],
        ['ty', 'x', 'e', { kind: 'escalation' }],
      ],
    }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'a task with nothing after it',
    extend(CLEAN, { steps: [['x', 'task', 'Archive']], transitions: [['tx', 'r', 'x']] }),
    [{ targets: [onS('x', 'kind')], says: ['“Archive”', 'nowhere to go'] }],
  ],
  [
    'a loop with no way out: each of its steps',
    extend(CLEAN, {
      steps: [
        ['x', 'task', 'Conditions outstanding'],
        ['y', 'task', 'Chase'],
      ],
      transitions: [
        ['tx', 'r', 'x'],
        ['ty', 'x', 'y'],
        ['tz', 'y', 'x'],
      ],
    }),
    [
      { targets: [onS('x', 'kind')], says: ['“Conditions outstanding”', 'can never finish'] },
      { targets: [onS('y', 'kind')], says: ['“Chase”'] },
    ],
  ],
  [
    'a map with no end step: one finding, on where the work stops',
    buildMap({
      steps: [
        ['s', 'start', 'Invoice received'],
        ['a', 'approval', 'Approve'],
        ['p', 'task', 'Pay'],
      ],
      transitions: [
        ['t1', 's', 'a'],
        ['t2', 'a', 'p'],
      ],
    }),
    [
      {
        targets: [onS('p', 'kind')],
        says: ['no end step', 'It stops at “Pay”'],
        prompt: 'Where is this work finished: which step is the end?',
        details: { noEnd: true },
      },
    ],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
