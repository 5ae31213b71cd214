import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'owner.shared';

const passing: [string, MapDocument][] = [
  ['one person decides', CLEAN],
  ['one role decides', withDecision(CLEAN, 't3', { deciders: ['r-lead'] })],
  ['the same decider named twice', withDecision(CLEAN, 't3', { deciders: ['r-cmo', 'r-cmo'] })],
  ['no decider at all (that is owner.missing)', withDecision(CLEAN, 't3', { deciders: [] })],
  ['a group consulted, one decider', withDecision(CLEAN, 't3', { consulted: ['r-team'] })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'two deciders',
    withDecision(CLEAN, 't3', { deciders: ['r-cmo', 'r-legal'] }),
    [
      {
        targets: [onT('t3', 'deciders')],
        says: ['2 deciders', '“CMO” and “Legal”', '“Brief review → Launched”'],
        details: { deciders: ['r-cmo', 'r-legal'] },
      },
    ],
  ],
  [
    'a group decides',
    withDecision(CLEAN, 't2', { deciders: ['r-team'] }),
    [{ targets: [onT('t2', 'deciders')], says: ['“Marketing team”', 'a group'] }],
  ],
  [
    'a group and a person',
    withDecision(CLEAN, 't2', { deciders: ['r-team', 'r-cmo'] }),
    [{ targets: [onT('t2', 'deciders')], says: ['2 deciders'] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
