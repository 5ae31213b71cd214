import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'criteria.vague';
const criteria = (...lines: string[]) => withDecision(CLEAN, 't3', { criteria: lines });

const passing: [string, MapDocument][] = [
  ['plain, checkable criteria', CLEAN],
  ['filled-in fields', criteria('Budget, audience and launch date are filled in')],
  ['vague words with a named checklist', criteria('On brand per the brand checklist v2')],
  ['a date', criteria('Launch by 12 March')],
  ['vague words with a percentage', criteria('Looks good to at least 80% of the panel')],
  ['vague words with a named document', criteria('Final sign-off matches the legal claims list')],
  ['a vague word inside another word', criteria('Cleaner copy than the last campaign brief')],
  ['an automatic transition', withDecision(CLEAN, 't1', { criteria: ['Looks good'] })],
  ['a yes/no condition about a thing', criteria('The PO number is present')],
  ['signed by a named role', criteria('Signed by the budget holder')],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'looks good to the CMO',
    criteria('Looks good to the CMO'),
    [
      {
        targets: [onT('t3', 'criteria')],
        says: ['A criterion', '“Brief review → Launched”', '“Looks good”'],
        details: { words: ['Looks good'], criteria: [0] },
      },
    ],
  ],
  [
    'several vague criteria, each phrase named once',
    criteria('ASAP', 'Budget approved in writing', 'On-brand and polished', 'on brand, asap'),
    [
      {
        targets: [onT('t3', 'criteria')],
        says: ['3 criteria', '“ASAP”', '“On-brand”', '“polished”'],
        details: { words: ['ASAP', 'On-brand', 'polished'], criteria: [0, 2, 3] },
      },
    ],
  ],
  [
    'approved by stakeholders, TBD',
    criteria('Approved by stakeholders, TBD'),
    [{ targets: [onT('t3', 'criteria')], details: { words: ['TBD'] } }],
  ],
  [
    '“looks fine” into a review: a checklist pattern',
    withDecision(CLEAN, 't2', { criteria: ['looks fine'] }),
    [
      {
        targets: [onT('t2', 'criteria')],
        says: ['“looks fine”', 'Try: “Every item on the review checklist is ticked'],
        details: { words: ['looks fine'], criteria: [0] },
      },
    ],
  ],
  [
    '“Needs work” and “Approved”: an evaluation, and no subject',
    criteria('Needs work', 'Approved'),
    [{ targets: [onT('t3', 'criteria')], details: { words: ['Needs work', 'Approved'] } }],
  ],
  [
    'only about time: a duration pattern',
    criteria('ASAP'),
    [{ targets: [onT('t3', 'criteria')], says: ['Try: “Done within 2 working days'] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
