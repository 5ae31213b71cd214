import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis/engine';
import { RULES } from '../../../shared/analysis/rules';
import type { Severity } from '../../../shared/analysis/types';
import { generateMap } from '../../support/generateMap';
import { CLEAN, extend, withDecision, withTransition } from './build';

const CATALOG = [
  'decision.undefined',
  'owner.missing',
  'owner.shared',
  'owner.veto-stack',
  'owner.no-recommender',
  'inputs.unspecified',
  'inputs.not-produced',
  'inputs.not-upstream',
  'inputs.not-guaranteed',
  'criteria.missing',
  'criteria.vague',
  'change.missing',
  'gate.no-stop',
  'flow.rework-loop',
  'flow.informal-channel',
  'flow.silent-handoff',
  'flow.checkpoint-stack',
  'flow.unreachable',
  'flow.dead-end',
  'load.decider-bottleneck',
  'load.veto-bottleneck',
  'time.slow-decision',
];

describe('the rule list', () => {
  it('has every rule of the catalog, once, in catalog order', () => {
    expect(RULES.map((r) => r.id)).toEqual(CATALOG);
  });

  it('has one file per rule, named by its id', () => {
    const dir = join(__dirname, '../../../shared/analysis/rules');
    const files = readdirSync(dir)
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...CATALOG].sort());
  });

  it('gives every rule its sentence of the article and a prompt for the room', () => {
    for (const rule of RULES) {
      expect(rule.article.length, rule.id).toBeGreaterThan(10);
      expect(rule.prompt, rule.id).toMatch(/\?$/);
    }
  });

  it('has the severities of the catalog', () => {
    const blockers = RULES.filter((r) => r.severity === 'blocker').map((r) => r.id);
    expect(blockers).toEqual([
      'owner.missing',
      'inputs.not-produced',
      'inputs.not-upstream',
      'criteria.missing',
    ]);
    expect(RULES.find((r) => r.id === 'flow.checkpoint-stack')!.severity).toBe('note');
  });

  it('says which rules are about the map and so never count against readiness', () => {
    const map = RULES.filter((r) => r.counts === 'map').map((r) => r.id);
    expect(map).toEqual([
      // Recommend and Informed are not among the five questions: a decision is ready without.
      'owner.no-recommender',
      'flow.rework-loop',
      'flow.informal-channel',
      'flow.silent-handoff',
      'flow.checkpoint-stack',
      'flow.unreachable',
      'flow.dead-end',
      'load.decider-bottleneck',
      'load.veto-bottleneck',
      'time.slow-decision',
    ]);
    for (const rule of RULES) expect(rule.description.length, rule.id).toBeGreaterThan(20);
  });
});

describe('analyzeMap', () => {
  it('finds nothing on a clean map', () => {
    expect(analyzeMap(CLEAN).findings).toEqual([]);
  });

  it('takes no decision findings on automatic transitions', () => {
    const empty = withDecision(CLEAN, 't1', {
      question: '',
      deciders: [],
      criteria: [],
      onChange: '',
    });
    expect(analyzeMap(empty).findings).toEqual([]);
  });

  it('orders findings by severity, question, rule, then place in the map', () => {
    const messy = withTransition(
      withDecision(withDecision(CLEAN, 't2', { deciders: [], onChange: '' }), 't3', {
        deciders: [],
        question: '',
      }),
      't2',
      { channel: 'chat' },
    );
    const order = analyzeMap(messy).findings.map((f) => `${f.rule}@${f.targets[0]!.id}`);
    expect(order).toEqual([
      'owner.missing@t2',
      'owner.missing@t3',
      'decision.undefined@t3',
      'change.missing@t2',
      'flow.informal-channel@t2',
    ]);
  });

  it('is deterministic: the same map twice gives the same analysis', () => {
    const doc = generateMap(400, 11);
    expect(analyzeMap(doc)).toEqual(analyzeMap(structuredClone(doc)));
  });

  it('speaks the room’s language and points at real elements', () => {
    const doc = generateMap(400, 5);
    const rank: Record<Severity, number> = { blocker: 0, warning: 1, note: 2 };
    const { findings } = analyzeMap(doc);
    expect(findings.length).toBeGreaterThan(100);
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThan(15);
    findings.forEach((f, i) => {
      expect(f.message).not.toMatch(/\b(node|edge|vertex|undefined|NaN)\b/i);
      expect(f.targets.length).toBeGreaterThan(0);
      for (const t of f.targets) {
        const element =
          t.kind === 'step'
            ? doc.steps[t.id]
            : t.kind === 'role'
              ? doc.roles[t.id]
              : doc.transitions[t.id];
        expect(element).toBeDefined();
      }
      if (i > 0) expect(rank[f.severity]).toBeGreaterThanOrEqual(rank[findings[i - 1]!.severity]);
    });
  });

  it('copes with arrows to missing steps and unknown roles', () => {
    const broken = extend(withDecision(CLEAN, 't3', { deciders: ['r-ghost', 'r-cmo'] }), {
      transitions: [['tg', 'r', 'ghost']],
    });
    const { findings } = analyzeMap(broken);
    expect(findings.find((f) => f.rule === 'owner.shared')!.message).toContain('an unnamed role');
    expect(findings.find((f) => f.rule === 'owner.missing')!.message).toContain(
      '“Brief review → a missing step”',
    );
  });

  it('analyses a 5,000-step map quickly enough to run on every edit', () => {
    const doc = generateMap(5000, 1);
    analyzeMap(doc);
    const start = performance.now();
    analyzeMap(doc);
    // Generous: the benchmark holds the real targets; this catches an accidental blow-up.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
