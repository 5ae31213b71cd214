import { describe, it } from 'vitest';
import { CLEAN, expectFindings, extend, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'owner.missing';

const passing: [string, MapDocument][] = [
  ['every decision has a decider', CLEAN],
  ['an automatic transition has no decider', CLEAN],
  ['a group decider is shared, not missing', withDecision(CLEAN, 't2', { deciders: ['r-team'] })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'no decider',
    withDecision(CLEAN, 't3', { deciders: [] }),
    [{ targets: [onT('t3', 'deciders')], says: ['No one owns', '“Brief review → Launched”'] }],
  ],
  [
    'an unowned send-back',
    extend(CLEAN, { transitions: [['tb', 'r', 'd', { kind: 'send-back' }]] }),
    [{ targets: [onT('tb', 'deciders')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
