import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis/engine';
import { changedFields, compareMaps } from '../../../shared/compare/compare';
import { comparisonMarks } from '../../../shared/compare/marks';
import {
  emptyDecision,
  type InformationId,
  type MapId,
  type RoleId,
  type StepId,
  type TransitionId,
} from '../../../shared/model';
import { applyOperations } from '../../../shared/operations/apply';
import { findingKey } from '../../../shared/workshop/findings';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const team = 'team' as RoleId;
const cmo = 'cmo' as RoleId;
const legal = 'legal' as RoleId;
const brief = 'brief' as InformationId;

/**
 * As-is: draft (team) -> review (CMO) -> legal (Legal) -> approve (CMO) -> end, with a
 * send-back from review to draft. Three checkpoints in a row, three handoffs forward.
 */
const asIs = makeMap({
  id: 'as-is',
  roles: [
    { id: team, name: 'Marketing team', kind: 'group' },
    { id: cmo, name: 'CMO', kind: 'person' },
    { id: legal, name: 'Legal', kind: 'role' },
  ],
  information: [{ id: brief, name: 'Brief', external: false }],
  steps: [
    makeStep('draft', { kind: 'start', performer: team, produces: [brief] }),
    makeStep('review', { kind: 'review', performer: cmo }),
    makeStep('legal', { kind: 'review', performer: legal }),
    makeStep('approve', { kind: 'approval', performer: cmo }),
    makeStep('live', { kind: 'end', performer: team }),
  ],
  transitions: [
    makeTransition('t1', 'draft', 'review', { decision: { observedHours: 24 } }),
    makeTransition('t2', 'review', 'legal', { decision: { observedHours: 72 } }),
    makeTransition('t3', 'legal', 'approve', { decision: { observedHours: null } }),
    makeTransition('t4', 'approve', 'live', { decision: { observedHours: 48 } }),
    makeTransition('back', 'review', 'draft', { kind: 'send-back' }),
  ],
});

/** The redesign: the legal review goes, the CMO's review gets a real decision, a check is added. */
const toBe = applyOperations({ ...asIs, info: { ...asIs.info, id: 'to-be' as MapId } }, [
  { type: 'elements/remove', stepIds: ['legal' as StepId], transitionIds: [] },
  {
    type: 'elements/add',
    steps: [makeStep('check', { kind: 'task', performer: cmo })],
    transitions: [
      makeTransition('t5', 'review', 'check', { decision: { observedHours: 4 } }),
      makeTransition('t6', 'check', 'approve', { decision: { observedHours: 2 } }),
    ],
  },
  {
    type: 'decision/update',
    id: 't1' as TransitionId,
    patch: {
      question: 'Is the brief complete?',
      deciders: [cmo],
      requires: [brief],
      criteria: ['Budget, audience and launch date are filled in'],
      observedHours: 8,
    },
  },
]);

