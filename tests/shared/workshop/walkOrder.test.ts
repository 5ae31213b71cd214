import { describe, expect, it } from 'vitest';
import type { Step, Transition } from '../../../shared/model';
import { walkOrder } from '../../../shared/workshop/walkOrder';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const step = (id: string, kind: Step['kind'] = 'task') => makeStep(id, { kind });
const arrow = (id: string, from: string, to: string, kind: Transition['kind'] = 'forward') =>
  makeTransition(id, from, to, { kind });
const automatic = (id: string, from: string, to: string) =>
  makeTransition(id, from, to, { decision: { automatic: true } });

describe('walkOrder', () => {
  const cases: [string, Step[], Transition[], string[]][] = [
    [
      'a straight line, whatever the drawing order',
      [step('c'), step('a', 'start'), step('b')],
      [arrow('t2', 'b', 'c'), arrow('t1', 'a', 'b')],
      ['t1', 't2'],
    ],
    [
      'a join after all its branches: both branches before the arrow leaving it',
      [step('s', 'start'), step('x'), step('y'), step('x2'), step('e', 'end')],
      [
        arrow('t1', 's', 'x'),
        arrow('t3', 'x', 'x2'),
        arrow('t2', 's', 'y'),
        arrow('t4', 'x2', 'e'),
        arrow('t5', 'y', 'e'),
      ],
      ['t1', 't2', 't3', 't4', 't5'],
    ],
    [
      'at a step, forward before escalation before send-back',
      [step('s', 'start'), step('r', 'review'), step('e', 'end'), step('boss')],
      [
        arrow('t1', 's', 'r'),
        arrow('back', 'r', 's', 'send-back'),
        arrow('up', 'r', 'boss', 'escalation'),
        arrow('ok', 'r', 'e'),
      ],
      ['t1', 'ok', 'up', 'back'],
    ],
    [
      'steps reached only by a send-back come after every forward step',
      [step('s', 'start'), step('a'), step('fix'), step('b'), step('c')],
      [
        arrow('t1', 's', 'a'),
        arrow('back', 'a', 'fix', 'send-back'),
        arrow('t2', 'a', 'b'),
        arrow('t3', 'b', 'c'),
        arrow('t4', 'fix', 'a'),
      ],
      ['t1', 't2', 'back', 't3', 't4'],
    ],
    [
      'automatic arrows are walked through but not listed',
      [step('s', 'start'), step('a'), step('b')],
      [automatic('sys', 's', 'a'), arrow('t2', 'a', 'b')],
      ['t2'],
    ],
    [
      'arrows the walk cannot reach come last, as drawn',
      [step('s', 'start'), step('e', 'end'), step('lost1'), step('lost2')],
      [arrow('u', 'lost1', 'lost2'), arrow('t1', 's', 'e')],
      ['t1', 'u'],
    ],
    [
      'without a start step, from the steps nothing moves work into',
      [step('b'), step('a'), step('c')],
      [arrow('t2', 'b', 'c'), arrow('t1', 'a', 'b')],
      ['t1', 't2'],
    ],
    [
      'several starts, in drawing order',
      [step('s2', 'start'), step('s1', 'start'), step('m')],
      [arrow('t1', 's1', 'm'), arrow('t2', 's2', 'm')],
      ['t2', 't1'],
    ],
    ['an empty map', [], [], []],
  ];

  it.each(cases)('%s', (_name, steps, transitions, expected) => {
    expect(walkOrder(makeMap({ steps, transitions }))).toEqual(expected);
  });
});
