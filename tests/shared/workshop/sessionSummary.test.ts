import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis/engine';
import type { InformationId, RoleId, TransitionId } from '../../../shared/model';
import { applyOperations } from '../../../shared/operations/apply';
import { findingKey } from '../../../shared/workshop/findings';
import { sessionSummary } from '../../../shared/workshop/sessionSummary';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const cmo = 'cmo' as RoleId;
const brief = 'brief' as InformationId;
const before = makeMap({
  roles: [{ id: cmo, name: 'CMO', kind: 'person' }],
  information: [{ id: brief, name: 'Brief', external: false }],
  steps: [
    makeStep('s', { kind: 'start', produces: [brief] }),
    makeStep('r', { kind: 'review' }),
    makeStep('e', { kind: 'end' }),
  ],
  transitions: [
    makeTransition('t1', 's', 'r'),
    makeTransition('t2', 'r', 'e', { decision: { question: 'Approved?' } }),
    makeTransition('t3', 'r', 's', { kind: 'send-back', decision: { automatic: true } }),
  ],
  parkingLot: [{ id: 'p0', text: 'Known before', target: null }],
});

const t1 = 't1' as TransitionId;
const t2 = 't2' as TransitionId;
const after = applyOperations(before, [
  {
    type: 'decision/update',
    id: t1,
    patch: {
      question: 'Is the brief complete?',
      deciders: [cmo],
      requires: [brief],
      criteria: ['Budget and launch date filled in'],
      onChange: 'Back to the CMO',
    },
  },
  // A decider alone does not define a decision that has no question.
  { type: 'decision/update', id: t2, patch: { question: '', deciders: [cmo] } },
  { type: 'parking/add', item: { id: 'p1', text: 'Who books the media?', target: 't1' } },
]);

describe('sessionSummary', () => {
  const summary = sessionSummary(before, after);

  it('counts decisions newly given a question and a decider', () => {
    expect(summary.decisionsDefined).toEqual(['t1']);
  });

  it('lists the findings the session resolved and introduced, by finding key', () => {
    expect(summary.findingsResolved.map(findingKey)).toEqual([
      'owner.missing:t1',
      'owner.missing:t2',
      'criteria.missing:t1',
      'decision.undefined:t1',
      'inputs.unspecified:t1',
      'change.missing:t1',
    ]);
    // Blanking t2's question is a new gap. The CMO now deciding both decisions is no
    // bottleneck: two decisions on every path are the shape of the process, not a load.
    expect(summary.findingsIntroduced.map(findingKey)).toEqual(['decision.undefined:t2']);
  });

  it('gives health before and after, and the questions parked during the session', () => {
    expect(summary.health.before).toEqual(analyzeMap(before).health);
    expect(summary.health.after).toEqual(analyzeMap(after).health);
    expect(summary.health.after.answered.who).toBeGreaterThan(summary.health.before.answered.who);
    expect(summary.parkingAdded).toEqual([
      { id: 'p1', text: 'Who books the media?', target: 't1' },
    ]);
  });

  it('reports nothing for a session that changed nothing', () => {
    const idle = sessionSummary(before, before);
    expect(idle).toMatchObject({
      decisionsDefined: [],
      findingsResolved: [],
      findingsGone: [],
      findingsIntroduced: [],
      parkingAdded: [],
    });
  });

  it('does not count findings that left with a deleted arrow as resolved', () => {
    const deleted = applyOperations(before, [
      { type: 'elements/remove', stepIds: [], transitionIds: [t2] },
    ]);
    const summary = sessionSummary(before, deleted);
    const gone = summary.findingsGone.map(findingKey);
    expect(gone).toEqual(expect.arrayContaining(['owner.missing:t2', 'criteria.missing:t2']));
    expect(gone.every((key) => key.endsWith(':t2'))).toBe(true);
    expect(summary.findingsResolved.map(findingKey).filter((k) => k.endsWith(':t2'))).toEqual([]);
  });

  it('uses the analyses it is given instead of running them again', () => {
    const given = { before: analyzeMap(after), after: analyzeMap(after) };
    expect(sessionSummary(before, after, given).findingsResolved).toEqual([]);
  });
});
