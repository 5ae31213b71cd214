import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, withStep, type Expected } from '../build';
import type { MapDocument, Notation } from '../../../../shared/model';

const RULE = 'owner.no-recommender';

const inNotation = (doc: MapDocument, notation: Notation): MapDocument => ({
  ...doc,
  info: { ...doc.info, notation },
});

/** The team drafts the brief; the marketing lead decides whether it goes to review. */
const TEAM_DRAFTS = withStep(CLEAN, 'd', { performer: 'r-team' as never });

const passing: [string, MapDocument][] = [
  ['no performers, so no one known to bring it', CLEAN],
  ['the decider does the step before', withStep(CLEAN, 'd', { performer: 'r-lead' as never })],
  ['someone recommends it', withDecision(TEAM_DRAFTS, 't2', { recommenders: ['r-team'] })],
  ['no decider yet (owner.missing speaks)', withDecision(TEAM_DRAFTS, 't2', { deciders: [] })],
  [
    'an automatic transition',
    withDecision(withStep(CLEAN, 's', { performer: 'r-team' as never }), 't1', {
      deciders: ['r-cmo'],
    }),
  ],
];

const found = (prompt: string): Expected[] => [
  {
    targets: [onT('t2', 'recommenders')],
    says: [
      'No one recommends the decision on “Draft brief → Brief review”',
      '“Marketing team” does “Draft brief”, but “Marketing lead” decides',
    ],
    details: { performer: 'r-team' },
    prompt,
  },
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'the team drafts, the lead decides, no one recommends (RACI has no letter for it)',
    TEAM_DRAFTS,
    found('Who brings this decision to the A (Accountable) with a proposal?'),
  ],
  [
    'the same in RAPID',
    inNotation(TEAM_DRAFTS, 'RAPID'),
    found('Who brings this decision to the D (Decide) with a proposal: who is the R (Recommend)?'),
  ],
  [
    'the same in DACI',
    inNotation(TEAM_DRAFTS, 'DACI'),
    found('Who brings this decision to the A (Approver) with a proposal: who is the D (Driver)?'),
  ],
  [
    'two deciders, neither doing the step before',
    withDecision(TEAM_DRAFTS, 't2', { deciders: ['r-lead', 'r-cmo'] }),
    [
      {
        targets: [onT('t2', 'recommenders')],
        says: ['but “Marketing lead” and “CMO” decide.'],
        prompt: 'Who brings this decision to the A (Accountable) with a proposal?',
      },
    ],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
