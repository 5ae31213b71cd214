import { describe, it } from 'vitest';
import { CLEAN, expectFindings, extend, onT, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'flow.rework-loop';
const sendBack = extend(CLEAN, { transitions: [['tb', 'r', 'd', { kind: 'send-back' }]] });

const passing: [string, MapDocument][] = [
  ['no cycle', CLEAN],
  ['a cycle of forward arrows only', extend(CLEAN, { transitions: [['tf', 'r', 'd']] })],
  [
    'a send-back to a step that does not lead back',
    extend(CLEAN, {
      steps: [['x', 'task', 'Notes']],
      transitions: [['tb', 'r', 'x', { kind: 'send-back' }]],
    }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'the review sends the draft back',
    sendBack,
    [
      {
        targets: [onT('tb', 'criteria')],
        says: [
          'sent back for rework at “Brief review → Draft brief”',
          '“Draft brief” and “Brief review”',
        ],
        details: { steps: ['d', 'r'], sendBacks: ['tb'] },
      },
    ],
  ],
  [
    'two send-backs in one loop: one finding, both decisions',
    extend(sendBack, { transitions: [['tc', 'r', 's', { kind: 'send-back' }]] }),
    [
      {
        targets: [onT('tb', 'criteria'), onT('tc', 'criteria')],
        details: { steps: ['s', 'd', 'r'], sendBacks: ['tb', 'tc'] },
      },
    ],
  ],
  [
    'two separate loops: two findings',
    extend(sendBack, {
      steps: [
        ['p', 'review', 'Proof'],
        ['z', 'end', 'Printed'],
      ],
      transitions: [
        ['tp', 'e', 'p', { decision: { automatic: true } }],
        ['tz', 'p', 'z'],
        ['tq', 'p', 'e', { kind: 'send-back' }],
      ],
    }),
    [
      { targets: [onT('tb', 'criteria')], details: { steps: ['d', 'r'] } },
      { targets: [onT('tq', 'criteria')], details: { steps: ['e', 'p'] } },
    ],
  ],
  [
    'a step that sends work back to itself',
    extend(CLEAN, { transitions: [['ts', 'r', 'r', { kind: 'send-back' }]] }),
    [{ targets: [onT('ts', 'criteria')], details: { steps: ['r'] } }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
