import { describe, it } from 'vitest';
import { CLEAN, expectFindings, extend, onS, type Expected } from '../build';
import type { MapDocument } from '../../../../shared/model';

const RULE = 'flow.dead-end';

const passing: [string, MapDocument][] = [
  ['only the end has no way out', CLEAN],
  [
    'a second end',
    extend(CLEAN, { steps: [['x', 'end', 'Dropped']], transitions: [['tx', 'r', 'x']] }),
  ],
  [
    'a way out by escalation',
    extend(CLEAN, {
      steps: [['x', 'task', 'CMO call']],
      transitions: [
        ['tx', 'r', 'x'],
        ['ty', 'x', 'e', { kind: 'escalation' }],
      ],
    }),
  ],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'a task with nothing after it',
    extend(CLEAN, { steps: [['x', 'task', 'Archive']], transitions: [['tx', 'r', 'x']] }),
    [{ targets: [onS('x', 'kind')], says: ['“Archive”', 'nowhere to go'] }],
  ],
  [
    'a step that can only send work back',
    extend(CLEAN, {
      steps: [['x', 'review', 'Legal check']],
      transitions: [
        ['tx', 'r', 'x'],
        ['tb', 'x', 'd', { kind: 'send-back' }],
      ],
    }),
    [{ targets: [onS('x', 'kind')] }],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
