import { describe, it } from 'vitest';
import { buildMap, expectFindings, onT, type Expected, type Spec } from '../build';
import type { MapDocument, StepKind } from '../../../../shared/model';

const RULE = 'flow.checkpoint-stack';

/** Draft → the given steps in a line → Live, all on automatic arrows (only the shape matters). */
function line(...kinds: [string, StepKind][]): MapDocument {
  const steps: NonNullable<Spec['steps']>[number][] = [
    ['d', 'start', 'Draft'],
    ...kinds.map(([label, kind], i) => [`c${i}`, kind, label] as const),
    ['e', 'end', 'Live'],
  ];
  const ids = steps.map((s) => s[0]);
  return buildMap({
    steps,
    transitions: ids
      .slice(1)
      .map((to, i) => [`t${i}`, ids[i]!, to, { decision: { automatic: true } }] as const),
  });
}

const passing: [string, MapDocument][] = [
  ['one review', line(['Review', 'review'])],
  ['two checkpoints in a row', line(['Legal review', 'review'], ['CMO approval', 'approval'])],
  [
    'three reviews with a task between',
    line(
      ['Legal review', 'review'],
      ['Brand review', 'review'],
      ['Fix copy', 'task'],
      ['CMO approval', 'approval'],
    ),
  ],
  [
    'a send-back between reviews is not a checkpoint',
    buildMap({
      steps: [
        ['d', 'start', 'Draft'],
        ['a', 'review', 'A'],
        ['b', 'review', 'B'],
        ['e', 'end', 'Live'],
      ],
      transitions: [
        ['t0', 'd', 'a'],
        ['t1', 'a', 'b'],
        ['t2', 'b', 'a', { kind: 'send-back' }],
        ['t3', 'b', 'e'],
      ],
    }),
  ],
  [
    'reviews that hand work back and forth: the arrow back closes a loop, so it is a send-back',
    buildMap({
      steps: [
        ['d', 'start', 'Draft'],
        ['a', 'review', 'A'],
        ['b', 'review', 'B'],
        ['e', 'end', 'Live'],
      ],
      transitions: [
        ['t0', 'd', 'a'],
        ['t1', 'a', 'b'],
        ['t2', 'b', 'a'],
        ['t3', 'b', 'e'],
      ],
    }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'three checkpoints in a row',
    line(['Legal review', 'review'], ['Brand review', 'review'], ['CMO approval', 'approval']),
    [
      {
        targets: [onT('t0'), onT('t1'), onT('t2')],
        says: ['3 checkpoints in a row: Draft → Legal review → Brand review → CMO approval'],
        details: { transitions: ['t0', 't1', 't2'] },
      },
    ],
  ],
  [
    'four in a row: one finding for the longest run',
    line(['A', 'review'], ['B', 'approval'], ['C', 'review'], ['D', 'approval']),
    [{ targets: [onT('t0'), onT('t1'), onT('t2'), onT('t3')], says: ['4 checkpoints'] }],
  ],
  [
    'a long run names its first and last steps',
    line(...Array.from({ length: 10 }, (_, i): [string, StepKind] => [`R${i}`, 'review'])),
    [
      {
        targets: Array.from({ length: 10 }, (_, i) => onT(`t${i}`)),
        says: ['10 checkpoints in a row: Draft → R0 → R1 → R2 → … → R8 → R9.'],
      },
    ],
  ],
  [
    'an escalation into an approval counts',
    buildMap({
      steps: [
        ['d', 'start', 'Draft'],
        ['a', 'review', 'A'],
        ['b', 'review', 'B'],
        ['c', 'approval', 'C'],
        ['e', 'end', 'Live'],
      ],
      transitions: [
        ['t0', 'd', 'a'],
        ['t1', 'a', 'b'],
        ['t2', 'b', 'c', { kind: 'escalation' }],
        ['t3', 'c', 'e'],
      ],
    }),
    [{ targets: [onT('t0'), onT('t1'), onT('t2')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
