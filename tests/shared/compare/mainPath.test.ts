import { describe, expect, it } from 'vitest';
import { mainPath } from '../../../shared/compare/mainPath';
import type { Decision, Step, Transition } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const step = (id: string, kind: Step['kind'] = 'task') => makeStep(id, { kind });
const arrow = (
  id: string,
  from: string,
  to: string,
  observedHours: number | null,
  more: { kind?: Transition['kind']; decision?: Partial<Decision> } = {},
) =>
  makeTransition(id, from, to, { kind: more.kind, decision: { observedHours, ...more.decision } });

/** A main path as the tests write it: arrow ids as plain strings. */
interface Expected {
  readonly found: boolean;
  readonly transitions: readonly string[];
  readonly observedHours: number;
  readonly unknown: number;
}

describe('mainPath', () => {
  const cases: [string, Step[], Transition[], Expected][] = [
    [
      'sums the observed waits from start to end',
      [step('s', 'start'), step('r', 'review'), step('e', 'end')],
      [arrow('t1', 's', 'r', 24), arrow('t2', 'r', 'e', 48)],
      { found: true, transitions: ['t1', 't2'], observedHours: 72, unknown: 0 },
    ],
    [
      'counts a missing wait as 0 and reports it as unknown',
      [step('s', 'start'), step('r'), step('e', 'end')],
      [arrow('t1', 's', 'r', null), arrow('t2', 'r', 'e', 8)],
      { found: true, transitions: ['t1', 't2'], observedHours: 8, unknown: 1 },
    ],
    [
      'an automatic arrow without a wait is not unknown',
      [step('s', 'start'), step('r'), step('e', 'end')],
      [arrow('t1', 's', 'r', null, { decision: { automatic: true } }), arrow('t2', 'r', 'e', 8)],
      { found: true, transitions: ['t1', 't2'], observedHours: 8, unknown: 0 },
    ],
    [
      'takes the path with the fewest arrows, not the fastest',
      [step('s', 'start'), step('a'), step('e', 'end')],
      [arrow('quick1', 's', 'a', 1), arrow('quick2', 'a', 'e', 1), arrow('direct', 's', 'e', 100)],
      { found: true, transitions: ['direct'], observedHours: 100, unknown: 0 },
    ],
    [
      'between equally short paths, the first drawn wins',
      [step('s', 'start'), step('a'), step('b'), step('e', 'end')],
      [
        arrow('viaB1', 's', 'b', 5),
        arrow('viaA1', 's', 'a', 1),
        arrow('viaA2', 'a', 'e', 1),
        arrow('viaB2', 'b', 'e', 5),
      ],
      { found: true, transitions: ['viaB1', 'viaB2'], observedHours: 10, unknown: 0 },
    ],
    [
      'follows forward arrows only: escalations and send-backs are not the main path',
      [step('s', 'start'), step('boss'), step('a'), step('e', 'end')],
      [
        arrow('up', 's', 'boss', 1, { kind: 'escalation' }),
        arrow('shortcut', 'boss', 'e', 1),
        arrow('t1', 's', 'a', 2),
        arrow('back', 'a', 's', 9, { kind: 'send-back' }),
        arrow('t2', 'a', 'e', 3),
      ],
      { found: true, transitions: ['t1', 't2'], observedHours: 5, unknown: 0 },
    ],
    [
      'finds nothing when no end step can be reached',
      [step('s', 'start'), step('a'), step('e', 'end')],
      [arrow('t1', 's', 'a', 5), arrow('back', 'e', 'a', 5)],
      { found: false, transitions: [], observedHours: 0, unknown: 0 },
    ],
    [
      'a map without steps has no main path',
      [],
      [],
      { found: false, transitions: [], observedHours: 0, unknown: 0 },
    ],
  ];

  it.each(cases)('%s', (_name, steps, transitions, expected) => {
    expect(mainPath(makeMap({ steps, transitions }))).toEqual(expected);
  });
});
