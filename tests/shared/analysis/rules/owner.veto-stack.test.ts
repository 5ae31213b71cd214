import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'owner.veto-stack';

const passing: [string, MapDocument][] = [
  ['no approvers', CLEAN],
  ['two approvers', withDecision(CLEAN, 't3', { approvers: ['r-cmo', 'r-legal'] })],
  [
    'three names, two of them the same',
    withDecision(CLEAN, 't3', { approvers: ['r-cmo', 'r-legal', 'r-cmo'] }),
  ],
  [
    'an automatic transition with vetoes',
    withDecision(CLEAN, 't1', { approvers: ['r-cmo', 'r-legal', 'r-lead'] }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'three approvers',
    withDecision(CLEAN, 't3', { approvers: ['r-cmo', 'r-legal', 'r-team'] }),
    [
      {
        targets: [onT('t3', 'approvers')],
        says: ['3 approvers', '“CMO”, “Legal” and “Marketing team”'],
        details: { approvers: ['r-cmo', 'r-legal', 'r-team'] },
      },
    ],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
