/** Flow order: the one order the work meets steps and transitions, whatever order they were drawn in. */
import { describe, expect, it } from 'vitest';
import { flowOrder } from '../../../shared/analysis/flowOrder';
import type { TransitionKind } from '../../../shared/model';
import { generateMap } from '../../support/generateMap';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

/**
 * A map from "from>to" arrows (`~` for a send-back, `!` for an escalation), drawn in the
 * order given; steps are drawn in alphabetical order, and `s` is the start.
 */
function map(arrows: readonly string[]) {
  const ids = new Set<string>();
  const transitions = arrows.map((arrow) => {
    const [from, to] = arrow.split(/[>~!]/) as [string, string];
    ids.add(from).add(to);
    const kind: TransitionKind = arrow.includes('~')
      ? 'send-back'
      : arrow.includes('!')
        ? 'escalation'
        : 'forward';
    return makeTransition(arrow, from, to, { kind });
  });
  const steps = [...ids].sort().map((id) => makeStep(id, { kind: id === 's' ? 'start' : 'task' }));
  return makeMap({ steps, transitions });
}

describe('flowOrder', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      // The map: a breadth-first walk asked about j>e before x>j, which feeds it.
      'a join comes after all its branches, the longer one too',
      ['s>a', 'a>j', 's>b', 'b>x', 'x>j', 'j>e'],
      ['s', 'a', 'b', 'x', 'j', 'e'],
      ['s>a', 's>b', 'a>j', 'b>x', 'x>j', 'j>e'],
    ],
    [
      'a join after a long branch, whatever the drawing order',
      ['j>e', 'c>j', 'b3>j', 'b2>b3', 'b1>b2', 's>c', 's>b1'],
      ['s', 'c', 'b1', 'b2', 'b3', 'j', 'e'],
      // Drawing order decides between the two branches: s>c was drawn before s>b1.
      ['s>c', 's>b1', 'c>j', 'b1>b2', 'b2>b3', 'b3>j', 'j>e'],
    ],
    [
      'follows the work from the start, forward before send-back',
      ['b~a', 'b>e', 'a>b', 's>a'],
      ['s', 'a', 'b', 'e'],
      ['s>a', 'a>b', 'b>e', 'b~a'],
    ],
    [
      'forward before escalation before send-back at one step',
      ['s>r', 'r~s', 'r!x', 'r>e'],
      ['s', 'r', 'e', 'x'],
      ['s>r', 'r>e', 'r!x', 'r~s'],
    ],
    [
      'a loop drawn with forward arrows is walked once, its closing arrow last at its step',
      ['s>a', 'a>b', 'b>a', 'b>e'],
      ['s', 'a', 'b', 'e'],
      ['s>a', 'a>b', 'b>e', 'b>a'],
    ],
    [
      'a loop closed by an escalation is walked once too',
      ['s>a', 'a>b', 'b!a', 'b>e'],
      ['s', 'a', 'b', 'e'],
      ['s>a', 'a>b', 'b>e', 'b!a'],
    ],
    [
      'a step only a send-back reaches comes after the flow that sends work there',
      ['f>r', 's>r', 'r~f', 'r>e'],
      ['s', 'r', 'e', 'f'],
      ['s>r', 'r>e', 'r~f', 'f>r'],
    ],
    [
      'what nothing reaches comes last, in drawing order',
      ['x>y', 's>a', 'w>x'],
      ['s', 'a', 'w', 'x', 'y'],
      ['s>a', 'w>x', 'x>y'],
    ],
    [
      'without a start step, from the steps nothing moves work into',
      ['b>c', 'a>b', 'c~a'],
      ['a', 'b', 'c'],
      ['a>b', 'b>c', 'c~a'],
    ],
    [
      'a map that is one loop of forward arrows, with no way in',
      ['b>c', 'c>a', 'a>b'],
      ['a', 'b', 'c'],
      ['a>b', 'b>c', 'c>a'],
    ],
    ['an empty map', [], [], []],
  ])('%s', (_name, arrows, steps, transitions) => {
    expect(flowOrder(map(arrows))).toEqual({ steps, transitions });
  });

  it('lists every step and every transition of a large map exactly once', () => {
    const doc = generateMap(2000, 5);
    const order = flowOrder(doc);
    expect(order.transitions).toHaveLength(doc.transitionOrder.length);
    expect(new Set(order.transitions)).toEqual(new Set(doc.transitionOrder));
    expect(order.steps).toHaveLength(doc.stepOrder.length);
    expect(new Set(order.steps)).toEqual(new Set(doc.stepOrder));
  });
});
