import { describe, it } from 'vitest';
import { buildMap, CLEAN, expectFindings, extend, onS, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'flow.unreachable';

const passing: [string, MapDocument][] = [
  ['every step reached', CLEAN],
  [
    'reached only through a send-back',
    extend(CLEAN, {
      steps: [['x', 'task', 'Rework']],
      transitions: [
        ['tb', 'r', 'x', { kind: 'send-back' }],
        ['tx', 'x', 'r'],
      ],
    }),
  ],
  [
    'no step marked start: steps nothing leads into are starts',
    buildMap({
      steps: [
        ['a', 'task', 'Draft'],
        ['b', 'end', 'Live'],
      ],
      transitions: [['t', 'a', 'b']],
    }),
  ],
  [
    'a closed loop with no start begins at its first step',
    buildMap({
      steps: [
        ['a', 'task', 'A'],
        ['b', 'task', 'B'],
      ],
      transitions: [
        ['t1', 'a', 'b'],
        ['t2', 'b', 'a'],
      ],
    }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'a step nothing leads to',
    extend(CLEAN, { steps: [['x', 'task', 'Media plan']] }),
    [{ targets: [onS('x')], says: ['“Media plan”', 'never reaches'] }],
  ],
  [
    'a step that only leads out',
    extend(CLEAN, { steps: [['x', 'task', 'Side brief']], transitions: [['tx', 'x', 'r']] }),
    [{ targets: [onS('x')] }],
  ],
  [
    'an island that loops on itself',
    extend(CLEAN, {
      steps: [
        ['x', 'task', 'X'],
        ['y', 'task', 'Y'],
      ],
      transitions: [
        ['txy', 'x', 'y'],
        ['tyx', 'y', 'x'],
      ],
    }),
    [{ targets: [onS('x')] }, { targets: [onS('y')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
