import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument, Notation } from '../../../../shared/model';

const RULE = 'owner.veto-stack';

const inNotation = (doc: MapDocument, notation: Notation): MapDocument => ({
  ...doc,
  info: { ...doc.info, notation },
});
const THREE = withDecision(CLEAN, 't3', { approvers: ['r-cmo', 'r-legal', 'r-team'] });

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
    THREE,
    [
      {
        targets: [onT('t3', 'approvers')],
        says: ['3 approvers', '“CMO”, “Legal” and “Marketing team”'],
        details: { approvers: ['r-cmo', 'r-legal', 'r-team'] },
        // RACI has no letter for a veto; its C is the way out.
        prompt:
          'Which of these approvals would really stop the work, and which could be a C (Consulted) instead?',
      },
    ],
  ],
  [
    'three approvers, in RAPID: Agree and Input',
    inNotation(THREE, 'RAPID'),
    [
      {
        targets: [onT('t3', 'approvers')],
        prompt:
          'Which of these A (Agree) rights would really stop the work, and which could be an I (Input) instead?',
      },
    ],
  ],
  [
    'three approvers, in DACI',
    inNotation(THREE, 'DACI'),
    [
      {
        targets: [onT('t3', 'approvers')],
        prompt:
          'Which of these approvals would really stop the work, and which could be a C (Contributor) instead?',
      },
    ],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
