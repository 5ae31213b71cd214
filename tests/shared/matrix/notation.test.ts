/** The letters of each notation, and a cell edit that changes exactly the field its letter maps to. */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../shared/operations/apply';
import { invertOperation } from '../../../shared/operations/invert';
import { applyOperations } from '../../../shared/operations/apply';
import type { Notation, RoleId, TransitionId } from '../../../shared/model';
import { lettersOf, NOTATION_LETTERS, toggleLetter } from '../../../shared/matrix/notation';
import { buildMatrix, cellText } from '../../../shared/matrix/matrix';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const role = (id: string, kind: 'person' | 'role' | 'group' = 'role') => ({
  id: id as RoleId,
  name: id,
  kind,
});

/** One role per fact, so every letter is told apart: a map where who holds what is known. */
function map() {
  return makeMap({
    roles: [role('rec'), role('agr'), role('perf'), role('con'), role('dec'), role('inf')],
    steps: [makeStep('a', { kind: 'start' }), makeStep('b', { performer: 'perf' as RoleId })],
    transitions: [
      makeTransition('t', 'a', 'b', {
        decision: {
          question: 'Go?',
          recommenders: ['rec' as RoleId],
          approvers: ['agr' as RoleId],
          consulted: ['con' as RoleId],
          deciders: ['dec' as RoleId],
          informed: ['inf' as RoleId],
        },
      }),
    ],
  });
}

const T = 't' as TransitionId;

describe('the notation table', () => {
  // The mapping, written out: notation, role, the letters it holds.
  it.each<[Notation, string, string]>([
    ['RAPID', 'rec', 'R'],
    ['RAPID', 'agr', 'A'],
    ['RAPID', 'perf', 'P'],
    ['RAPID', 'con', 'I'],
    ['RAPID', 'dec', 'D'],
    ['RAPID', 'inf', ''],
    ['RACI', 'perf', 'R'],
    ['RACI', 'dec', 'A'],
    ['RACI', 'con', 'C'],
    ['RACI', 'inf', 'I'],
    ['RACI', 'rec', ''],
    ['RACI', 'agr', ''],
    ['DACI', 'rec', 'D'],
    ['DACI', 'dec', 'A'],
    ['DACI', 'con', 'C'],
    ['DACI', 'inf', 'I'],
    ['DACI', 'perf', ''],
  ])('%s: %s holds "%s"', (notation, id, letters) => {
    const doc = map();
    const got = lettersOf(doc, doc.transitions[T]!, id as RoleId, notation);
    expect(got.map((l) => l.letter).join('')).toBe(letters);
  });

  it('gives every notation distinct letters', () => {
    for (const letters of Object.values(NOTATION_LETTERS)) {
      const set = new Set(letters.map((l) => l.letter));
      expect(set.size).toBe(letters.length);
    }
  });

  it('shows several letters in one cell when a role holds several facts', () => {
    const doc = makeMap({
      roles: [role('x')],
      steps: [makeStep('a'), makeStep('b', { performer: 'x' as RoleId })],
      transitions: [
        makeTransition('t', 'a', 'b', {
          decision: { deciders: ['x' as RoleId], recommenders: ['x' as RoleId] },
        }),
      ],
    });
    const t = doc.transitions[T]!;
    expect(cellText(doc, t, doc.roles['x']!, 'RAPID')).toBe('RPD');
    expect(cellText(doc, t, doc.roles['x']!, 'RACI')).toBe('RA');
  });
});

describe('a cell edit', () => {
  // notation, letter typed, the decision field it must change.
  it.each<[Notation, string, string]>([
    ['RAPID', 'R', 'recommenders'],
    ['RAPID', 'A', 'approvers'],
    ['RAPID', 'I', 'consulted'],
    ['RAPID', 'D', 'deciders'],
    ['RACI', 'A', 'deciders'],
    ['RACI', 'C', 'consulted'],
    ['RACI', 'I', 'informed'],
    ['DACI', 'D', 'recommenders'],
    ['DACI', 'A', 'deciders'],
    ['DACI', 'C', 'consulted'],
    ['DACI', 'i', 'informed'],
  ])('%s "%s" toggles only %s, as one undoable operation', (notation, letter, field) => {
    const doc = map();
    const op = toggleLetter(doc, T, 'con' as RoleId, notation, letter)!;
    expect(op).toMatchObject({ type: 'decision/update', id: T });
    if (op.type !== 'decision/update') throw new Error('not a decision edit');
    expect(Object.keys(op.patch)).toEqual([field]);
    const next = applyOperation(doc, op);
    const before = doc.transitions[T]!.decision as unknown as Record<string, string[]>;
    const after = next.transitions[T]!.decision as unknown as Record<string, string[]>;
    for (const key of Object.keys(before)) {
      if (key === field) {
        expect(after[key]!.includes('con')).toBe(!before[key]!.includes('con'));
      } else {
        expect(after[key]).toBe(before[key]);
      }
    }
    expect(applyOperations(next, invertOperation(doc, op))).toEqual(doc);
  });

  it.each<[Notation, string]>([
    ['RAPID', 'P'],
    ['RACI', 'R'],
    ['RACI', 'D'],
    ['DACI', 'X'],
  ])(
    '%s "%s" changes nothing: the performer is edited in the step, other letters are not in it',
    (notation, letter) => {
      expect(toggleLetter(map(), T, 'con' as RoleId, notation, letter)).toBeNull();
    },
  );
});

describe('the matrix', () => {
  it('lists people, then roles, then groups, external roles last, and totals per role', () => {
    const doc = makeMap({
      roles: [role('grp', 'group'), role('agency'), role('boss', 'person'), role('lead')],
      steps: [
        makeStep('a', { kind: 'start' }),
        makeStep('b', { kind: 'external', performer: 'agency' as RoleId }),
        makeStep('c'),
        makeStep('d', { kind: 'end' }),
      ],
      transitions: [
        makeTransition('t1', 'a', 'b', { decision: { deciders: ['boss' as RoleId] } }),
        makeTransition('t2', 'b', 'c', {
          decision: { deciders: ['boss' as RoleId], approvers: ['lead' as RoleId] },
        }),
        makeTransition('t3', 'c', 'd', { decision: { automatic: true } }),
      ],
    });
    const m = buildMatrix(doc);
    expect(m.roles.map((r) => r.id)).toEqual(['boss', 'lead', 'grp', 'agency']);
    expect(m.rows.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(m.totals.get('boss')).toEqual({ decides: 2, agrees: 0, consulted: 0 });
    expect(m.totals.get('lead')).toEqual({ decides: 0, agrees: 1, consulted: 0 });
    expect(m.heaviestDecider?.id).toBe('boss');
  });
});
