/** The decision register's rows: what the CSV and the PDF both print. */
import { describe, expect, it } from 'vitest';
import { registerRows } from '../../../shared/export/register';
import { registerCsv, REGISTER_COLUMNS } from '../../../shared/export/registerCsv';
import { parseCsv } from '../../support/csv';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

/** A review with a way on, a way back and a way up; `gate` is the forward decision's own words. */
function review(gate = '') {
  return makeMap({
    steps: [
      makeStep('s', { label: 'Draft brief', kind: 'start' }),
      makeStep('r', { label: 'Brief review', kind: 'review' }),
      makeStep('e', { label: '  ', kind: 'end' }),
      makeStep('boss', { label: 'CMO' }),
    ],
    transitions: [
      makeTransition('t-1', 's', 'r'),
      makeTransition('up', 'r', 'boss', { kind: 'escalation' }),
      makeTransition('ok', 'r', 'e', { decision: { ifNotMet: gate } }),
      makeTransition('back', 'r', 's', { kind: 'send-back' }),
      makeTransition('auto', 'r', 'e', { decision: { automatic: true } }),
    ],
  });
}

const ifNotMet = (doc: ReturnType<typeof review>) =>
  Object.fromEntries(registerRows(doc).map((row) => [row.transition, row.ifNotMet]));

describe('registerRows: if not met', () => {
  it("names the step's send-backs and escalations, as drawn, when the decision says nothing", () => {
    expect(ifNotMet(review())).toEqual({
      't-1': '',
      ok: 'Escalated to CMO; Sent back to Draft brief',
      up: '',
      back: '',
      auto: '',
    });
  });

  it("keeps the decision's own words (trimmed) when it has them", () => {
    expect(ifNotMet(review('  Back to the brief owner ')).ok).toBe('Back to the brief owner');
  });

  it('names an unnamed step as the rest of the register does', () => {
    const doc = makeMap({
      steps: [
        makeStep('a', { kind: 'start' }),
        makeStep('b'),
        makeStep('fix', { label: ' ', kind: 'task' }),
      ],
      transitions: [
        makeTransition('go', 'a', 'b'),
        makeTransition('back', 'a', 'fix', { kind: 'send-back' }),
      ],
    });
    expect(ifNotMet(doc).go).toBe('Sent back to Untitled task');
  });

  it('says the same in the CSV as in the rows the PDF prints', () => {
    const doc = review();
    const column = REGISTER_COLUMNS.indexOf('If not met');
    const csv = parseCsv(registerCsv(doc))
      .slice(1)
      .map((r) => r[column]);
    expect(csv).toEqual(registerRows(doc).map((row) => row.ifNotMet));
    expect(csv).toContain('Escalated to CMO; Sent back to Draft brief');
  });
});
