import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument, Notation } from '../../../../shared/model';

const RULE = 'owner.shared';

const inNotation = (doc: MapDocument, notation: Notation): MapDocument => ({
  ...doc,
  info: { ...doc.info, notation },
});
/** The prompt names the one right in the map's notation (RACI unless the map says otherwise). */
const RACI = 'If they disagree, whose call is it? Only one role can be the A (Accountable).';
const TWO = withDecision(CLEAN, 't3', { deciders: ['r-cmo', 'r-legal'] });

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
    TWO,
    [
      {
        targets: [onT('t3', 'deciders')],
        says: ['2 deciders', '“CMO” and “Legal”', '“Brief review → Launched”'],
        details: { deciders: ['r-cmo', 'r-legal'] },
        prompt: RACI,
      },
    ],
  ],
  [
    'two deciders, in RAPID',
    inNotation(TWO, 'RAPID'),
    [
      {
        targets: [onT('t3', 'deciders')],
        prompt: 'If they disagree, whose call is it? Only one role can be the D (Decide).',
      },
    ],
  ],
  [
    'two deciders, in DACI',
    inNotation(TWO, 'DACI'),
    [
      {
        targets: [onT('t3', 'deciders')],
        prompt: 'If they disagree, whose call is it? Only one role can be the A (Approver).',
      },
    ],
  ],
  [
    'a group decides',
    withDecision(CLEAN, 't2', { deciders: ['r-team'] }),
    [{ targets: [onT('t2', 'deciders')], says: ['“Marketing team”', 'a group'], prompt: RACI }],
  ],
  [
    'a group and a person',
    withDecision(CLEAN, 't2', { deciders: ['r-team', 'r-cmo'] }),
    [{ targets: [onT('t2', 'deciders')], says: ['2 deciders'], prompt: RACI }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
