import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'inputs.unspecified';

const passing: [string, MapDocument][] = [
  ['information listed', CLEAN],
  ['only an external item listed', withDecision(CLEAN, 't3', { requires: ['i-guide'] })],
  ['an automatic transition lists nothing', CLEAN],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'nothing listed',
    withDecision(CLEAN, 't2', { requires: [] }),
    [
      {
        targets: [onT('t2', 'requires')],
        says: ['“Draft brief → Brief review”', 'no information'],
      },
    ],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