describe('compareMaps', () => {
  const c = compareMaps(asIs, toBe);

  it('names both maps and gives the health of each', () => {
    expect([c.asIs, c.toBe]).toEqual(['as-is', 'to-be']);
    expect(c.health).toEqual({ before: analyzeMap(asIs).health, after: analyzeMap(toBe).health });
  });

  it('counts findings and answers per question, before and after', () => {
    expect(c.findingsPerQuestion.map((q) => q.question)).toEqual([
      'what',
      'who',
      'information',
      'good',
      'change',
      'flow',
    ]);
    for (const row of c.findingsPerQuestion) {
      expect(row.before).toBe(c.health.before.perQuestion[row.question]);
      expect(row.after).toBe(c.health.after.perQuestion[row.question]);
    }
    expect(c.answeredPerQuestion.find((q) => q.question === 'who')).toEqual({
      question: 'who',
      before: 0,
      after: 1,
    });
  });

  it('finds the steps and arrows added and removed, by id', () => {
    expect(c.steps).toEqual({ added: ['check'], removed: ['legal'] });
    expect(c.transitions).toEqual({ added: ['t5', 't6'], removed: ['t2', 't3'] });
  });

  it('lists decisions changed with the fields that changed', () => {
    expect(c.decisionsChanged).toEqual([
      {
        transition: 't1',
        fields: ['question', 'deciders', 'requires', 'criteria', 'observedHours'],
      },
    ]);
  });

  it('counts the checkpoints removed: the legal review and the arrows into it', () => {
    // After: t1 into the review and the new t6 into the approval.
    expect(c.checkpoints).toEqual({
      steps: { before: 3, after: 2 },
      transitions: { before: 3, after: 2 },
      removedSteps: ['legal'],
      removedTransitions: ['t2', 't3'],
    });
  });

  it('counts handoffs before and after', () => {
    // Before: t1, t2, t3, t4, back all cross lanes. After: t1, t4, back (t5, t6 stay with the CMO).
    expect(c.handoffs).toEqual({ before: 5, after: 3 });
  });

  it('sums the observed wait on the main path before and after', () => {
    expect(c.mainPath.before).toEqual({
      found: true,
      transitions: ['t1', 't2', 't3', 't4'],
      observedHours: 144,
      unknown: 1,
    });
    expect(c.mainPath.after).toEqual({
      found: true,
      transitions: ['t1', 't5', 't6', 't4'],
      observedHours: 62,
      unknown: 0,
    });
  });

  it('resolves and introduces findings by finding key', () => {
    const resolved = c.findingsResolved.map(findingKey);
    expect(resolved).toEqual(expect.arrayContaining(['owner.missing:t1', 'decision.undefined:t1']));
    expect(c.findingsIntroduced.map(findingKey)).toEqual(
      expect.arrayContaining(['owner.missing:t5', 'owner.missing:t6']),
    );
    expect(resolved).not.toContain('owner.missing:t4');
    for (const f of c.findingsResolved) expect(analyzeMap(asIs).findings).toContainEqual(f);
  });

  it('does not count findings that left with a removed step or arrow as resolved', () => {
    // t2 and t3 went with the legal review: their findings are gone, not fixed.
    const gone = c.findingsGone.map(findingKey);
    expect(gone).toEqual(
      expect.arrayContaining(['owner.missing:t2', 'owner.missing:t3', 'decision.undefined:t3']),
    );
    const removed = new Set<string>(['legal', 't2', 't3']);
    for (const f of c.findingsGone) expect(removed.has(f.targets[0]!.id)).toBe(true);
    for (const f of c.findingsResolved) expect(removed.has(f.targets[0]!.id)).toBe(false);
    // Every as-is finding without a match is in exactly one of the two lists.
    const unmatched = c.findingsResolved.length + c.findingsGone.length;
    const before = analyzeMap(asIs).findings.length;
    const after = analyzeMap(toBe).findings.length;
    expect(before - unmatched).toBe(after - c.findingsIntroduced.length);
  });

  it('counts only removals as gone when a step is deleted and nothing else is done', () => {
    const deleted = applyOperations(asIs, [
      { type: 'elements/remove', stepIds: ['legal' as StepId], transitionIds: [] },
    ]);
    const only = compareMaps(asIs, deleted);
    expect(only.findingsGone.length).toBeGreaterThan(0);
    // The decisions that stay were not touched: nothing about their answers is resolved
    // (only the shape of the map may be, e.g. a checkpoint stack the deletion broke up).
    expect(only.findingsResolved.filter((f) => f.question !== 'flow')).toEqual([]);
  });

  it('lists the steps whose label, kind or performer changed', () => {
    const edited = applyOperations(asIs, [
      { type: 'step/update', id: 'legal' as StepId, patch: { kind: 'task', label: 'Legal check' } },
      { type: 'step/update', id: 'live' as StepId, patch: { notes: 'Only a note' } },
    ]);
    expect(compareMaps(asIs, edited).stepsChanged).toEqual([
      { step: 'legal', fields: ['label', 'kind'] },
    ]);
  });

  it('finds nothing changed between a map and its untouched copy', () => {
    const copy = { ...asIs, info: { ...asIs.info, id: 'copy' as MapId } };
    const same = compareMaps(asIs, copy);
    expect(same).toMatchObject({
      findingsResolved: [],
      findingsGone: [],
      findingsIntroduced: [],
      stepsChanged: [],
      steps: { added: [], removed: [] },
      transitions: { added: [], removed: [] },
      decisionsChanged: [],
      checkpoints: { removedSteps: [], removedTransitions: [] },
      handoffs: { before: 5, after: 5 },
    });
  });

  it('counts a review turned into a task as a checkpoint removed', () => {
    const relabelled = applyOperations(asIs, [
      { type: 'step/update', id: 'legal' as StepId, patch: { kind: 'task' } },
    ]);
    const { checkpoints } = compareMaps(asIs, relabelled);
    expect(checkpoints.removedSteps).toEqual(['legal']);
    expect(checkpoints.removedTransitions).toEqual(['t2']);
  });
});

