import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { InformationId, RoleId, StepId } from '../../../shared/model';
import { applyOperation, noneTouched } from '../../../shared/operations/apply';
import { swapInList } from '../../../shared/operations/roster';
import type { Operation } from '../../../shared/operations/types';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const role = (id: string, kind: 'person' | 'role' | 'group' = 'person') => ({
  id: id as RoleId,
  name: id.toUpperCase(),
  kind,
});
const item = (id: string, external = false) => ({
  id: id as InformationId,
  name: id,
  external,
});
const roles = (...ids: string[]) => ids as RoleId[];
const items = (...ids: string[]) => ids as InformationId[];

const base = makeMap({
  roles: [role('cmo'), role('team', 'group'), role('legal', 'role')],
  information: [item('brief'), item('claims'), item('brand', true)],
  steps: [
    makeStep('a', { performer: 'team' as RoleId, produces: items('brief') }),
    makeStep('b', { performer: 'cmo' as RoleId }),
    makeStep('c', { produces: items('claims', 'brief') }),
  ],
  transitions: [
    makeTransition('t1', 'a', 'b', {
      decision: {
        deciders: roles('team', 'legal', 'cmo'),
        approvers: roles('legal'),
        requires: items('claims', 'brief'),
      },
    }),
    makeTransition('t2', 'b', 'c', {
      decision: { consulted: roles('cmo'), requires: items('brand') },
    }),
    makeTransition('t3', 'a', 'c'),
  ],
});

function run(op: Operation) {
  const touched = noneTouched();
  const doc = applyOperation(base, op, touched);
  return { doc, touched };
}

function refusal(op: Operation): AppError {
  const before = structuredClone(base);
  try {
    applyOperation(base, op);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(base).toEqual(before);
    return error as AppError;
  }
  throw new Error('expected the operation to be refused');
}

describe('swapInList', () => {
  it.each([
    [['a', 'b'], 'x', 'y', ['a', 'b']],
    [['a', 'x', 'b'], 'x', 'y', ['a', 'y', 'b']],
    [['y', 'a', 'x'], 'x', 'y', ['y', 'a']],
    [['x', 'a', 'y'], 'x', 'y', ['y', 'a']],
    [['x', 'a', 'x'], 'x', null, ['a']],
  ] as const)('%j with %s → %s gives %j', (list, from, into, expected) => {
    expect(swapInList<string>(list, from, into)).toEqual(expected);
  });

  it('returns the same list when nothing changes', () => {
    const list = ['a', 'b'];
    expect(swapInList(list, 'x', 'y')).toBe(list);
  });
});

describe('roles', () => {
  it('adds a role, touching only its row', () => {
    const { doc, touched } = run({ type: 'role/add', role: role('web', 'role') });
    expect(doc.roles.web).toEqual(role('web', 'role'));
    expect(touched).toEqual({ ...noneTouched(), roles: new Set(['web']) });
    expect(base.roles.web).toBeUndefined();
  });

  it('updates a role', () => {
    const { doc, touched } = run({
      type: 'role/update',
      id: 'team' as RoleId,
      patch: { name: 'Marketing team', kind: undefined },
    });
    expect(doc.roles.team).toEqual({ id: 'team', name: 'Marketing team', kind: 'group' });
    expect(touched).toEqual({ ...noneTouched(), roles: new Set(['team']) });
  });

  it('removes a role with every reference to it', () => {
    const { doc, touched } = run({ type: 'role/remove', id: 'cmo' as RoleId });
    expect(Object.keys(doc.roles)).toEqual(['team', 'legal']);
    expect(doc.steps.b?.performer).toBeNull();
    expect(doc.transitions.t1?.decision.deciders).toEqual(['team', 'legal']);
    expect(doc.transitions.t2?.decision.consulted).toEqual([]);
    expect(touched).toEqual({
      ...noneTouched(),
      roles: new Set(['cmo']),
      steps: new Set(['b']),
      transitions: new Set(['t1', 't2']),
    });
    // Untouched elements stay the same objects.
    expect(doc.steps.a).toBe(base.steps.a);
    expect(doc.transitions.t3).toBe(base.transitions.t3);
  });

  it('merges a role into another: references move, lists keep one at its first place', () => {
    const { doc, touched } = run({
      type: 'role/merge',
      from: 'cmo' as RoleId,
      into: 'team' as RoleId,
    });
    expect(Object.keys(doc.roles)).toEqual(['team', 'legal']);
    expect(doc.steps.b?.performer).toBe('team');
    expect(doc.transitions.t1?.decision.deciders).toEqual(['team', 'legal']);
    expect(doc.transitions.t2?.decision.consulted).toEqual(['team']);
    expect(touched).toEqual({
      ...noneTouched(),
      roles: new Set(['cmo']),
      steps: new Set(['b']),
      transitions: new Set(['t1', 't2']),
    });
  });

  it('a merge puts the surviving role where the merged one stood when it comes first', () => {
    const { doc } = run({ type: 'role/merge', from: 'team' as RoleId, into: 'cmo' as RoleId });
    expect(doc.transitions.t1?.decision.deciders).toEqual(['cmo', 'legal']);
    expect(doc.steps.a?.performer).toBe('cmo');
  });
});

