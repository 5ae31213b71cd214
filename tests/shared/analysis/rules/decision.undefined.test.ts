import { describe, it } from 'vitest';
import { CLEAN, expectFindings, extend, onT, withDecision, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'decision.undefined';

const passing: [string, MapDocument][] = [
  ['every decision has a question', CLEAN],
  ['an automatic transition without a question', withDecision(CLEAN, 't1', { question: '' })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'a blank question',
    withDecision(CLEAN, 't2', { question: '' }),
    [{ targets: [onT('t2', 'question')], says: ['“Draft brief → Brief review”'] }],
  ],
  [
    'a question of spaces',
    withDecision(CLEAN, 't3', { question: '   ' }),
    [{ targets: [onT('t3', 'question')] }],
  ],
  [
    'a send-back carries a decision too',
    extend(CLEAN, { transitions: [['tb', 'r', 'd', { kind: 'send-back' }]] }),
    [{ targets: [onT('tb', 'question')], says: ['“Brief review → Draft brief”'] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
