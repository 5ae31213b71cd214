/** Rules report through a reporter, which builds the findings and their targets. */
import { describe, expect, it } from 'vitest';
import { decisionReporter, mapReporter, onRole, onStep } from '../../../shared/analysis/report';
import type { Finding, RuleMeta } from '../../../shared/analysis/types';
import { makeTransition } from '../../support/makeMap';

const meta: RuleMeta = {
  id: 'test.rule',
  severity: 'warning',
  question: 'information',
  title: 'A test rule',
  description: 'Reports what it is told.',
  counts: 'readiness',
  article: 'What information is required?',
  prompt: 'What does the person deciding need?',
};

describe('decisionReporter', () => {
  it('points every finding first at the decision being checked, then at the steps named', () => {
    const found: Finding[] = [];
    const reporter = decisionReporter(meta, found);
    const a = makeTransition('t-a', 's', 'r');
    const b = makeTransition('t-b', 'r', 'e');
    reporter.at(a);
    reporter.report('Needs the brief.', 'requires', { item: 'i-brief' }, [onStep('s', 'produces')]);
    reporter.at(b);
    reporter.report('No one owns it.', 'deciders');
    expect(found).toEqual([
      {
        rule: 'test.rule',
        severity: 'warning',
        question: 'information',
        message: 'Needs the brief.',
        prompt: meta.prompt,
        targets: [
          { kind: 'transition', id: 't-a', field: 'requires' },
          { kind: 'step', id: 's', field: 'produces' },
        ],
        details: { item: 'i-brief' },
        fix: undefined,
      },
      expect.objectContaining({
        message: 'No one owns it.',
        targets: [{ kind: 'transition', id: 't-b', field: 'deciders' }],
      }),
    ]);
  });

  it('shares one target list per decision and field across runs', () => {
    const t = makeTransition('t', 's', 'e');
    const lists = [0, 1].map(() => {
      const found: Finding[] = [];
      const reporter = decisionReporter(meta, found);
      reporter.at(t);
      reporter.report('Again.', 'criteria');
      return found[0]!.targets;
    });
    expect(lists[0]).toBe(lists[1]);
  });
});

describe('mapReporter', () => {
  it("adds the rule's metadata, and a fix or a better prompt when given", () => {
    const found: Finding[] = [];
    const report = mapReporter(meta, found);
    report('CMO decides most.', [onRole('r-cmo')], { share: 0.8 });
    report('No end.', [onStep('s', 'kind')], undefined, { prompt: 'Where does it end?' });
    expect(found.map((f) => [f.rule, f.severity, f.prompt, f.targets[0]!.kind])).toEqual([
      ['test.rule', 'warning', meta.prompt, 'role'],
      ['test.rule', 'warning', 'Where does it end?', 'step'],
    ]);
  });
});
