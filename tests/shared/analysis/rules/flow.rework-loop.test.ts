import { describe, expect, it } from 'vitest';
import { buildMap, CLEAN, expectFindings, extend, findingsOf, onT, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'flow.rework-loop';
const sendBack = extend(CLEAN, { transitions: [['tb', 'r', 'd', { kind: 'send-back' }]] });

const passing: [string, MapDocument][] = [
  ['no cycle', CLEAN],
  [
    'two forward arrows into one step (a diamond) is no loop',
    extend(CLEAN, {
      steps: [['x', 'task', 'Legal notes']],
      transitions: [
        ['tx', 'd', 'x'],
        ['ty', 'x', 'r'],
      ],
    }),
  ],
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
  [
    'an arrow drawn backwards as a forward arrow closes a loop: offered as a send-back',
    extend(CLEAN, { transitions: [['tf', 'r', 'd']] }),
    [
      {
        targets: [onT('tf', 'kind')],
        says: ['“Brief review → Draft brief”', 'drawn as a forward arrow'],
        details: { steps: ['d', 'r'], sendBacks: ['tf'], unmarked: ['tf'] },
      },
    ],
  ],
  [
    'the arrow back is the one whose target comes first, whichever is drawn first',
    buildMap({
      steps: [
        ['s', 'start', 'Start'],
        ['c', 'review', 'Step 10'],
        ['b', 'task', 'Step 5'],
        ['e', 'end', 'End'],
      ],
      transitions: [
        ['back', 'c', 'b'],
        ['t1', 's', 'b'],
        ['t2', 'b', 'c'],
        ['t3', 'c', 'e'],
      ],
    }),
    [{ targets: [onT('back', 'kind')], details: { unmarked: ['back'] } }],
  ],
  [
    'an escalation that returns work closes the loop too',
    extend(CLEAN, { transitions: [['te', 'r', 's', { kind: 'escalation' }]] }),
    [{ targets: [onT('te', 'kind')], details: { steps: ['s', 'd', 'r'], unmarked: ['te'] } }],
  ],
  [
    'a loop entered at two places: the depth-first order from the start decides',
    buildMap({
      steps: [
        ['s', 'start', 'Start'],
        ['a', 'task', 'A'],
        ['b', 'task', 'B'],
        ['e', 'end', 'End'],
      ],
      transitions: [
        ['sa', 's', 'a'],
        ['sb', 's', 'b'],
        ['ab', 'a', 'b'],
        ['ba', 'b', 'a'],
        ['be', 'b', 'e'],
      ],
    }),
    [{ targets: [onT('ba', 'kind')], details: { steps: ['a', 'b'], unmarked: ['ba'] } }],
  ],
];

describe(RULE, () => {
  it('offers to mark the unmarked arrows as send-backs, and only those', () => {
    const doc = extend(sendBack, { transitions: [['tf', 'r', 's']] });
    const [loop] = findingsOf(RULE, doc);
    expect(loop!.fix).toEqual({ kind: 'mark-send-back', transitions: ['tf'] });
    expect(findingsOf(RULE, sendBack)[0]!.fix).toBeUndefined();
  });

  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
