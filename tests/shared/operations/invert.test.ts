import { describe, expect, it } from 'vitest';
import { emptyMap, type MapId, type StepId, type TransitionId } from '../../../shared/model';
import { applyOperation } from '../../../shared/operations/apply';
import { invertOperation } from '../../../shared/operations/invert';
import type { Operation } from '../../../shared/operations/types';
import { canonical, makeMap, makeStep, makeTransition } from '../../support/makeMap';
import { randomOps } from '../../support/randomOps';

const base = makeMap({
  steps: [makeStep('a'), makeStep('b', { notes: 'keep' }), makeStep('c')],
  transitions: [
    makeTransition('t1', 'a', 'b', { decision: { question: 'Ready?', criteria: ['one'] } }),
    makeTransition('t2', 'b', 'c', { channel: 'chat' }),
    makeTransition('t3', 'a', 'c'),
  ],
});

function roundTrip(doc: typeof base, op: Operation) {
  const inverse = invertOperation(doc, op);
  const changed = applyOperation(doc, op);
  return { changed, undone: applyOperation(changed, inverse) };
}

describe('invertOperation', () => {
  const cases: [string, Operation][] = [
    ['map/rename', { type: 'map/rename', name: 'New' }],
    ['map/setPurpose', { type: 'map/setPurpose', purpose: 'Because' }],
    [
      'elements/add',
      {
        type: 'elements/add',
        steps: [makeStep('d')],
        transitions: [makeTransition('t4', 'c', 'd')],
      },
    ],
    [
      'elements/remove of a step',
      { type: 'elements/remove', stepIds: ['b' as StepId], transitionIds: [] },
    ],
    [
      'elements/remove of a step and an arrow',
      { type: 'elements/remove', stepIds: ['c' as StepId], transitionIds: ['t1' as TransitionId] },
    ],
    [
      'elements/remove naming a step twice',
      { type: 'elements/remove', stepIds: ['a', 'a'] as StepId[], transitionIds: [] },
    ],
    [
      'step/update',
      { type: 'step/update', id: 'b' as StepId, patch: { label: 'X', notes: '', kind: 'review' } },
    ],
    [
      'steps/move',
      { type: 'steps/move', moves: [{ id: 'a' as StepId, position: { x: 9, y: 9 } }] },
    ],
    [
      'transition/update',
      {
        type: 'transition/update',
        id: 't2' as TransitionId,
        patch: { channel: 'email', kind: 'send-back' },
      },
    ],
    [
      'decision/update',
      {
        type: 'decision/update',
        id: 't1' as TransitionId,
        patch: { question: '', deciders: [], targetHours: 4 },
      },
    ],
  ];

  it.each(cases)('%s is undone exactly', (_name, op) => {
    const { changed, undone } = roundTrip(base, op);
    expect(canonical(changed)).not.toEqual(canonical(base));
    expect(canonical(undone)).toEqual(canonical(base));
  });

  it('undoes every operation of long random sequences', () => {
    for (const seed of [1, 2, 3]) {
      const { ops } = randomOps(seed, 200, emptyMap('m' as MapId, 'Random'));
      let doc = emptyMap('m' as MapId, 'Random');
      for (const op of ops) {
        const { changed, undone } = roundTrip(doc, op);
        expect(canonical(undone)).toEqual(canonical(doc));
        doc = changed;
      }
    }
  });
});
