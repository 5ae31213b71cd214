import { describe, it } from 'vitest';
import {
  CLEAN,
  expectFindings,
  onT,
  withDecision,
  withInfo,
  withStep,
  type Expected,
} from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'inputs.not-produced';
const withClaims = withInfo(CLEAN, ['i-claims', 'Legal claims list']);

const passing: [string, MapDocument][] = [
  ['every item is produced', CLEAN],
  ['an external item nobody produces', withDecision(CLEAN, 't3', { requires: ['i-guide'] })],
  [
    'produced, if only downstream (that is inputs.not-upstream)',
    withStep(withDecision(withClaims, 't2', { requires: ['i-claims'] }), 'e', {
      produces: ['i-claims'],
    }),
  ],
  [
    'an automatic transition requiring it',
    withDecision(withClaims, 't1', { requires: ['i-claims'] }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'an item no step produces',
    withDecision(withClaims, 't3', { requires: ['i-brief', 'i-claims'] }),
    [
      {
        targets: [onT('t3', 'requires')],
        says: ['“Legal claims list”', '“Brief review → Launched”', 'no step produces it'],
        details: { item: 'i-claims', producers: [] },
      },
    ],
  ],
  [
    'two missing items, one finding each, in the order listed',
    withDecision(withInfo(withClaims, ['i-budget', 'Budget']), 't2', {
      requires: ['i-budget', 'i-claims'],
    }),
    [
      { targets: [onT('t2', 'requires')], says: ['“Budget”'], details: { item: 'i-budget' } },
      {
        targets: [onT('t2', 'requires')],
        says: ['“Legal claims list”'],
        details: { item: 'i-claims' },
      },
    ],
  ],
  [
    'an item the map does not know',
    withDecision(CLEAN, 't2', { requires: ['i-ghost'] }),
    [{ targets: [onT('t2', 'requires')], says: ['an unnamed item'] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
