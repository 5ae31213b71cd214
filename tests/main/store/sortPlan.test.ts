import { describe, expect, it } from 'vitest';
import { commitRows, planRows, sortIndexFrom } from '../../../main/store/sortPlan';

const indexOf = (...ids: string[]) => sortIndexFrom(ids.map((id, sort) => ({ id, sort })));

describe('planRows', () => {
  it('writes only touched rows when the order did not change', () => {
    const index = indexOf('a', 'b', 'c');
    const order = ['a', 'b', 'c'];
    const plan = planRows(index, order, order, new Set(['b']), () => true);
    expect(plan).toEqual({ writes: [{ id: 'b', sort: 1 }], next: 3 });
  });

  it('numbers appended rows after the largest sort and deletes removed ones', () => {
    const index = indexOf('a', 'b', 'c');
    const plan = planRows(
      index,
      ['a', 'b', 'c'],
      ['a', 'c', 'd'],
      new Set(['b', 'd']),
      (id) => id !== 'b',
    );
    expect(plan.writes).toEqual([
      { id: 'b', sort: null },
      { id: 'd', sort: 3 },
    ]);
    commitRows(index, plan);
    expect([...index.sorts]).toEqual([
      ['a', 0],
      ['c', 2],
      ['d', 3],
    ]);
    expect(index.next).toBe(4);
  });

  it('moves a removed-and-re-added row behind the rows now before it', () => {
    const index = indexOf('a', 'b', 'c');
    const plan = planRows(index, ['a', 'b', 'c'], ['b', 'c', 'a'], new Set(['a']), () => true);
    expect(plan.writes).toEqual([{ id: 'a', sort: 3 }]);
  });

  it('leaves the index alone until the plan is committed', () => {
    const index = indexOf('a');
    planRows(index, ['a'], ['a', 'b'], new Set(['b']), () => true);
    expect(index).toEqual(indexOf('a'));
  });
});
