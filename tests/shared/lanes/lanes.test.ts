import { describe, expect, it } from 'vitest';
import { handoffCount, handoffsOf, lanesOf, NO_PERFORMER_LANE } from '../../../shared/lanes/lanes';
import type { Role, RoleId, Step, Transition } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const roles: Role[] = [
  { id: 'cmo' as RoleId, name: 'CMO', kind: 'person' },
  { id: 'team' as RoleId, name: 'Marketing team', kind: 'group' },
  { id: 'legal' as RoleId, name: 'Legal', kind: 'role' },
];
const by = (id: string, performer: string | null, kind: Step['kind'] = 'task') =>
  makeStep(id, { performer: performer as RoleId | null, kind });
const arrow = (id: string, from: string, to: string, kind: Transition['kind'] = 'forward') =>
  makeTransition(id, from, to, { kind });

describe('lanesOf', () => {
  it.each([
    ['an empty map has no lanes', [], [], []],
    [
      'one lane per performer, in the order work first reaches them',
      [by('legal-check', 'legal'), by('draft', 'team', 'start'), by('approve', 'cmo')],
      [arrow('t1', 'draft', 'approve'), arrow('t2', 'approve', 'legal-check')],
      [
        { roleId: 'team', name: 'Marketing team', stepIds: ['draft'] },
        { roleId: 'cmo', name: 'CMO', stepIds: ['approve'] },
        { roleId: 'legal', name: 'Legal', stepIds: ['legal-check'] },
      ],
    ],
    [
      'steps without a performer share the "No performer yet" lane',
      [by('a', null, 'start'), by('b', 'cmo'), by('c', null)],
      [arrow('t1', 'a', 'b'), arrow('t2', 'b', 'c')],
      [
        { roleId: null, name: NO_PERFORMER_LANE, stepIds: ['a', 'c'] },
        { roleId: 'cmo', name: 'CMO', stepIds: ['b'] },
      ],
    ],
    [
      'a lane gathers its steps in flow order; unreachable steps come last',
      [by('lost', 'team'), by('s', 'team', 'start'), by('r', 'cmo'), by('fix', 'team')],
      [arrow('t1', 's', 'r'), arrow('t2', 'r', 'fix')],
      [
        { roleId: 'team', name: 'Marketing team', stepIds: ['s', 'fix', 'lost'] },
        { roleId: 'cmo', name: 'CMO', stepIds: ['r'] },
      ],
    ],
  ])('%s', (_name, steps, transitions, lanes) => {
    expect(lanesOf(makeMap({ roles, steps, transitions }))).toEqual(lanes);
  });
});

describe('handoffs', () => {
  const doc = makeMap({
    roles,
    steps: [by('draft', 'team', 'start'), by('review', 'cmo'), by('edit', 'team'), by('x', null)],
    transitions: [
      arrow('t1', 'draft', 'review'), // team -> CMO: a handoff
      arrow('t2', 'review', 'draft', 'send-back'), // CMO -> team: rework changes hands too
      arrow('t3', 'draft', 'edit'), // team -> team: same lane
      arrow('t4', 'edit', 'x'), // performer unknown: not counted
      arrow('t5', 'x', 'review'),
    ],
  });

  it('counts arrows whose two steps have different performers, both set', () => {
    expect(handoffsOf(doc)).toEqual(['t1', 't2']);
    expect(handoffCount(doc)).toBe(2);
  });

  it('counts none on a map performed by one role', () => {
    const solo = makeMap({
      roles,
      steps: [by('a', 'cmo'), by('b', 'cmo')],
      transitions: [arrow('t1', 'a', 'b')],
    });
    expect(handoffCount(solo)).toBe(0);
  });
});
