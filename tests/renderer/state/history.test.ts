import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/operations/types';
import { MERGE_WINDOW_MS, record, type HistoryEntry } from '../../../renderer/src/state/history';

const op = (name: string): Operation => ({ type: 'map/rename', name });
const entry = (name: string, at: number, mergeKey: string | null): HistoryEntry => ({
  ops: [op(name)],
  inverse: [op(`undo ${name}`)],
  mergeKey,
  at,
});

describe('undo history', () => {
  it('merges typing in one field into one entry, undoing newest first', () => {
    const stack = record(record([], entry('A', 0, 'name')), entry('AB', 100, 'name'));
    expect(stack).toHaveLength(1);
    expect(stack[0]!.ops).toEqual([op('A'), op('AB')]);
    expect(stack[0]!.inverse).toEqual([op('undo AB'), op('undo A')]);
  });

  it('starts a new entry after a pause or in another field', () => {
    const paused = record(
      record([], entry('A', 0, 'name')),
      entry('AB', MERGE_WINDOW_MS + 1, 'name'),
    );
    expect(paused).toHaveLength(2);
    const other = record(record([], entry('A', 0, 'name')), entry('B', 10, 'purpose'));
    expect(other).toHaveLength(2);
  });

  it('never merges structural edits', () => {
    expect(record(record([], entry('A', 0, null)), entry('B', 1, null))).toHaveLength(2);
  });
});
