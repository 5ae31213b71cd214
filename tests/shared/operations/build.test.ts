import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/content/limits';
import type { StepId, TransitionId } from '../../../shared/model';
import { emptyMap, type MapId } from '../../../shared/model';
import { applyOperation } from '../../../shared/operations/apply';
import {
  copyFragment,
  newStep,
  newTransition,
  pasteFragment,
} from '../../../shared/operations/build';
import { operationSchema } from '../../../shared/operations/schema';

function threeSteps() {
  let doc = emptyMap('m' as MapId, 'Map');
  doc = applyOperation(doc, {
    type: 'elements/add',
    steps: [
      newStep('a' as StepId, 'start', { x: 0, y: 0 }, 'Draft'),
      newStep('b' as StepId, 'review', { x: 200, y: 0 }, 'Review'),
      newStep('c' as StepId, 'end', { x: 400, y: 0 }, 'Live'),
    ],
    transitions: [
      newTransition('ab' as TransitionId, 'a' as StepId, 'b' as StepId),
      newTransition('bc' as TransitionId, 'b' as StepId, 'c' as StepId),
    ],
  });
  return doc;
}

describe('copy and paste', () => {
  it('copies the chosen steps and only the arrows between them', () => {
    const fragment = copyFragment(threeSteps(), ['a', 'b']);
    expect(fragment.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(fragment.transitions.map((t) => t.id)).toEqual(['ab']);
  });

  it('pastes with fresh ids, moved by the offset, arrows re-pointed at the copies', () => {
    const doc = threeSteps();
    let n = 0;
    const op = pasteFragment(copyFragment(doc, ['a', 'b']), (p) => `${p}-new-${n++}`, {
      x: 32,
      y: 16,
    });
    const pasted = applyOperation(doc, op);
    expect(pasted.stepOrder).toHaveLength(5);
    expect(pasted.transitionOrder).toHaveLength(3);
    const copyOfA = pasted.steps['s-new-0']!;
    expect(copyOfA.label).toBe('Draft');
    expect(copyOfA.position).toEqual({ x: 32, y: 16 });
    const arrow = pasted.transitions['t-new-2']!;
    expect([arrow.from, arrow.to]).toEqual(['s-new-0', 's-new-1']);
  });
});

describe('paste at the edge of the coordinates', () => {
  it('keeps the copy inside the limit, so the paste is saved and exported like any edit', () => {
    const edge = LIMITS.coordinate;
    let doc = emptyMap('m' as MapId, 'Map');
    doc = applyOperation(doc, {
      type: 'elements/add',
      steps: [newStep('a' as StepId, 'task', { x: edge - 10, y: -edge + 5 }, 'At the edge')],
      transitions: [],
    });
    const op = pasteFragment(copyFragment(doc, ['a']), (p) => `${p}-copy`, { x: 32, y: -32 });
    expect(operationSchema.safeParse(op).success).toBe(true);
    const pasted = applyOperation(doc, op);
    expect(pasted.steps['s-copy']!.position).toEqual({ x: edge, y: -edge });
  });
});
