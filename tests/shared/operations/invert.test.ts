import { describe, expect, it } from 'vitest';
import {
  emptyMap,
  type InformationId,
  type MapId,
  type RoleId,
  type StepId,
  type TransitionId,
} from '../../../shared/model';
import { applyOperation, applyOperations } from '../../../shared/operations/apply';
import { invertOperation } from '../../../shared/operations/invert';
import type { Operation } from '../../../shared/operations/types';
import { canonical, makeMap, makeStep, makeTransition } from '../../support/makeMap';
import { randomOps } from '../../support/randomOps';

const base = makeMap({
  roles: [
    { id: 'cmo' as RoleId, name: 'CMO', kind: 'person' },
    { id: 'team' as RoleId, name: 'Marketing team', kind: 'group' },
    { id: 'legal' as RoleId, name: 'Legal', kind: 'role' },
  ],
  information: [
    { id: 'brief' as InformationId, name: 'Brief', external: false },
    { id: 'claims' as InformationId, name: 'Claims list', external: false },
    { id: 'brand' as InformationId, name: 'Brand guidelines', external: true },
  ],
  steps: [
    makeStep('a', { performer: 'team' as RoleId, produces: ['brief'] as InformationId[] }),
    makeStep('b', { notes: 'keep', performer: 'cmo' as RoleId }),
    makeStep('c', { produces: ['claims', 'brief'] as InformationId[] }),
  ],
  transitions: [
    makeTransition('t1', 'a', 'b', {
      decision: {
        question: 'Ready?',
        criteria: ['one'],
        deciders: ['cmo', 'team'] as RoleId[],
        approvers: ['legal', 'cmo'] as RoleId[],
        requires: ['brief', 'claims'] as InformationId[],
      },
    }),
    makeTransition('t2', 'b', 'c', {
      channel: 'chat',
      decision: { consulted: ['team'] as RoleId[], requires: ['claims'] as InformationId[] },
    }),
    makeTransition('t3', 'a', 'c'),
  ],
});

function roundTrip(doc: typeof base, op: Operation) {
  const inverse = invertOperation(doc, op);
  const changed = applyOperation(doc, op);
  return { changed, undone: applyOperations(changed, inverse) };
}

describe('invertOperation', () => {
  const cases: [string, Operation][] = [
    ['map/rename', { type: 'map/rename', name: 'New' }],
    ['map/setPurpose', { type: 'map/setPurpose', purpose: 'Because' }],
    [
      'elements/add',
      {
        type: 'elements/add',
        steps: [makeStep('d')],
        transitions: [makeTransition('t4', 'c', 'd')],
      },
    ],
    [
      'elements/remove of a step',
      { type: 'elements/remove', stepIds: ['b' as StepId], transitionIds: [] },
    ],
    [
      'elements/remove of a step and an arrow',
      { type: 'elements/remove', stepIds: ['c' as StepId], transitionIds: ['t1' as TransitionId] },
    ],
    [
      'elements/remove naming a step twice',
      { type: 'elements/remove', stepIds: ['a', 'a'] as StepId[], transitionIds: [] },
    ],
    [
      'step/update',
      { type: 'step/update', id: 'b' as StepId, patch: { label: 'X', notes: '', kind: 'review' } },
    ],
    [
      'steps/move',
      { type: 'steps/move', moves: [{ id: 'a' as StepId, position: { x: 9, y: 9 } }] },
    ],
    [
      'transition/update',
      {
        type: 'transition/update',
        id: 't2' as TransitionId,
        patch: { channel: 'email', kind: 'send-back' },
      },
    ],
    [
      'decision/update',
      {
        type: 'decision/update',
        id: 't1' as TransitionId,
        patch: { question: '', deciders: [], targetHours: 4 },
      },
    ],
    ['role/add', { type: 'role/add', role: { id: 'web' as RoleId, name: 'Web', kind: 'role' } }],
    ['role/update', { type: 'role/update', id: 'team' as RoleId, patch: { kind: 'person' } }],
    ['role/remove of a role used everywhere', { type: 'role/remove', id: 'cmo' as RoleId }],
    ['role/remove of a role used once', { type: 'role/remove', id: 'legal' as RoleId }],
    [
      'role/merge into a role already in the same lists',
      { type: 'role/merge', from: 'team' as RoleId, into: 'cmo' as RoleId },
    ],
    [
      'role/merge into an unused role',
      { type: 'role/merge', from: 'cmo' as RoleId, into: 'legal' as RoleId },
    ],
    [
      'information/add',
      {
        type: 'information/add',
        item: { id: 'media' as InformationId, name: 'Media plan', external: false },
      },
    ],
    [
      'information/update',
      {
        type: 'information/update',
        id: 'brand' as InformationId,
        patch: { name: 'Brand book', external: false },
      },
    ],
    ['information/remove', { type: 'information/remove', id: 'claims' as InformationId }],
    [
      'information/merge',
      {
        type: 'information/merge',
        from: 'claims' as InformationId,
        into: 'brief' as InformationId,
      },
    ],
  ];

  it.each(cases)('%s is undone exactly', (_name, op) => {
    const { changed, undone } = roundTrip(base, op);
    expect(canonical(changed)).not.toEqual(canonical(base));
    expect(canonical(undone)).toEqual(canonical(base));
  });

  it('undoes a remove by re-adding the entry first, then restoring each reference', () => {
    expect(invertOperation(base, { type: 'role/remove', id: 'team' as RoleId })).toEqual([
      { type: 'role/add', role: base.roles.team },
      { type: 'step/update', id: 'a', patch: { performer: 'team' } },
      { type: 'decision/update', id: 't1', patch: { deciders: ['cmo', 'team'] } },
      { type: 'decision/update', id: 't2', patch: { consulted: ['team'] } },
    ]);
  });

  it('undoes every operation of long random sequences', () => {
    for (const seed of [1, 2, 3]) {
      const { ops } = randomOps(seed, 200, emptyMap('m' as MapId, 'Random'));
      let doc = emptyMap('m' as MapId, 'Random');
      for (const op of ops) {
        const { changed, undone } = roundTrip(doc, op);
        expect(canonical(undone)).toEqual(canonical(doc));
        doc = changed;
      }
    }
  });
});
