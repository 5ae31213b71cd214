/** Flow order: the order the work meets the transitions, whatever order they were drawn in. */
import { describe, expect, it } from 'vitest';
import { flowOrder } from '../../../shared/export/flowOrder';
import type { StepKind, TransitionKind } from '../../../shared/model';
import { generateMap } from '../../support/generateMap';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

/** A map from "from>to" arrows (`~` for a send-back, `!` for an escalation); `s` starts. */
function map(arrows: readonly string[], kinds: Record<string, StepKind> = {}) {
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
  const steps = [...ids]
    .sort()
    .map((id) => makeStep(id, { kind: kinds[id] ?? (id === 's' ? 'start' : 'task') }));
  return makeMap({ steps, transitions });
}

describe('flowOrder', () => {
  it('follows the work from the start, forward before send-back', () => {
    const doc = map(['b~a', 'b>e', 'a>b', 's>a']);
    expect(flowOrder(doc)).toEqual(['s>a', 'a>b', 'b>e', 'b~a']);
  });

  it('lists a step where branches meet after every branch, however long', () => {
    const doc = map(['j>e', 'c>j', 'b3>j', 'b2>b3', 'b1>b2', 's>c', 's>b1']);
    // Drawing order decides between the two branches: s>c was drawn before s>b1.
    expect(flowOrder(doc)).toEqual(['s>c', 's>b1', 'c>j', 'b1>b2', 'b2>b3', 'b3>j', 'j>e']);
  });

  it('puts forward before escalation before send-back at one step', () => {
    const doc = map(['s>r', 'r~s', 'r!x', 'r>e']);
    expect(flowOrder(doc)).toEqual(['s>r', 'r>e', 'r!x', 'r~s']);
  });

  it('lists a step only a send-back reaches after the flow that sends work there', () => {
    const doc = map(['f>r', 's>r', 'r~f', 'r>e']);
    expect(flowOrder(doc)).toEqual(['s>r', 'r>e', 'r~f', 'f>r']);
  });

  it('lists what nothing reaches last, in drawing order', () => {
    const doc = map(['x>y', 's>a', 'w>x']);
    expect(flowOrder(doc)).toEqual(['s>a', 'w>x', 'x>y']);
  });

  it('starts from the steps nothing moves work into when no step is a start', () => {
    const doc = map(['b>c', 'a>b', 'c~a']);
    expect(flowOrder(doc)).toEqual(['a>b', 'b>c', 'c~a']);
  });

  it('keeps a loop of progress arrows finite', () => {
    const doc = map(['s>a', 'a>b', 'b!a', 'b>e']);
    expect(flowOrder(doc)).toEqual(['s>a', 'a>b', 'b>e', 'b!a']);
  });

  it('lists every transition of a large map exactly once', () => {
    const doc = generateMap(2000, 5);
    const order = flowOrder(doc);
    expect(order).toHaveLength(doc.transitionOrder.length);
    expect(new Set(order)).toEqual(new Set(doc.transitionOrder));
  });

  it('orders an empty map as nothing', () => {
    expect(flowOrder(makeMap())).toEqual([]);
  });
});
