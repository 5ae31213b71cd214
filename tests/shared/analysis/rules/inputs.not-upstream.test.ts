import { describe, it } from 'vitest';
import {
  CLEAN,
  expectFindings,
  extend,
  onS,
  onT,
  withDecision,
  withInfo,
  withStep,
  type Expected,
} from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'inputs.not-upstream';
// The sign-off is produced at the review, after the draft has been handed over.
const signOff = withStep(withInfo(CLEAN, ['i-sign', 'Sign-off note']), 'r', {
  produces: ['i-sign'],
});

const passing: [string, MapDocument][] = [
  ['produced upstream', CLEAN],
  ['produced by the deciding step itself', withDecision(signOff, 't3', { requires: ['i-sign'] })],
  [
    'produced later but sent back (that is inputs.not-guaranteed)',
    extend(withDecision(signOff, 't2', { requires: ['i-sign'] }), {
      transitions: [['tb', 'r', 'd', { kind: 'send-back' }]],
    }),
  ],
  [
    'not produced at all (that is inputs.not-produced)',
    withDecision(CLEAN, 't2', { requires: ['i-ghost'] }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'produced only after the decision',
    withDecision(signOff, 't2', { requires: ['i-sign'] }),
    [
      {
        targets: [onT('t2', 'requires'), onS('r', 'produces')],
        says: ['“Sign-off note”', 'produced only by “Brief review”', 'cannot come before'],
        details: { item: 'i-sign', producers: ['r'] },
      },
    ],
  ],
  [
    'produced only on an unconnected step',
    withDecision(
      extend(withInfo(CLEAN, ['i-x', 'Media plan']), {
        steps: [['x', 'task', 'Media planning', { produces: ['i-x'] }]],
      }),
      't3',
      { requires: ['i-x'] },
    ),
    [{ targets: [onT('t3', 'requires'), onS('x', 'produces')], says: ['“Media planning”'] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
