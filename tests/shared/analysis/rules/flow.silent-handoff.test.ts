import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onS, onT, withDecision, withStep, type Expected } from '../build';
import type { MapDocument, Notation } from '../../../../shared/model';

const RULE = 'flow.silent-handoff';

const inNotation = (doc: MapDocument, notation: Notation): MapDocument => ({
  ...doc,
  info: { ...doc.info, notation },
});
const performers = (doc: MapDocument, byStep: Readonly<Record<string, string>>): MapDocument =>
  Object.entries(byStep).reduce(
    (out, [step, role]) => withStep(out, step, { performer: role as never }),
    doc,
  );

/**
 * The team drafts the brief, the marketing lead decides it goes to review, Legal reviews it:
 * the work passes from the team to Legal on a decision neither of them made.
 */
const SILENT = performers(CLEAN, { d: 'r-team', r: 'r-legal' });

const passing: [string, MapDocument][] = [
  ['no performers', CLEAN],
  ['the next step’s performer is informed', withDecision(SILENT, 't2', { informed: ['r-legal'] })],
  ['the next step’s performer decides', withDecision(SILENT, 't2', { deciders: ['r-legal'] })],
  ['the next step’s performer approves it', withDecision(SILENT, 't2', { approvers: ['r-legal'] })],
  ['the decider hands the work on', performers(CLEAN, { d: 'r-lead', r: 'r-legal' })],
  ['the work does not change hands', performers(CLEAN, { d: 'r-legal', r: 'r-legal' })],
  ['the next step is the end', performers(CLEAN, { r: 'r-legal', e: 'r-team' })],
  ['no one known to hand the work over', performers(CLEAN, { r: 'r-legal' })],
  ['no decider yet (owner.missing speaks)', withDecision(SILENT, 't2', { deciders: [] })],
  [
    'an automatic transition',
    performers(withDecision(CLEAN, 't1', { deciders: ['r-cmo'] }), { s: 'r-team', d: 'r-legal' }),
  ],
];

const found = (prompt: string): Expected[] => [
  {
    targets: [onT('t2', 'informed'), onS('r', 'performer')],
    says: [
      '“Legal” does “Brief review” after the decision on “Draft brief → Brief review”',
      'is not told what was decided',
    ],
    details: { performer: 'r-legal' },
    prompt,
  },
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'the lead decides between the team and Legal, and tells no one (RACI)',
    SILENT,
    found(
      'How does the person doing the next step learn what was decided by the A (Accountable)? Should they be an I (Informed)?',
    ),
  ],
  [
    'the same in DACI',
    inNotation(SILENT, 'DACI'),
    found(
      'How does the person doing the next step learn what was decided by the A (Approver)? Should they be an I (Informed)?',
    ),
  ],
  [
    'the same in RAPID, which has no letter for being told',
    inNotation(SILENT, 'RAPID'),
    found(
      'How does the person doing the next step learn what was decided by the D (Decide)? Who tells them?',
    ),
  ],
  [
    'someone else is informed, not the next performer',
    withDecision(SILENT, 't2', { informed: ['r-cmo'] }),
    found(
      'How does the person doing the next step learn what was decided by the A (Accountable)? Should they be an I (Informed)?',
    ),
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
