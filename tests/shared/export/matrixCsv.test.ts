/** The matrix CSV reads back as the grid: letters of the chosen notation, totals last, no formulas. */
import { describe, expect, it } from 'vitest';
import { matrixCsv } from '../../../shared/export/matrixCsv';
import type { RoleId } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';
import { parseCsv } from '../../support/csv';

const doc = makeMap({
  roles: [
    { id: 'cmo' as RoleId, name: 'CMO', kind: 'person' },
    { id: 'mkt' as RoleId, name: '=Marketing', kind: 'group' },
  ],
  steps: [
    makeStep('a', { kind: 'start', performer: 'mkt' as RoleId }),
    makeStep('b', { performer: 'mkt' as RoleId }),
    makeStep('c', { kind: 'end' }),
  ],
  transitions: [
    makeTransition('t1', 'a', 'b', {
      decision: {
        question: 'Is the brief complete, "really"?',
        deciders: ['cmo' as RoleId],
        recommenders: ['mkt' as RoleId],
        informed: ['mkt' as RoleId],
      },
    }),
    makeTransition('t2', 'b', 'c', {
      decision: { question: 'Go live?', deciders: ['cmo' as RoleId], consulted: ['mkt' as RoleId] },
    }),
  ],
});

describe('the decision-rights CSV', () => {
  it.each([
    [
      'RACI',
      [
        ['A', 'RI'],
        ['A', 'C'],
      ],
    ],
    [
      'RAPID',
      [
        ['D', 'RP'],
        ['D', 'I'],
      ],
    ],
    [
      'DACI',
      [
        ['A', 'DI'],
        ['A', 'C'],
      ],
    ],
  ] as const)('writes %s letters, rows in flow order, totals last', (notation, cells) => {
    const rows = parseCsv(matrixCsv(doc, notation));
    expect(rows[0]![0]).toMatch(new RegExp(`^Decision \\(${notation}: `));
    // A role name that starts like a formula is neutralised.
    expect(rows[0]!.slice(1)).toEqual(['CMO', "'=Marketing"]);
    expect(rows[1]).toEqual(['Is the brief complete, "really"?', ...cells[0]]);
    expect(rows[2]).toEqual(['Go live?', ...cells[1]]);
    expect(rows[3]).toEqual([
      'Totals',
      'decides 2, agrees on 0, consulted on 0 (most decisions)',
      'decides 0, agrees on 0, consulted on 1',
    ]);
    expect(rows).toHaveLength(4);
  });

  it('uses the map’s notation by default', () => {
    const rapid = { ...doc, info: { ...doc.info, notation: 'RAPID' as const } };
    expect(matrixCsv(rapid)).toBe(matrixCsv(doc, 'RAPID'));
  });
});
