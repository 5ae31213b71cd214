/**
 * The analysis engine: one graph index per run, every rule over it, findings in a stable
 * order, then readiness and health. Pure and deterministic: the same map always gives the
 * same analysis, in the same order.
 *
 * Map rules run once each. Decision rules share one walk over the decisions, in drawing
 * order (as bpmnlint walks the diagram once for all its rules), so each decision is read
 * while it is at hand; their findings come out in map order and point at the decision, so
 * they are counted on the way and never walked again. On a map of thousands of steps,
 * touching every finding object once more costs as much as a rule.
 */
import type { MapDocument } from '../model';
import { createContext, type RuleContext } from './context';
import { answeredOf, healthOf, readinessOf } from './readiness';
import { decisionReporter, mapReporter } from './report';
import type { DecisionRule, MapRule, Rule } from './rule';
import { RULES } from './rules';
import type {
  Analysis,
  DecisionQuestion,
  DecisionReadiness,
  Finding,
  Question,
  Severity,
} from './types';

const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, warning: 1, note: 2 };
const QUESTION_RANK: Record<Question, number> = {
  what: 0,
  who: 1,
  information: 2,
  good: 3,
  change: 4,
  flow: 5,
};

type Answers = Readonly<Record<DecisionQuestion, boolean>>;

/** Findings on each transition (by the graph's number), all and blockers only. */
interface Counts {
  readonly all: Int32Array;
  readonly blockers: Int32Array;
}

/** Analyses a map with every rule of the catalog. */
export function analyzeMap(doc: MapDocument): Analysis {
  return analyzeWith(doc, RULES);
}

/**
 * Analyses a map with the given rules. Rules marked `afterBlockers` run last, once the
 * blockers of all the others are known.
 */
export function analyzeWith(doc: MapDocument, rules: readonly Rule[]): Analysis {
  const ordered = [
    ...rules.filter((r) => !r.afterBlockers),
    ...rules.filter((r) => r.afterBlockers),
  ];
  const mapRules = ordered.filter((r): r is MapRule => r.scope === 'map');
  const decisionRules = ordered.filter((r): r is DecisionRule => r.scope === 'decision');
  // Transitions are numbered in drawing order, as in the graph index.
  const m = doc.transitionOrder.length;
  const counts: Counts = { all: new Int32Array(m), blockers: new Int32Array(m) };
  let blockersKnown = false;
  const ctx = createContext(doc, (id) => {
    if (!blockersKnown)
      throw new Error('blockersOn is only available to rules marked afterBlockers');
    const t = ctx.graph.transitionIndex.get(id);
    return t === undefined ? 0 : counts.blockers[t]!;
  });
  const reported = new Map<Rule, Finding[]>();
  for (const rule of mapRules) {
    if (rule.afterBlockers) continue;
    reported.set(rule, mapFindings(ctx, rule, counts));
  }
  const answered = walkDecisions(
    ctx,
    decisionRules,
    reported,
    counts,
    (on) => (blockersKnown = on),
  );
  blockersKnown = true;
  for (const rule of mapRules) {
    if (rule.afterBlockers) reported.set(rule, mapFindings(ctx, rule, counts));
  }

  // Sized once: a large map has tens of thousands of findings, and growing the list step by
  // step leaves its old copies for the collector.
  let total = 0;
  for (const list of reported.values()) total += list.length;
  const findings = new Array<Finding>(total);
  let at = 0;
  for (const rule of [...reported.keys()].sort(byRank)) {
    const list = reported.get(rule)!;
    for (let i = 0; i < list.length; i++) findings[at++] = list[i]!;
  }
  const readiness: Record<string, DecisionReadiness> = {};
  const list = ctx.decisions.map((t, d) => {
    const at = ctx.indexOf(t);
    return (readiness[t.id] = readinessOf(
      ctx,
      t,
      answered[d]!,
      counts.blockers[at]!,
      counts.all[at]!,
    ));
  });
  const perQuestion: Record<Question, number> = {
    what: 0,
    who: 0,
    information: 0,
    good: 0,
    change: 0,
    flow: 0,
  };
  for (const [rule, found] of reported) perQuestion[rule.question] += found.length;
  return { findings, readiness, health: healthOf(list, perQuestion) };
}

/**
 * Walks the decisions once, in drawing order, handing each to every decision rule (those
 * marked `afterBlockers` last, when the blockers on that decision are all counted), and
 * works out which questions each decision answers. Counts what the rules that count against
 * readiness find on each transition: a decision rule's findings point at its decision, once
 * each.
 */
function walkDecisions(
  ctx: RuleContext,
  rules: readonly DecisionRule[],
  reported: Map<Rule, Finding[]>,
  counts: Counts,
  blockersKnown: (on: boolean) => void,
): Answers[] {
  const lists = rules.map((rule) => {
    const list: Finding[] = [];
    reported.set(rule, list);
    return list;
  });
  // One reporter per rule per run: pointed at each decision in turn, so nothing is allocated
  // per decision but the findings themselves.
  const reporters = rules.map((rule, r) => decisionReporter(rule, lists[r]!));
  const answered: Answers[] = [];
  const decisions = ctx.decisions;
  for (let d = 0; d < decisions.length; d++) {
    const t = decisions[d]!;
    const at = ctx.indexOf(t);
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const list = lists[r]!;
      const reporter = reporters[r]!;
      const before = list.length;
      blockersKnown(rule.afterBlockers === true);
      reporter.at(t);
      rule.check(ctx, t, reporter.report);
      const added = list.length - before;
      if (added === 0 || at < 0 || rule.counts === 'map') continue;
      counts.all[at]! += added;
      if (rule.severity === 'blocker') counts.blockers[at]! += added;
    }
    answered.push(answeredOf(ctx, t));
  }
  blockersKnown(false);
  return answered;
}

/** Rules by severity (blocker, warning, note), then question (the five, then flow), then id. */
function byRank(a: Rule, b: Rule): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    QUESTION_RANK[a.question] - QUESTION_RANK[b.question] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * A map rule's findings by where their first target sits in the map (roles first, then
 * steps in drawing order, then transitions); ties keep the order the rule reported them in.
 * On the way, the findings of a rule that counts against readiness are counted on each
 * transition (no rule names a transition twice in a finding).
 */
function mapFindings(ctx: RuleContext, rule: MapRule, counts: Counts): Finding[] {
  const findings: Finding[] = [];
  rule.check(ctx, mapReporter(rule, findings));
  const g = ctx.graph;
  const blocker = rule.severity === 'blocker';
  // A note about the map is shown on the map and its roles; it holds no decision back.
  const counted = rule.counts === 'readiness';
  const places = new Float64Array(findings.length);
  let sorted = true;
  for (let i = 0; i < findings.length; i++) {
    const targets = findings[i]!.targets;
    let place = -1;
    for (let k = 0; k < targets.length; k++) {
      const target = targets[k]!;
      if (target.kind === 'step') {
        if (k === 0) place = g.stepIndex.get(target.id) ?? -1;
        continue;
      }
      if (target.kind === 'role') continue;
      const t = g.transitionIndex.get(target.id);
      if (t === undefined) continue;
      if (k === 0) place = g.n + t;
      if (!counted) continue;
      counts.all[t]!++;
      if (blocker) counts.blockers[t]!++;
    }
    places[i] = place;
    if (i > 0 && places[i - 1]! > place) sorted = false;
  }
  if (sorted) return findings;
  const order = Array.from(findings, (_, i) => i).sort((a, b) => places[a]! - places[b]! || a - b);
  return order.map((i) => findings[i]!);
}