describe('information items', () => {
  it('adds and updates an item, touching only its row', () => {
    const added = run({ type: 'information/add', item: item('media') });
    expect(added.doc.information.media).toEqual(item('media'));
    expect(added.touched).toEqual({ ...noneTouched(), information: new Set(['media']) });
    const updated = run({
      type: 'information/update',
      id: 'brand' as InformationId,
      patch: { external: false },
    });
    expect(updated.doc.information.brand).toEqual(item('brand', false));
    expect(updated.touched).toEqual({ ...noneTouched(), information: new Set(['brand']) });
  });

  it('removes an item from every step that produces it and every decision that needs it', () => {
    const { doc, touched } = run({ type: 'information/remove', id: 'brief' as InformationId });
    expect(Object.keys(doc.information)).toEqual(['claims', 'brand']);
    expect(doc.steps.a?.produces).toEqual([]);
    expect(doc.steps.c?.produces).toEqual(['claims']);
    expect(doc.transitions.t1?.decision.requires).toEqual(['claims']);
    expect(touched).toEqual({
      ...noneTouched(),
      information: new Set(['brief']),
      steps: new Set(['a', 'c']),
      transitions: new Set(['t1']),
    });
  });

  it('merges an item into another', () => {
    const { doc, touched } = run({
      type: 'information/merge',
      from: 'claims' as InformationId,
      into: 'brief' as InformationId,
    });
    expect(Object.keys(doc.information)).toEqual(['brief', 'brand']);
    expect(doc.steps.c?.produces).toEqual(['brief']);
    expect(doc.transitions.t1?.decision.requires).toEqual(['brief']);
    expect(touched).toEqual({
      ...noneTouched(),
      information: new Set(['claims']),
      steps: new Set(['c']),
      transitions: new Set(['t1']),
    });
  });
});

describe('references', () => {
  it('accepts roles and items added earlier in the same batch', () => {
    let doc = applyOperation(base, { type: 'role/add', role: role('web') });
    doc = applyOperation(doc, { type: 'information/add', item: item('media') });
    doc = applyOperation(doc, {
      type: 'step/update',
      id: 'c' as StepId,
      patch: { performer: 'web' as RoleId, produces: items('media') },
    });
    expect(doc.steps.c).toMatchObject({ performer: 'web', produces: ['media'] });
  });

  it('accepts a performer set back to nobody', () => {
    const { doc } = run({ type: 'step/update', id: 'a' as StepId, patch: { performer: null } });
    expect(doc.steps.a?.performer).toBeNull();
  });
});

describe('refuses roster edits that do not fit, changing nothing', () => {
  it.each<[string, Operation, string]>([
    [
      'a role id already used',
      { type: 'role/add', role: role('cmo') },
      'a role cmo already exists',
    ],
    ['a role called __proto__', { type: 'role/add', role: role('__proto__') }, 'reserved'],
    [
      'an item id already used',
      { type: 'information/add', item: item('brief') },
      'an information item brief already exists',
    ],
    ['an item called __proto__', { type: 'information/add', item: item('__proto__') }, 'reserved'],
    [
      'updating an unknown role',
      { type: 'role/update', id: 'ghost' as RoleId, patch: { name: 'x' } },
      'there is no role ghost',
    ],
    [
      'removing role "constructor"',
      { type: 'role/remove', id: 'constructor' as RoleId },
      'there is no role constructor',
    ],
    [
      'merging an unknown role',
      { type: 'role/merge', from: 'ghost' as RoleId, into: 'cmo' as RoleId },
      'there is no role ghost',
    ],
    [
      'merging into an unknown role',
      { type: 'role/merge', from: 'cmo' as RoleId, into: 'ghost' as RoleId },
      'there is no role ghost',
    ],
    [
      'merging a role into itself',
      { type: 'role/merge', from: 'cmo' as RoleId, into: 'cmo' as RoleId },
      'cannot be merged into itself',
    ],
    [
      'updating an unknown item',
      { type: 'information/update', id: 'ghost' as InformationId, patch: {} },
      'there is no information item ghost',
    ],
    [
      'removing an unknown item',
      { type: 'information/remove', id: 'ghost' as InformationId },
      'there is no information item ghost',
    ],
    [
      'merging an item into itself',
      {
        type: 'information/merge',
        from: 'brief' as InformationId,
        into: 'brief' as InformationId,
      },
      'cannot be merged into itself',
    ],
  ])('%s', (_name, op, reason) => {
    const error = refusal(op);
    expect(error.code).toBe('INVALID_EDIT');
    expect(error.message).toContain(reason);
  });
});
