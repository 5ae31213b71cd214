import { describe, it } from 'vitest';
import { CLEAN, expectFindings, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'change.missing';

const passing: [string, MapDocument][] = [
  ['a change rule on every decision', CLEAN],
  ['an automatic transition needs none', withDecision(CLEAN, 't1', { onChange: '' })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'no change rule',
    withDecision(CLEAN, 't3', { onChange: '' }),
    [{ targets: [onT('t3', 'onChange')], says: ['“Brief review → Launched”', 'no change rule'] }],
  ],
  [
    'a change rule of spaces',
    withDecision(CLEAN, 't2', { onChange: '  ' }),
    [{ targets: [onT('t2', 'onChange')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
