import { describe, expect, it } from 'vitest';
import type { RoleId, StepId, TransitionId } from '../../../shared/model';
import { applyOperation } from '../../../shared/operations/apply';
import { newStep, splitTransition } from '../../../shared/operations/build';
import { invertOperation } from '../../../shared/operations/invert';
import type { Operation } from '../../../shared/operations/types';
import { canonical, makeMap, makeStep, makeTransition } from '../../support/makeMap';

const base = makeMap({
  roles: [{ id: 'ap' as RoleId, name: 'AP clerk', kind: 'role' }],
  steps: [
    makeStep('receive', { position: { x: 0, y: 0 } }),
    makeStep('pay', { position: { x: 480, y: 0 } }),
  ],
  transitions: [
    makeTransition('t1', 'receive', 'pay', {
      channel: 'email',
      decision: { question: 'Is the invoice payable?', deciders: ['ap'] as RoleId[] },
    }),
  ],
});

/** Applies edits one after another and records how to undo them, as the editor does. */
function applyWithUndo(ops: readonly Operation[]) {
  let doc = base;
  const inverse: (readonly Operation[])[] = [];
  for (const op of ops) {
    inverse.unshift(invertOperation(doc, op));
    doc = applyOperation(doc, op);
  }
  return { doc, undo: inverse.flat() };
}

describe('splitTransition', () => {
  const step = newStep('approve' as StepId, 'approval', { x: 240, y: 0 });
  const ops = splitTransition(base.transitions['t1' as TransitionId]!, step, 't2' as TransitionId);

  it('puts the step on the arrow: in from the source, out to the old target', () => {
    const { doc } = applyWithUndo(ops);
    expect(doc.steps['approve' as StepId]?.kind).toBe('approval');
    const arrows = Object.values(doc.transitions).map((t) => `${t.id}:${t.from}->${t.to}`);
    expect(arrows.sort()).toEqual(['t1:approve->pay', 't2:receive->approve']);
  });

  it('keeps the arrow, its decision and its channel on the leg into the old target', () => {
    const { doc } = applyWithUndo(ops);
    expect(doc.transitions['t1' as TransitionId]).toMatchObject({
      from: 'approve',
      to: 'pay',
      channel: 'email',
      decision: { question: 'Is the invoice payable?', deciders: ['ap'] },
    });
    expect(doc.transitions['t2' as TransitionId]?.decision.question).toBe('');
  });

  it('is undone whole', () => {
    const { doc, undo } = applyWithUndo(ops);
    const undone = undo.reduce((d, op) => applyOperation(d, op), doc);
    expect(canonical(undone)).toEqual(canonical(base));
  });
});
