/**
 * How rules report what they find. As in bpmnlint, a rule never builds a finding: it calls
 * `report`, and the reporter adds the rule's id, severity, question and prompt and builds the
 * targets. A decision rule's reporter always points first at the decision being checked (the
 * engine counts findings against readiness on that basis), and only steps may follow it.
 */
import type { Transition } from '../model';
import type { Finding, FindingFix, FindingTarget, RuleMeta } from './types';

/** A target that points at a step. */
export type StepTarget = FindingTarget & { readonly kind: 'step' };

/**
 * Reports a finding on the decision being checked: its transition first, with the inspector
 * `field` that fixes it, then any `steps` the finding is also about (e.g. who produces an item);
 * `prompt` replaces the rule's own where it speaks the map's notation.
 */
export type DecisionReport = (
  message: string,
  field: string,
  details?: Readonly<Record<string, unknown>>,
  steps?: readonly StepTarget[],
  prompt?: string,
) => void;

/** What a map rule may add beside its message and details. */
export interface MapReportExtras {
  /** A one-click fix offered beside the finding. */
  readonly fix?: FindingFix;
  /** A question for the room that suits this finding better than the rule's own. */
  readonly prompt?: string;
}

/** Reports a finding about the map's shape or roles, on the elements it names. */
export type MapReport = (
  message: string,
  targets: readonly FindingTarget[],
  details?: Readonly<Record<string, unknown>>,
  extras?: MapReportExtras,
) => void;

/** A finding of `rule`, with the rule's severity, question and prompt. */
function finding(
  rule: RuleMeta,
  message: string,
  targets: readonly FindingTarget[],
  details: Readonly<Record<string, unknown>> | undefined,
  fix: FindingFix | undefined,
  prompt: string = rule.prompt,
): Finding {
  // Always the same keys in the same order: a map can carry thousands of findings, and
  // objects of one shape keep the engine's passes over them fast.
  return {
    rule: rule.id,
    severity: rule.severity,
    question: rule.question,
    message,
    prompt,
    targets,
    details,
    fix,
  };
}

/**
 * A decision rule's reporter, made once per run: `at(t)` names the decision being checked,
 * and every report adds a finding on it to `found`.
 */
export function decisionReporter(
  rule: RuleMeta,
  found: Finding[],
): { readonly report: DecisionReport; at(t: Transition): void } {
  let current: Transition | undefined;
  return {
    at(t) {
      current = t;
    },
    report(message, field, details, steps, prompt) {
      const first = targetsOn(current!, field);
      const targets = steps !== undefined && steps.length > 0 ? first.concat(steps) : first;
      found.push(finding(rule, message, targets, details, undefined, prompt));
    },
  };
}

/** A map rule's reporter: every report adds a finding to `found`. */
export function mapReporter(rule: RuleMeta, found: Finding[]): MapReport {
  return (message, targets, details, extras) => {
    found.push(finding(rule, message, targets, details, extras?.fix, extras?.prompt));
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
export function onStep(stepId: string, field?: string): StepTarget {
  return { kind: 'step', id: stepId as FindingTarget['id'], field };
}
