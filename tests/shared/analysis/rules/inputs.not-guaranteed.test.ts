import { describe, it } from 'vitest';
import {
  answered,
  buildMap,
  CLEAN,
  expectFindings,
  extend,
  INFO,
  onS,
  onT,
  ROLES,
  withDecision,
  withInfo,
  withStep,
  type Expected,
} from '../build';
import type { InformationId, MapDocument, RoleId } from '../../../../shared/model';

const RULE = 'inputs.not-guaranteed';

/** Request forks to Brief A or Brief B, which meet at Review, then Launched. */
function fork(producesA: boolean, producesB: boolean): MapDocument {
  const decision = answered({
    deciders: ['r-cmo'] as RoleId[],
    requires: ['i-brief'] as InformationId[],
  });
  return buildMap({
    roles: ROLES,
    info: INFO,
    steps: [
      ['s', 'start', 'Request'],
      ['a', 'task', 'Brief A', { produces: producesA ? ['i-brief'] : [] }],
      ['b', 'task', 'Brief B', { produces: producesB ? ['i-brief'] : [] }],
      ['m', 'review', 'Review'],
      ['e', 'end', 'Launched'],
    ],
    transitions: [
      ['sa', 's', 'a', { decision: { automatic: true } }],
      ['sb', 's', 'b', { decision: { automatic: true } }],
      ['am', 'a', 'm', { decision: { automatic: true } }],
      ['bm', 'b', 'm', { decision: { automatic: true } }],
      ['me', 'm', 'e', { decision }],
    ],
  });
}

const notes = withStep(withInfo(CLEAN, ['i-notes', 'Review notes']), 'r', {
  produces: ['i-notes'],
});

const passing: [string, MapDocument][] = [
  ['the producer is on every path', CLEAN],
  ['every branch produces it', fork(true, true)],
  ['the deciding step produces it', withDecision(notes, 't3', { requires: ['i-notes'] })],
  ['an external item', withDecision(CLEAN, 't3', { requires: ['i-guide'] })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'produced on one branch only',
    fork(true, false),
    [
      {
        targets: [onT('me', 'requires'), onS('a', 'produces')],
        says: ['“Campaign brief”', '“Review → Launched”', 'only on some paths', '“Brief A”'],
        details: { item: 'i-brief', producers: ['a'] },
      },
    ],
  ],
  [
    'produced only after work is sent back',
    extend(withDecision(notes, 't2', { requires: ['i-notes'] }), {
      transitions: [['tb', 'r', 'd', { kind: 'send-back' }]],
    }),
    [
      {
        targets: [onT('t2', 'requires'), onS('r', 'produces')],
        says: ['“Review notes”', 'sent back'],
      },
    ],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
