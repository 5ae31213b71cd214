/**
 * The analysis against the labelled corpus of real processes (tests/fixtures/corpus, labelled
 * from the process descriptions before the rules changed): every must-find is found, nothing
 * labelled must-not is reported, and `criteria.vague` agrees with the criteria table. Prints
 * precision and recall per rule, as the report script does
 * (`npx tsx tests/shared/analysis/corpus/report.ts` for the misses in words).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/analysis';
import {
  loadCorpus,
  loadCriteria,
  scoreCriteria,
  scoreLabels,
  type Label,
  type LabelResult,
} from './corpus/corpus';

const maps = loadCorpus();
const results = scoreLabels(maps);
const criteria = scoreCriteria(loadCriteria());

const where = (label: Label): string =>
  label.anyOf ? `any of ${label.anyOf.join(', ')}` : (label.target ?? '?');
const named = (r: LabelResult): [string, LabelResult] => [
  `${r.map}: ${r.label.rule} on ${where(r.label)} (${r.label.why})`,
  r,
];

describe('the labelled corpus', () => {
  it('has at least 12 real processes and a case where each rule must not fire', () => {
    expect(maps.length).toBeGreaterThanOrEqual(12);
    const mustNot = new Set(
      results.filter((r) => r.kind === 'mustNotFind').map((r) => r.label.rule),
    );
    for (const rule of RULES) expect(mustNot.has(rule.id), rule.id).toBe(true);
  });

  it('holds the cases of the invoice trial (issue 14)', () => {
    const labelled = (map: string, kind: LabelResult['kind'], rule: string, target: string) =>
      results.some(
        (r) =>
          r.map === map && r.kind === kind && r.label.rule === rule && r.label.target === target,
      );
    // The approver on every path, "Team Assistant", the arrow drawn back, the criteria.
    expect(
      labelled('invoice-approval', 'mustNotFind', 'load.decider-bottleneck', 'r-approver'),
    ).toBe(true);
    expect(labelled('invoice-approval', 'mustNotFind', 'owner.shared', 't-route')).toBe(true);
    expect(labelled('invoice-approval', 'mustFind', 'flow.rework-loop', 't-resubmit')).toBe(true);
    expect(labelled('invoice-approval', 'mustFind', 'criteria.vague', 't-approve')).toBe(true);
    expect(labelled('invoice-approval', 'mustFind', 'criteria.vague', 't-query')).toBe(true);
    expect(labelled('invoice-approval-no-end', 'mustFind', 'flow.dead-end', 'map')).toBe(true);
  });

  it.each(results.filter((r) => r.kind === 'mustFind').map(named))('finds %s', (_, r) => {
    expect(r.hit).toBe(true);
  });

  it.each(results.filter((r) => r.kind === 'mustNotFind').map(named))(
    'does not report %s',
    (_, r) => {
      expect(r.hit).toBe(false);
    },
  );

  it('lets the well-designed invoice approval reach 100% with no finding at all', () => {
    const toBe = maps.find((m) => m.name === 'invoice-approval-to-be')!;
    expect(toBe.analysis.health.share).toBe(1);
    expect(toBe.analysis.findings).toEqual([]);
  });

  afterAll(() => {
    const rows = RULES.map((rule) => {
      const of = results.filter((r) => r.label.rule === rule.id);
      const mustFind = of.filter((r) => r.kind === 'mustFind');
      const found = mustFind.filter((r) => r.hit).length;
      const falseAlarms = of.filter((r) => r.kind === 'mustNotFind' && r.hit).length;
      const pct = (part: number, whole: number) =>
        whole === 0 ? '   -' : `${Math.round((part / whole) * 100)}%`.padStart(4);
      return `${rule.id.padEnd(24)} precision ${pct(found, found + falseAlarms)}  recall ${pct(found, mustFind.length)}  (${found}/${mustFind.length} found, ${falseAlarms} false alarms)`;
    });
    console.log(`Corpus: ${maps.length} maps, ${results.length} labels\n${rows.join('\n')}`);
  });
});

describe('the criteria table (the spec of criteria.vague)', () => {
  it('has 60 or more phrasings', () => {
    expect(criteria.length).toBeGreaterThanOrEqual(60);
  });

  it.each(criteria.map((r) => [`${r.criterion.verdict}: “${r.criterion.text}”`, r] as const))(
    '%s',
    (_, r) => {
      expect(r.flagged).toBe(r.criterion.verdict === 'vague');
      // A vague criterion's finding quotes the words that made it vague.
      if (r.criterion.verdict === 'vague' && r.criterion.quote !== '') expect(r.quoted).toBe(true);
    },
  );
});