describe('changedFields', () => {
  it.each([
    ['nothing', {}, []],
    ['a reordered list', { deciders: [team, cmo] }, ['deciders']],
    [
      'hours and the automatic flag',
      { automatic: true, targetHours: 4 },
      ['automatic', 'targetHours'],
    ],
  ])('%s', (_name, patch, fields) => {
    const before = { ...emptyDecision, deciders: [cmo, team] };
    expect(changedFields(before, { ...before, ...patch })).toEqual(fields);
  });
});

describe('comparisonMarks', () => {
  it('marks removals on the as-is map, additions on the to-be map, changes on both', () => {
    const edited = applyOperations(toBe, [
      { type: 'step/update', id: 'review' as StepId, patch: { label: 'CMO review' } },
    ]);
    const marks = comparisonMarks(compareMaps(asIs, edited));
    expect(Object.fromEntries(marks.asIs.steps)).toEqual({ legal: 'removed', review: 'changed' });
    expect(Object.fromEntries(marks.asIs.transitions)).toEqual({
      t2: 'removed',
      t3: 'removed',
      t1: 'changed',
    });
    expect(Object.fromEntries(marks.toBe.steps)).toEqual({ check: 'added', review: 'changed' });
    expect(Object.fromEntries(marks.toBe.transitions)).toEqual({
      t5: 'added',
      t6: 'added',
      t1: 'changed',
    });
  });

  it('marks nothing on an untouched copy', () => {
    const marks = comparisonMarks(compareMaps(asIs, asIs));
    expect([marks.asIs.steps.size, marks.asIs.transitions.size]).toEqual([0, 0]);
    expect([marks.toBe.steps.size, marks.toBe.transitions.size]).toEqual([0, 0]);
  });
});

describe('decision rights in a comparison', () => {
  const rights = applyOperations({ ...asIs, info: { ...asIs.info, id: 'to-be' as MapId } }, [
    {
      type: 'decision/update',
      id: 't1' as TransitionId,
      patch: { recommenders: [team], informed: [legal] },
    },
    { type: 'decision/update', id: 't2' as TransitionId, patch: { informed: [team] } },
  ]);

  it('lists recommenders and informed among the fields of a changed decision', () => {
    expect(compareMaps(asIs, rights).decisionsChanged).toEqual([
      { transition: 't1', fields: ['recommenders', 'informed'] },
      { transition: 't2', fields: ['informed'] },
    ]);
    expect(changedFields(emptyDecision, { ...emptyDecision, recommenders: [cmo] })).toEqual([
      'recommenders',
    ]);
  });

  it('gives the notation of each map', () => {
    expect(compareMaps(asIs, rights).notation).toEqual({ before: 'RACI', after: 'RACI' });
    const rapid = applyOperations(rights, [{ type: 'map/setNotation', notation: 'RAPID' }]);
    expect(compareMaps(asIs, rapid).notation).toEqual({ before: 'RACI', after: 'RAPID' });
  });
});
