import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { InformationId, RoleId, StepId, TransitionId } from '../../../shared/model';
import { applyOperation, applyOperations, noneTouched } from '../../../shared/operations/apply';
import type { Operation } from '../../../shared/operations/types';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const base = makeMap({
  steps: [makeStep('a'), makeStep('b'), makeStep('c')],
  transitions: [makeTransition('t1', 'a', 'b'), makeTransition('t2', 'b', 'c')],
});

function refusal(op: Operation, doc = base): AppError {
  try {
    applyOperation(doc, op);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the operation to be refused');
}

describe('applyOperation', () => {
  it('renames the map and sets its purpose, touching only the map row', () => {
    const touched = noneTouched();
    const doc = applyOperations(
      base,
      [
        { type: 'map/rename', name: 'Launch' },
        { type: 'map/setPurpose', purpose: 'Why' },
      ],
      touched,
    );
    expect(doc.info).toMatchObject({ name: 'Launch', purpose: 'Why' });
    expect(touched).toEqual({ ...noneTouched(), map: true });
    expect(base.info.name).toBe('Test map');
  });

  it('adds steps and arrows at the end of the drawing order', () => {
    const touched = noneTouched();
    const doc = applyOperation(
      base,
      {
        type: 'elements/add',
        steps: [makeStep('d')],
        transitions: [makeTransition('t3', 'c', 'd')],
      },
      touched,
    );
    expect(doc.stepOrder).toEqual(['a', 'b', 'c', 'd']);
    expect(doc.transitionOrder).toEqual(['t1', 't2', 't3']);
    expect(doc.transitions.t3?.to).toBe('d');
    expect([...touched.steps, ...touched.transitions]).toEqual(['d', 't3']);
    expect(base.stepOrder).toHaveLength(3);
  });

  it('removes a step with every arrow touching it', () => {
    const touched = noneTouched();
    const doc = applyOperation(
      base,
      { type: 'elements/remove', stepIds: ['b' as StepId], transitionIds: [] },
      touched,
    );
    expect(doc.stepOrder).toEqual(['a', 'c']);
    expect(doc.transitionOrder).toEqual([]);
    expect(Object.keys(doc.transitions)).toEqual([]);
    expect(touched.transitions).toEqual(new Set(['t1', 't2']));
  });

  it('removes a single arrow and keeps its steps', () => {
    const doc = applyOperation(base, {
      type: 'elements/remove',
      stepIds: [],
      transitionIds: ['t1' as TransitionId],
    });
    expect(doc.transitionOrder).toEqual(['t2']);
    expect(doc.stepOrder).toEqual(['a', 'b', 'c']);
  });

  it('updates a step, moves steps, and updates an arrow and its decision', () => {
    const touched = noneTouched();
    const doc = applyOperations(
      base,
      [
        { type: 'step/update', id: 'a' as StepId, patch: { label: 'Brief', kind: 'start' } },
        { type: 'steps/move', moves: [{ id: 'b' as StepId, position: { x: 5, y: 6 } }] },
        { type: 'transition/update', id: 't1' as TransitionId, patch: { channel: 'email' } },
        {
          type: 'decision/update',
          id: 't1' as TransitionId,
          patch: { question: 'Complete?', criteria: ['Has a budget'] },
        },
      ],
      touched,
    );
    expect(doc.steps.a).toMatchObject({ label: 'Brief', kind: 'start', notes: '' });
    expect(doc.steps.b?.position).toEqual({ x: 5, y: 6 });
    expect(doc.transitions.t1).toMatchObject({ channel: 'email', kind: 'forward' });
    expect(doc.transitions.t1?.decision).toMatchObject({
      question: 'Complete?',
      criteria: ['Has a budget'],
      automatic: false,
    });
    expect(touched.steps).toEqual(new Set(['a', 'b']));
    expect(touched.transitions).toEqual(new Set(['t1']));
    expect(doc.stepOrder).toBe(base.stepOrder);
  });

  it('ignores patch keys set to undefined instead of blanking the field', () => {
    const patch = { question: undefined, criteria: ['x'] };
    const doc = applyOperation(base, { type: 'decision/update', id: 't1' as TransitionId, patch });
    expect(doc.transitions.t1?.decision.question).toBe('');
    const step = applyOperation(base, {
      type: 'step/update',
      id: 'a' as StepId,
      patch: { label: undefined },
    });
    expect(step.steps.a?.label).toBe('Step a');
  });

  describe('refuses, changing nothing', () => {
    const cases: [string, Operation][] = [
      ['a duplicate step id', { type: 'elements/add', steps: [makeStep('a')], transitions: [] }],
      [
        'a step id twice in one edit',
        { type: 'elements/add', steps: [makeStep('x'), makeStep('x')], transitions: [] },
      ],
      [
        'a duplicate arrow id',
        { type: 'elements/add', steps: [], transitions: [makeTransition('t1', 'a', 'c')] },
      ],
      [
        'an arrow to a missing step',
        { type: 'elements/add', steps: [], transitions: [makeTransition('t9', 'a', 'zz')] },
      ],
      [
        'an arrow from a missing step',
        { type: 'elements/add', steps: [], transitions: [makeTransition('t9', 'zz', 'a')] },
      ],
      [
        'a self-loop',
        { type: 'elements/add', steps: [], transitions: [makeTransition('t9', 'a', 'a')] },
      ],
      [
        'removing an unknown step',
        { type: 'elements/remove', stepIds: ['zz' as StepId], transitionIds: [] },
      ],
      [
        'removing an unknown arrow',
        { type: 'elements/remove', stepIds: [], transitionIds: ['zz' as TransitionId] },
      ],
      [
        'updating an unknown step',
        { type: 'step/update', id: 'zz' as StepId, patch: { label: 'x' } },
      ],
      [
        'moving an unknown step',
        { type: 'steps/move', moves: [{ id: 'zz' as StepId, position: { x: 0, y: 0 } }] },
      ],
      [
        'updating an unknown arrow',
        { type: 'transition/update', id: 'zz' as TransitionId, patch: { label: 'x' } },
      ],
      [
        'a decision on an unknown arrow',
        { type: 'decision/update', id: 'zz' as TransitionId, patch: { question: 'x' } },
      ],
      // Ids that name Object.prototype members must not be mistaken for elements.
      [
        'updating step "constructor"',
        { type: 'step/update', id: 'constructor' as StepId, patch: { label: 'x' } },
      ],
      [
        'an arrow between prototype names',
        {
          type: 'elements/add',
          steps: [],
          transitions: [makeTransition('t9', 'toString', 'valueOf')],
        },
      ],
      [
        'a decision on arrow "hasOwnProperty"',
        { type: 'decision/update', id: 'hasOwnProperty' as TransitionId, patch: {} },
      ],
      [
        'a step called __proto__',
        { type: 'elements/add', steps: [makeStep('__proto__')], transitions: [] },
      ],
      // Steps and decisions refer only to roles and information items the map has.
      [
        'a performer that is not a role of the map',
        { type: 'step/update', id: 'a' as StepId, patch: { performer: 'ghost' as RoleId } },
      ],
      [
        'producing an item that is not in the map',
        {
          type: 'step/update',
          id: 'a' as StepId,
          patch: { produces: ['ghost'] as InformationId[] },
        },
      ],
      [
        'a decider that is not a role of the map',
        {
          type: 'decision/update',
          id: 't1' as TransitionId,
          patch: { deciders: ['ghost'] as RoleId[] },
        },
      ],
      [
        'a consulted role named "constructor"',
        {
          type: 'decision/update',
          id: 't1' as TransitionId,
          patch: { consulted: ['constructor'] as RoleId[] },
        },
      ],
      [
        'an approver that is not a role of the map',
        {
          type: 'decision/update',
          id: 't1' as TransitionId,
          patch: { approvers: ['ghost'] as RoleId[] },
        },
      ],
      [
        'requiring an item that is not in the map',
        {
          type: 'decision/update',
          id: 't1' as TransitionId,
          patch: { requires: ['ghost'] as InformationId[] },
        },
      ],
      [
        'a new step with an unknown performer',
        {
          type: 'elements/add',
          steps: [makeStep('d', { performer: 'ghost' as RoleId })],
          transitions: [],
        },
      ],
      [
        'a new step producing an unknown item',
        {
          type: 'elements/add',
          steps: [makeStep('d', { produces: ['ghost'] as InformationId[] })],
          transitions: [],
        },
      ],
      [
        'a new arrow whose decision names an unknown role',
        {
          type: 'elements/add',
          steps: [],
          transitions: [
            makeTransition('t9', 'a', 'c', { decision: { deciders: ['ghost'] as RoleId[] } }),
          ],
        },
      ],
      [
        'a new arrow whose decision requires an unknown item',
        {
          type: 'elements/add',
          steps: [],
          transitions: [
            makeTransition('t9', 'a', 'c', {
              decision: { requires: ['ghost'] as InformationId[] },
            }),
          ],
        },
      ],
    ];
    it.each(cases)('%s', (_name, op) => {
      const before = structuredClone(base);
      expect(refusal(op).code).toBe('INVALID_EDIT');
      expect(base).toEqual(before);
    });

    it('a batch whose last operation is invalid', () => {
      const ops: Operation[] = [
        { type: 'map/rename', name: 'Changed' },
        { type: 'step/update', id: 'zz' as StepId, patch: {} },
      ];
      expect(() => applyOperations(base, ops)).toThrow(AppError);
      expect(base.info.name).toBe('Test map');
    });
  });
});
