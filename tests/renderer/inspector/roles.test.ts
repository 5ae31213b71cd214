import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import type { Finding } from '../../../shared/analysis';
import type { RoleId, TransitionId } from '../../../shared/model';
import { applyOperations } from '../../../shared/operations/apply';
import { roleKindTarget } from '../../../renderer/src/inspector/roleKindTarget';
import { createRole } from '../../../renderer/src/inspector/rosterEdits';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const base = makeMap({
  steps: [makeStep('s1', { kind: 'start' }), makeStep('s2', { kind: 'end' })],
  transitions: [makeTransition('t1', 's1', 's2')],
});
const t1 = 't1' as TransitionId;

describe('createRole', () => {
  it.each(['Team Assistant', 'Marketing team', 'Steering committee', 'Board', 'Stakeholders'])(
    'makes "%s" a role: nothing is guessed from its name',
    (name) => {
      const { id, operations } = createRole(name, (role) => ({
        type: 'decision/update',
        id: t1,
        patch: { deciders: [role] },
      }));
      const doc = applyOperations(base, operations);
      expect(doc.roles[id]).toEqual({ id, name, kind: 'role' });
      expect(doc.transitions[t1]!.decision.deciders).toEqual([id]);
    },
  );
});

describe('roleKindTarget', () => {
  const withDecider = (kind: 'person' | 'role' | 'group', extra: readonly RoleId[] = []) =>
    applyOperations(base, [
      { type: 'role/add', role: { id: 'r-a' as RoleId, name: 'Team Assistant', kind } },
      { type: 'role/add', role: { id: 'r-b' as RoleId, name: 'Accountant', kind: 'person' } },
      {
        type: 'decision/update',
        id: t1,
        patch: { question: 'Is the invoice coded?', deciders: ['r-a' as RoleId, ...extra] },
      },
    ]);
  const sharedFinding = (doc: ReturnType<typeof withDecider>): Finding | undefined =>
    analyzeMap(doc).findings.find((f) => f.rule === 'owner.shared');

  it('leads a group decider to that role', () => {
    const doc = withDecider('group');
    const finding = sharedFinding(doc);
    expect(finding).toBeDefined();
    expect(roleKindTarget(finding!, doc)).toBe('r-a');
  });

  it('leaves two deciders to the arrow: the fix is to pick one, not a kind', () => {
    const doc = withDecider('person', ['r-b' as RoleId]);
    const finding = sharedFinding(doc);
    expect(finding).toBeDefined();
    expect(roleKindTarget(finding!, doc)).toBeNull();
  });

  it('reads the map as it is now: once the role is a person, the arrow again', () => {
    const group = withDecider('group');
    const finding = sharedFinding(group)!;
    const fixed = applyOperations(group, [
      { type: 'role/update', id: 'r-a' as RoleId, patch: { kind: 'person' } },
    ]);
    expect(roleKindTarget(finding, fixed)).toBeNull();
  });

  it('is null for other findings', () => {
    const doc = withDecider('group');
    for (const f of analyzeMap(doc).findings.filter((f) => f.rule !== 'owner.shared')) {
      expect(roleKindTarget(f, doc)).toBeNull();
    }
  });
});
