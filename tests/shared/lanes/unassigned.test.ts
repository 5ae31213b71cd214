import { describe, expect, it } from 'vitest';
import { unassignedSteps } from '../../../shared/lanes/unassigned';
import type { Role, RoleId, Step } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const roles: Role[] = [{ id: 'cmo' as RoleId, name: 'CMO', kind: 'person' }];
const by = (id: string, performer: string | null, label = id, kind: Step['kind'] = 'task') =>
  makeStep(id, { performer: performer as RoleId | null, kind, label });

describe('unassignedSteps', () => {
  it('is null when every step has a performer', () => {
    const doc = makeMap({ roles, steps: [by('a', 'cmo'), by('b', 'cmo')] });
    expect(unassignedSteps(doc)).toBeNull();
  });

  it('names the steps of the "No performer yet" lane in flow order, and asks about the first', () => {
    const doc = makeMap({
      roles,
      steps: [by('late', null, 'Publish'), by('s', null, 'Brief', 'start'), by('b', 'cmo')],
      transitions: [makeTransition('t1', 's', 'b'), makeTransition('t2', 'b', 'late')],
    });
    expect(unassignedSteps(doc)).toEqual({
      stepIds: ['s', 'late'],
      message: '2 steps have no performer yet: they sit in the lane “No performer yet”.',
      prompt: 'Who in this room does “Brief”?',
    });
  });

  it('counts one step in the singular, and a performer who is no role of the map as none', () => {
    const doc = makeMap({ roles, steps: [by('a', 'cmo'), by('x', 'gone', '')] });
    expect(unassignedSteps(doc)).toEqual({
      stepIds: ['x'],
      message: '1 step has no performer yet: it sits in the lane “No performer yet”.',
      prompt: 'Who in this room does “Untitled task”?',
    });
  });
});
