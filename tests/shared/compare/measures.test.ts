import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../../shared/compare/compare';
import {
  capList,
  changeCounts,
  comparisonMeasures,
  describeChange,
  formatFigure,
  rightsChanges,
  shrinkCaps,
  type ListCaps,
} from '../../../shared/compare/measures';
import type { MapId, RoleId, StepId, TransitionId } from '../../../shared/model';
import { applyOperations } from '../../../shared/operations/apply';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const team = 'team' as RoleId;
const cmo = 'cmo' as RoleId;

/** Draft (team) -> review (CMO) -> approve (CMO) -> live; one wait nobody gave. */
const asIs = makeMap({
  id: 'as-is',
  roles: [
    { id: team, name: 'Marketing team', kind: 'group' },
    { id: cmo, name: 'CMO', kind: 'person' },
  ],
  steps: [
    makeStep('draft', { kind: 'start', performer: team }),
    makeStep('review', { kind: 'review', label: 'CMO review', performer: cmo }),
    makeStep('approve', { kind: 'approval', performer: cmo }),
    makeStep('live', { kind: 'end', performer: team }),
  ],
  transitions: [
    makeTransition('t1', 'draft', 'review', { decision: { observedHours: 24 } }),
    makeTransition('t2', 'review', 'approve', { decision: { observedHours: null } }),
    makeTransition('t3', 'approve', 'live', { decision: { observedHours: 48.5 } }),
  ],
});

/** The review goes; the draft goes straight to approval, which gets a decider. */
const toBe = applyOperations({ ...asIs, info: { ...asIs.info, id: 'to-be' as MapId } }, [
  { type: 'elements/remove', stepIds: ['review' as StepId], transitionIds: [] },
  {
    type: 'elements/add',
    steps: [],
    transitions: [makeTransition('t4', 'draft', 'approve', { decision: { observedHours: 8 } })],
  },
  { type: 'decision/update', id: 't3' as TransitionId, patch: { deciders: [cmo] } },
]);

describe('formatFigure and describeChange', () => {
  it('print at most one decimal, and say which way is better', () => {
    expect(formatFigure(0.1 + 0.2)).toBe('0.3');
    expect(formatFigure(120)).toBe('120');
    expect(formatFigure(-0.01)).toBe('0');
    expect(describeChange(3, 3, 'down')).toEqual({ text: 'no change', tone: 'same' });
    expect(describeChange(5, 2, 'down')).toEqual({ text: '−3 (better)', tone: 'better' });
    expect(describeChange(5, 2, 'up')).toEqual({ text: '−3 (worse)', tone: 'worse' });
    expect(describeChange(72.5, 80, 'down')).toEqual({ text: '+7.5 (worse)', tone: 'worse' });
  });
});

describe('comparisonMeasures', () => {
  const c = compareMaps(asIs, toBe);
  const measures = comparisonMeasures(c, asIs, toBe);
  const row = (label: string) => measures.find((m) => m.label === label)!;

  it('lists the Compare view measures in its order and words', () => {
    expect(measures.map((m) => m.label)).toEqual([
      'Decisions ready',
      'Findings: What is decided?',
      'Findings: Who decides?',
      'Findings: What information?',
      'Findings: What does good look like?',
      'Findings: What if it changes?',
      'Findings: Flow',
      'Checkpoint steps (reviews, approvals)',
      'Handoffs between roles',
      'Observed wait on the main path',
      'Steps',
    ]);
    expect(row('Checkpoint steps (reviews, approvals)')).toMatchObject({
      before: '2',
      after: '1',
      change: { text: '−1 (better)', tone: 'better' },
    });
    expect(row('Steps')).toMatchObject({ before: '4', after: '3' });
    const who = row('Findings: Who decides?');
    expect([who.before, who.after]).toEqual([
      String(c.health.before.perQuestion.who),
      String(c.health.after.perQuestion.who),
    ]);
  });

  it('gives the wait on the main path with the decisions whose wait is unknown', () => {
    expect(row('Observed wait on the main path')).toEqual({
      label: 'Observed wait on the main path',
      before: '72.5 h',
      after: '56.5 h',
      beforeNote: 'unknown for 1 decision',
      afterNote: null,
      change: { text: '−16 (better)', tone: 'better' },
    });
  });

  it('invents no wait for a map without a main path', () => {
    const noEnd = applyOperations(toBe, [
      { type: 'step/update', id: 'live' as StepId, patch: { kind: 'task' } },
    ]);
    const wait = comparisonMeasures(compareMaps(asIs, noEnd), asIs, noEnd)[9]!;
    expect([wait.after, wait.afterNote]).toEqual(['—', 'no path from a start to an end']);
    expect(wait.change).toEqual({ text: 'cannot compare', tone: 'same' });
  });

  it('counts what changed in a sentence', () => {
    expect(changeCounts(c)).toBe(
      '1 step removed, 0 added; 2 arrows removed, 1 added; 1 checkpoint removed; 1 decision changed.',
    );
    expect(changeCounts(compareMaps(asIs, asIs))).toBe(
      '0 steps removed, 0 added; 0 arrows removed, 0 added; 0 checkpoints removed; 0 decisions changed.',
    );
  });

  it('names a change of notation at the end of the sentence', () => {
    const rapid = applyOperations(asIs, [{ type: 'map/setNotation', notation: 'RAPID' }]);
    expect(changeCounts(compareMaps(asIs, rapid))).toBe(
      '0 steps removed, 0 added; 0 arrows removed, 0 added; 0 checkpoints removed; 0 decisions changed; notation RACI → RAPID.',
    );
  });
});

