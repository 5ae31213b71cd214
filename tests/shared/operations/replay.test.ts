import { describe, expect, it } from 'vitest';
import type { StepId, TransitionId } from '../../../shared/model';
import { describeOperation, describeRefused } from '../../../shared/operations/describe';
import { replayOperations } from '../../../shared/operations/replay';
import type { Operation } from '../../../shared/operations/types';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const local = makeMap({
  steps: [makeStep('a', { label: 'Draft brief' }), makeStep('b', { label: 'Brief review' })],
  transitions: [makeTransition('t1', 'a', 'b')],
});
// Saved meanwhile from another tab: "Brief review" and its arrow were deleted.
const saved = makeMap({ steps: [makeStep('a', { label: 'Draft brief' })] });

const renameA: Operation = {
  type: 'step/update',
  id: 'a' as StepId,
  patch: { label: 'Write brief' },
};
const renameB: Operation = { type: 'step/update', id: 'b' as StepId, patch: { label: 'Review' } };
const question: Operation = {
  type: 'decision/update',
  id: 't1' as TransitionId,
  patch: { question: 'Is it complete?' },
};
const addC: Operation = {
  type: 'elements/add',
  steps: [makeStep('c', { label: 'Launch' })],
  transitions: [],
};

describe('replaying unsaved edits onto the map as saved elsewhere', () => {
  it('keeps the edits that still apply, in order, and lists the others', () => {
    const result = replayOperations(saved, [renameA, renameB, addC, question]);
    expect(result.kept).toEqual([renameA, addC]);
    expect(result.refused).toEqual([renameB, question]);
    expect(result.doc.stepOrder).toEqual(['a', 'c']);
    expect(result.doc.steps['a' as StepId]?.label).toBe('Write brief');
  });

  it('describes each refused edit in plain words, with the names it had', () => {
    const { refused } = replayOperations(saved, [renameB, question]);
    expect(refused.map((op) => describeOperation(op, local))).toEqual([
      'Rename the step “Brief review” to “Review”',
      'Change the decision on the arrow from “Draft brief” to “Brief review”',
    ]);
    expect(
      describeOperation(
        { type: 'elements/remove', stepIds: ['a' as StepId], transitionIds: [] },
        local,
      ),
    ).toBe('Delete the step “Draft brief”');
    expect(
      describeOperation(
        { type: 'elements/add', steps: [], transitions: [makeTransition('t2', 'b', 'a')] },
        local,
      ),
    ).toBe('Connect the step “Brief review” to the step “Draft brief”');
  });

  it('lists typing in one field as one lost edit, named as the step was before it', () => {
    const typed = ['C', 'Cr', 'Creative'].map((label): Operation => ({
      type: 'step/update',
      id: 'b' as StepId,
      patch: { label },
    }));
    const ops = [...typed, renameA];
    const { refused } = replayOperations(saved, ops);
    expect(describeRefused(local, ops, new Set(refused))).toEqual([
      'Rename the step “Brief review” to “Creative”',
    ]);
  });
});
