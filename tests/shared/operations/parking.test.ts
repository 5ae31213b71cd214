/** Parking-lot and dot-vote edits: applied, refused, undone, and kept through removals. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { StepId, TransitionId } from '../../../shared/model';
import { applyOperation, applyOperations, noneTouched } from '../../../shared/operations/apply';
import { invertOperation } from '../../../shared/operations/invert';
import { operationSchema } from '../../../shared/operations/schema';
import type { Operation } from '../../../shared/operations/types';
import { canonical, makeMap, makeStep, makeTransition } from '../../support/makeMap';

const base = makeMap({
  steps: [makeStep('a'), makeStep('b'), makeStep('c')],
  transitions: [makeTransition('t1', 'a', 'b'), makeTransition('t2', 'b', 'c')],
  parkingLot: [
    { id: 'p1', text: 'Who owns the launch date?', target: 't1' },
    { id: 'p2', text: 'Is legal in the room?', target: null },
    { id: 'p3', text: 'Why two reviews?', target: 'b' },
  ],
  votes: { 'owner.missing:t1': 3, 'criteria.missing:t2': 1 },
});

function refusal(op: Operation, doc = base): string {
  try {
    applyOperation(doc, op);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_EDIT');
    return (error as AppError).message;
  }
  throw new Error('expected the operation to be refused');
}

describe('parking lot and votes', () => {
  it('parks a question last, or at a given place, touching only the map row', () => {
    const touched = noneTouched();
    const item = { id: 'p4', text: 'Budget owner?', target: 't2' };
    const doc = applyOperation(base, { type: 'parking/add', item }, touched);
    expect(doc.parkingLot.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(doc.parkingLot[3]).toEqual(item);
    expect(touched).toEqual({ ...noneTouched(), map: true });
    const first = applyOperation(base, { type: 'parking/add', item, at: 0 });
    expect(first.parkingLot.map((p) => p.id)).toEqual(['p4', 'p1', 'p2', 'p3']);
    expect(base.parkingLot).toHaveLength(3);
  });

  it('rewords and re-attaches a question, and takes one away', () => {
    const doc = applyOperations(base, [
      { type: 'parking/update', id: 'p2', patch: { text: 'Is legal needed?' } },
      { type: 'parking/update', id: 'p1', patch: { target: null } },
      { type: 'parking/remove', id: 'p3' },
    ]);
    expect(doc.parkingLot).toEqual([
      { id: 'p1', text: 'Who owns the launch date?', target: null },
      { id: 'p2', text: 'Is legal needed?', target: null },
    ]);
  });

  it('sets votes in place, adds new keys last, and removes a key at 0', () => {
    const touched = noneTouched();
    const doc = applyOperations(
      base,
      [
        { type: 'votes/set', key: 'owner.missing:t1', count: 5 },
        { type: 'votes/set', key: 'flow.dead-end:c', count: 2 },
        { type: 'votes/set', key: 'criteria.missing:t2', count: 0 },
      ],
      touched,
    );
    expect(Object.entries(doc.votes)).toEqual([
      ['owner.missing:t1', 5],
      ['flow.dead-end:c', 2],
    ]);
    expect(touched.map).toBe(true);
    expect(applyOperation(base, { type: 'votes/set', key: 'x.y:zz', count: 0 }).votes).toEqual(
      base.votes,
    );
  });

  describe('refuses, changing nothing', () => {
    const cases: [string, Operation, RegExp][] = [
      [
        'a question about an element the map does not have',
        { type: 'parking/add', item: { id: 'p9', text: 'Q', target: 'zz' } },
        /no step or arrow zz/,
      ],
      [
        'a duplicate question id',
        { type: 'parking/add', item: { id: 'p1', text: 'Q', target: null } },
        /p1 is already used/,
      ],
      [
        'a question id that is a step id',
        { type: 'parking/add', item: { id: 'a', text: 'Q', target: null } },
        /a is already used/,
      ],
      [
        'updating an unknown question',
        { type: 'parking/update', id: 'p9', patch: { text: 'Q' } },
        /no parked question p9/,
      ],
      [
        're-attaching to an unknown element',
        { type: 'parking/update', id: 'p1', patch: { target: 'zz' } },
        /no step or arrow zz/,
      ],
      ['removing an unknown question', { type: 'parking/remove', id: 'p9' }, /p9/],
      [
        'a fractional vote count',
        { type: 'votes/set', key: 'owner.missing:t1', count: 1.5 },
        /whole number/,
      ],
    ];
    it.each(cases)('%s', (_name, op, message) => {
      expect(refusal(op)).toMatch(message);
    });
  });

  it('checks shapes at the boundary: text 1..2000 characters, vote keys and counts', () => {
    const add = (text: string) => ({
      type: 'parking/add',
      item: { id: 'p9', text, target: null },
    });
    expect(operationSchema.safeParse(add('Q')).success).toBe(true);
    expect(operationSchema.safeParse(add('x'.repeat(2000))).success).toBe(true);
    expect(operationSchema.safeParse(add('x'.repeat(2001))).success).toBe(false);
    expect(operationSchema.safeParse(add('   ')).success).toBe(false);
    const vote = (key: string, count: number) => ({ type: 'votes/set', key, count });
    expect(operationSchema.safeParse(vote('flow.rework-loop:t-1', 4)).success).toBe(true);
    expect(operationSchema.safeParse(vote('__proto__', 4)).success).toBe(false);
    expect(operationSchema.safeParse(vote('no-colon', 4)).success).toBe(false);
    expect(operationSchema.safeParse(vote('owner.missing:t1', -1)).success).toBe(false);
    expect(operationSchema.safeParse(vote('owner.missing:t1', 1000)).success).toBe(false);
  });

  it('keeps the questions about removed elements, now about the whole map', () => {
    const touched = noneTouched();
    const doc = applyOperation(
      base,
      { type: 'elements/remove', stepIds: ['a' as StepId], transitionIds: [] },
      touched,
    );
    expect(doc.parkingLot.map((p) => [p.id, p.target])).toEqual([
      ['p1', null],
      ['p2', null],
      ['p3', 'b'],
    ]);
    expect(touched.map).toBe(true);
    const untouched = noneTouched();
    applyOperation(
      base,
      { type: 'elements/remove', stepIds: [], transitionIds: ['t2' as TransitionId] },
      untouched,
    );
    expect(untouched.map).toBe(false);
  });

  describe('undo', () => {
    const cases: [string, Operation][] = [
      ['parking/add', { type: 'parking/add', item: { id: 'p4', text: 'Q', target: 'a' } }],
      ['parking/update', { type: 'parking/update', id: 'p1', patch: { text: 'X', target: 'c' } }],
      ['parking/remove of the middle question', { type: 'parking/remove', id: 'p2' }],
      ['votes/set of a new key', { type: 'votes/set', key: 'flow.dead-end:c', count: 2 }],
      ['votes/set to 0', { type: 'votes/set', key: 'owner.missing:t1', count: 0 }],
      [
        'elements/remove of a step with questions about it and its arrows',
        { type: 'elements/remove', stepIds: ['b' as StepId], transitionIds: [] },
      ],
    ];
    it.each(cases)('%s is undone exactly, parking order included', (_name, op) => {
      const changed = applyOperation(base, op);
      const undone = applyOperations(changed, invertOperation(base, op));
      expect(canonical(changed)).not.toEqual(canonical(base));
      expect(canonical(undone)).toEqual(canonical(base));
      expect(undone.parkingLot).toEqual(base.parkingLot);
    });

    it('re-adds the removed elements before re-attaching their questions', () => {
      const op: Operation = {
        type: 'elements/remove',
        stepIds: ['b' as StepId],
        transitionIds: [],
      };
      expect(invertOperation(base, op).slice(1)).toEqual([
        { type: 'parking/update', id: 'p1', patch: { target: 't1' } },
        { type: 'parking/update', id: 'p3', patch: { target: 'b' } },
      ]);
    });
  });
});
