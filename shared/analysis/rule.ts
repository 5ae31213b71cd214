/**
 * The shape of a rule: its metadata (id, severity, question, the article's sentence, the
 * prompt for the room) and a check over the prepared context. One rule per file in
 * `rules/`, named by its id.
 */
import type { Transition } from '../model';
import type { RuleContext } from './context';
import type { Finding, FindingFix, FindingTarget, RuleMeta } from './types';

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
  check(ctx: RuleContext): Finding[];
}

/**
 * A rule about one decision. As in bpmnlint, the engine walks the decisions once, in
 * drawing order, and hands each to every decision rule while its data is at hand; the rule
 * adds what it finds to `found`. Each finding must point first at the decision's transition
 * and at no other transition (steps may follow): the engine counts them on that basis.
 */
export interface DecisionRule extends RuleBase {
  readonly scope: 'decision';
  check(ctx: RuleContext, transition: Transition, found: Finding[]): void;
}

export type Rule = MapRule | DecisionRule;

/** A finding of `rule`, with the rule's severity, question and prompt. */
export function finding(
  rule: RuleMeta,
  message: string,
  targets: readonly FindingTarget[],
  details?: Readonly<Record<string, unknown>>,
  fix?: FindingFix,
): Finding {
  // Always the same keys in the same order: a map can carry thousands of findings, and
  // objects of one shape keep the engine's passes over them fast.
  return {
    rule: rule.id,
    severity: rule.severity,
    question: rule.question,
    message,
    prompt: rule.prompt,
    targets,
    details,
    fix,
  };
}

/** A target pointing at a transition's decision, and the inspector field that fixes it. */
export function onTransition(t: Transition, field?: string): FindingTarget {
  return { kind: 'transition', id: t.id, field };
}

const targetLists = new WeakMap<Transition, Map<string | undefined, readonly FindingTarget[]>>();

/**
 * `[onTransition(t, field)]`, the same (frozen) list every time for the same transition.
 * Transitions are immutable and an edit replaces only the ones it changes, so on a large
 * map most findings share their targets with the previous run instead of allocating them
 * again — which is what keeps re-analysis of thousands of steps from growing faster than
 * the map (garbage collection, not rules, dominates there).
 */
export function targetsOn(t: Transition, field?: string): readonly FindingTarget[] {
  let byField = targetLists.get(t);
  if (byField === undefined) {
    byField = new Map();
    targetLists.set(t, byField);
  }
  let list = byField.get(field);
  if (list === undefined) {
    list = Object.freeze([Object.freeze(onTransition(t, field))]);
    byField.set(field, list);
  }
  return list;
}

/** A target pointing at a role: a map-level note about it, and the field that fixes it. */
export function onRole(roleId: string, field?: string): FindingTarget {
  return { kind: 'role', id: roleId as FindingTarget['id'], field };
}

/** A target pointing at a step, and the inspector field that fixes it. */
export function onStep(stepId: string, field?: string): FindingTarget {
  return { kind: 'step', id: stepId as FindingTarget['id'], field };
}

/** "Legal, Brand and CMO"; long lists end with "and 4 more". */
export function listOf(names: readonly string[], max = 5): string {
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : names;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * The list without repeats, first occurrence first. Decisions name a handful of roles or
 * items, so a nested loop beats a Set, and a list without repeats is returned as it is.
 */
export function distinct<T>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return [...new Set(list)];
  }
  return list;
}

/** Quotes a label the way messages show element names. */
export const q = (label: string): string => `“${label}”`;
