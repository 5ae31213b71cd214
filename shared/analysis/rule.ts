/**
 * The shape of a rule: its metadata (id, severity, question, the article's sentence, the
 * prompt for the room) and a check over the prepared context that reports what it finds
 * (`report.ts`). One rule per file in `rules/`, named by its id.
 */
import type { Transition } from '../model';
import type { RuleContext } from './context';
import type { DecisionReport, MapReport } from './report';
import type { RuleMeta } from './types';

interface RuleBase extends RuleMeta {
  /**
   * Set when the check reads `ctx.blockersOn`: the engine runs such rules after the others
   * (a decision rule, after the others on the same decision), so the blockers it counts
   * are complete.
   */
  readonly afterBlockers?: boolean;
}

/** A rule about the map as a whole (its shape, its roles): checked once per run. */
export interface MapRule extends RuleBase {
  readonly scope: 'map';
  check(ctx: RuleContext, report: MapReport): void;
}

/**
 * A rule about one decision. As in bpmnlint, the engine walks the decisions once, in
 * drawing order, and hands each to every decision rule while its data is at hand; the rule
 * reports what it finds, and the reporter points each finding at that decision first.
 */
export interface DecisionRule extends RuleBase {
  readonly scope: 'decision';
  check(ctx: RuleContext, transition: Transition, report: DecisionReport): void;
}

export type Rule = MapRule | DecisionRule;
