/** One name for a step, an arrow or a decision the room has not named yet. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../shared/analysis/context';
import { registerRows } from '../../shared/export/register';
import { own } from '../../shared/model';
import { arrowName, decisionTitle, MISSING_STEP, stepName, stepNameIn } from '../../shared/names';
import { makeMap, makeStep, makeTransition } from '../support/makeMap';

const doc = makeMap({
  steps: [
    makeStep('s', { label: '  Draft brief ', kind: 'start' }),
    makeStep('r', { label: '   ', kind: 'review' }),
    makeStep('x', { label: '', kind: 'external' }),
  ],
  transitions: [
    makeTransition('t1', 's', 'r'),
    makeTransition('t2', 'r', 'x', { decision: { question: '  Is it on brief? ' } }),
    makeTransition('gone', 'r', 'nowhere'),
  ],
});

describe('names', () => {
  it.each([
    ['a named step, trimmed', 's', 'Draft brief'],
    ['a blank step, by its kind', 'r', 'Untitled review'],
    ['an empty step, by its kind in lower case', 'x', 'Untitled external party'],
    ['a step the map does not have', 'nowhere', MISSING_STEP],
    ['an id every object carries, never found on the record', 'constructor', MISSING_STEP],
  ])('%s', (_name, id, expected) => {
    expect(stepNameIn(doc, id)).toBe(expected);
  });

  it('names an arrow by its steps, and a decision by its question or else its arrow', () => {
    expect(arrowName(doc, doc.transitions['t1']!)).toBe('Draft brief → Untitled review');
    expect(decisionTitle(doc, doc.transitions['t1']!)).toBe('Draft brief → Untitled review');
    expect(decisionTitle(doc, doc.transitions['t2']!)).toBe('Is it on brief?');
    expect(arrowName(doc, doc.transitions['gone']!)).toBe('Untitled review → a missing step');
  });

  it('is the name the analysis and the register use', () => {
    const ctx = createContext(doc);
    for (const id of doc.stepOrder) expect(ctx.stepLabel(id)).toBe(stepName(doc.steps[id]!));
    const row = registerRows(doc).find((r) => r.transition === 't1')!;
    expect(`${row.from} → ${row.to}`).toBe(arrowName(doc, doc.transitions['t1']!));
  });

  it('reads only a record’s own entries', () => {
    expect(own(doc.steps, 's')?.kind).toBe('start');
    expect(own(doc.steps, 'toString')).toBeUndefined();
    expect(own(doc.steps, '__proto__')).toBeUndefined();
  });
});
