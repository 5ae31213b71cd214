import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'criteria.missing';

const passing: [string, MapDocument][] = [
  ['criteria set', CLEAN],
  ['vague criteria are still criteria', withDecision(CLEAN, 't2', { criteria: ['Looks good'] })],
  [
    'one real criterion among blank lines',
    withDecision(CLEAN, 't2', { criteria: ['', 'Budget approved', ' '] }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'no criteria',
    withDecision(CLEAN, 't2', { criteria: [] }),
    [{ targets: [onT('t2', 'criteria')], says: ['“Draft brief → Brief review”', 'no criteria'] }],
  ],
  [
    'only blank lines',
    withDecision(CLEAN, 't3', { criteria: ['', '   '] }),
    [{ targets: [onT('t3', 'criteria')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
