import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis/engine';
import type { MapDocument } from '../../../shared/model';
import { CLEAN, extend, withDecision, withTransition } from './build';

const readiness = (doc: MapDocument, id: string) => analyzeMap(doc).readiness[id]!;

describe('decision readiness', () => {
  it('is ready with all five answered and no findings', () => {
    expect(readiness(CLEAN, 't2')).toMatchObject({
      transition: 't2',
      readiness: 'ready',
      score: 5,
      answered: { what: true, who: true, information: true, good: true, change: true },
      requirements: [{ item: 'i-brief', availability: 'guaranteed' }],
    });
  });

  it.each<[string, MapDocument, string, Record<string, boolean>, number]>([
    ['no question', withDecision(CLEAN, 't2', { question: '' }), 'at-risk', { what: false }, 4],
    [
      'a group decides',
      withDecision(CLEAN, 't2', { deciders: ['r-team'] }),
      'at-risk',
      { who: false },
      4,
    ],
    [
      'two deciders',
      withDecision(CLEAN, 't2', { deciders: ['r-cmo', 'r-lead'] }),
      'at-risk',
      { who: false },
      4,
    ],
    [
      'no information listed',
      withDecision(CLEAN, 't2', { requires: [] }),
      'at-risk',
      { information: false },
      4,
    ],
    [
      'vague criteria',
      withDecision(CLEAN, 't2', { criteria: ['Looks good'] }),
      'at-risk',
      { good: false },
      4,
    ],
    [
      'no change rule',
      withDecision(CLEAN, 't2', { onChange: '' }),
      'at-risk',
      { change: false },
      4,
    ],
    // Five answered, and the only finding is about the map (the handoff runs through
    // chat): it is shown on the map, and the decision is still ready.
    [
      'all answered, but over chat',
      withTransition(CLEAN, 't2', { channel: 'chat' }),
      'ready',
      {},
      5,
    ],
    [
      'no decider: a blocker',
      withDecision(CLEAN, 't2', { deciders: [] }),
      'blocked',
      { who: false },
      4,
    ],
    [
      'no criteria: a blocker',
      withDecision(CLEAN, 't2', { criteria: [] }),
      'blocked',
      { good: false },
      4,
    ],
    [
      'information produced nowhere: a blocker',
      withDecision(CLEAN, 't2', { requires: ['i-brief', 'i-ghost'] }),
      'blocked',
      { information: false },
      4,
    ],
  ])('%s', (_, doc, level, answered, score) => {
    const r = readiness(doc, 't2');
    expect(r.readiness).toBe(level);
    expect(r.answered).toMatchObject(answered);
    expect(r.score).toBe(score);
  });

  it('counts information only when every item is guaranteed or external', () => {
    const late = extend(withDecision(CLEAN, 't2', { requires: ['i-brief', 'i-guide'] }), {
      steps: [['x', 'task', 'Other brief', { produces: ['i-brief'] }]],
    });
    expect(readiness(late, 't2').answered.information).toBe(true);
    const onlyLater = withDecision(CLEAN, 't1', { automatic: false, requires: ['i-brief'] });
    expect(readiness(onlyLater, 't1').answered.information).toBe(false);
  });

  it('leaves automatic transitions out', () => {
    expect(analyzeMap(CLEAN).readiness['t1']).toBeUndefined();
  });
});

describe('decision health', () => {
  it('is the share of ready decisions, with counts per question', () => {
    const doc = withDecision(withDecision(CLEAN, 't2', { deciders: [], onChange: '' }), 't3', {
      criteria: ['Looks good'],
    });
    const { health, findings } = analyzeMap(doc);
    expect(findings.map((f) => f.rule)).toEqual([
      'owner.missing',
      'criteria.vague',
      'change.missing',
    ]);
    expect(health).toEqual({
      decisions: 2,
      ready: 0,
      atRisk: 1,
      blocked: 1,
      share: 0,
      perQuestion: { what: 0, who: 1, information: 0, good: 1, change: 1, flow: 0 },
      answered: { what: 2, who: 1, information: 2, good: 1, change: 1 },
    });
  });

  it('is whole on a clean map, and on a map with no decisions', () => {
    expect(analyzeMap(CLEAN).health).toMatchObject({ decisions: 2, ready: 2, share: 1 });
    const none = withDecision(withDecision(CLEAN, 't2', { automatic: true }), 't3', {
      automatic: true,
    });
    expect(analyzeMap(none).health).toMatchObject({ decisions: 0, ready: 0, share: 1 });
  });
});