describe('rightsChanges', () => {
  it('counts the decisions whose rights changed, right by right, in the inspector’s words', () => {
    const rights = applyOperations(asIs, [
      {
        type: 'decision/update',
        id: 't1' as TransitionId,
        patch: { recommenders: [team], informed: [cmo] },
      },
      { type: 'decision/update', id: 't2' as TransitionId, patch: { informed: [team] } },
      { type: 'decision/update', id: 't3' as TransitionId, patch: { deciders: [cmo] } },
    ]);
    expect(rightsChanges(compareMaps(asIs, rights))).toBe(
      'Decision rights changed: decider on 1 decision, recommended by on 1, informed on 2.',
    );
  });

  it('says nothing when no one’s rights changed', () => {
    const worded = applyOperations(asIs, [
      { type: 'decision/update', id: 't1' as TransitionId, patch: { question: 'Ready?' } },
    ]);
    expect(rightsChanges(compareMaps(asIs, worded))).toBeNull();
  });
});

describe('capList', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);
  it('keeps the first items and counts the rest', () => {
    expect(capList(items, 15)).toEqual({ shown: items.slice(0, 15), more: 5 });
    expect(capList(items.slice(0, 15), 15)).toEqual({ shown: items.slice(0, 15), more: 0 });
  });
  it('shows a list one longer than the cap whole, rather than "and 1 more"', () => {
    expect(capList(items.slice(0, 16), 15)).toEqual({ shown: items.slice(0, 16), more: 0 });
  });
});

describe('shrinkCaps', () => {
  const caps: ListCaps = { resolved: 15, gone: 15, introduced: 15 };
  it('takes an item from the list that shows the most, the first listed on a tie', () => {
    expect(shrinkCaps(caps, { resolved: 29, gone: 0, introduced: 23 }, 3)).toEqual({
      ...caps,
      resolved: 14,
    });
    expect(shrinkCaps(caps, { resolved: 4, gone: 2, introduced: 23 }, 3)).toEqual({
      ...caps,
      introduced: 14,
    });
    expect(shrinkCaps(caps, { resolved: 4, gone: 30, introduced: 30 }, 3)).toEqual({
      ...caps,
      gone: 14,
    });
    // 16 items under a cap of 15 all show; the next cap shows 14 and "and 2 more".
    expect(shrinkCaps(caps, { resolved: 16, gone: 0, introduced: 0 }, 3)).toEqual({
      ...caps,
      resolved: 14,
    });
  });

  it('always makes progress, and stops at the minimum', () => {
    let shrunk: ListCaps = caps;
    const lengths = { resolved: 40, gone: 12, introduced: 9 };
    let steps = 0;
    for (let next: ListCaps | null = caps; next; next = shrinkCaps(next, lengths, 3)) {
      shrunk = next;
      steps++;
    }
    expect(shrunk).toEqual({ resolved: 3, gone: 3, introduced: 3 });
    expect(steps).toBeLessThan(50);
    expect(
      shrinkCaps(
        { resolved: 3, gone: 3, introduced: 15 },
        { resolved: 40, gone: 8, introduced: 2 },
        3,
      ),
    ).toBe(null);
  });
});
