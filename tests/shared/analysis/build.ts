/**
 * Terse maps for the analysis tests, on top of the shared `tests/support/makeMap.ts`:
 *
 *   buildMap({
 *     roles: [['r-cmo', 'CMO', 'person']],
 *     info: [['i-brief', 'Brief'], ['i-guide', 'Brand guide', true]],
 *     steps: [['a', 'start', 'Request'], ['b', 'task', 'Draft', { produces: ['i-brief'] }]],
 *     transitions: [['t1', 'a', 'b', { decision: { deciders: ['r-cmo'] } }]],
 *   })
 *
 * A step's label defaults to its id. `CLEAN` is a small map on which no rule fires; tests
 * change one thing in it (`withDecision`, `withTransition`, `withStep`) and look at one rule.
 */
import { expect } from 'vitest';
import { analyzeMap } from '../../../shared/analysis/engine';
import { RULES } from '../../../shared/analysis/rules';
import type { Finding, FindingTarget } from '../../../shared/analysis/types';
import type {
  Decision,
  InformationId,
  MapDocument,
  RoleId,
  RoleKind,
  StepKind,
  Transition,
  Step,
} from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

type StepExtra = { performer?: string; produces?: readonly string[] };
type TransitionExtra = {
  kind?: Transition['kind'];
  channel?: Transition['channel'];
  label?: string;
  decision?: Partial<Decision>;
};

export interface Spec {
  readonly roles?: readonly (readonly [string, string, RoleKind?])[];
  readonly info?: readonly (readonly [string, string, boolean?])[];
  readonly steps: readonly (readonly [string, StepKind, string?, StepExtra?])[];
  readonly transitions?: readonly (readonly [string, string, string, TransitionExtra?])[];
}

/** A map document from a terse spec. */
export function buildMap(spec: Spec): MapDocument {
  return makeMap({
    roles: (spec.roles ?? []).map(([id, name, kind]) => ({
      id: id as RoleId,
      name,
      kind: kind ?? 'person',
    })),
    information: (spec.info ?? []).map(([id, name, external]) => ({
      id: id as InformationId,
      name,
      external: external ?? false,
    })),
    steps: spec.steps.map(([id, kind, label, extra]) =>
      makeStep(id, {
        kind,
        label: label ?? id,
        performer: (extra?.performer ?? null) as RoleId | null,
        produces: (extra?.produces ?? []) as InformationId[],
      }),
    ),
    transitions: (spec.transitions ?? []).map(([id, from, to, extra]) =>
      makeTransition(id, from, to, {
        kind: extra?.kind ?? 'forward',
        channel: extra?.channel ?? 'system',
        label: extra?.label ?? '',
        decision: extra?.decision ?? {},
      }),
    ),
  });
}

/** A decision that answers all five questions well; set `deciders` and `requires`. */
export function answered(patch: Partial<Decision> = {}): Partial<Decision> {
  return {
    question: 'Is it complete enough to move on?',
    criteria: ['Budget, audience and launch date are filled in'],
    onChange: 'Scope changes go back to the marketing lead, who decides again.',
    ifNotMet: 'Back to the drafter with the missing fields.',
    ...patch,
  };
}

export const ROLES: Spec['roles'] = [
  ['r-cmo', 'CMO', 'person'],
  ['r-lead', 'Marketing lead', 'role'],
  ['r-legal', 'Legal', 'person'],
  ['r-team', 'Marketing team', 'group'],
];
export const INFO: Spec['info'] = [
  ['i-brief', 'Campaign brief'],
  ['i-guide', 'Brand guidelines', true],
];

/** Request → Draft brief → Brief review → Launched; every decision answered; no findings. */
export const CLEAN: MapDocument = buildMap({
  roles: ROLES,
  info: INFO,
  steps: [
    ['s', 'start', 'Request'],
    ['d', 'task', 'Draft brief', { produces: ['i-brief'] }],
    ['r', 'review', 'Brief review'],
    ['e', 'end', 'Launched'],
  ],
  transitions: [
    ['t1', 's', 'd', { decision: { automatic: true } }],
    [
      't2',
      'd',
      'r',
      {
        decision: answered({
          deciders: ['r-lead'] as RoleId[],
          requires: ['i-brief'] as InformationId[],
        }),
      },
    ],
    [
      't3',
      'r',
      'e',
      {
        decision: answered({
          deciders: ['r-cmo'] as RoleId[],
          requires: ['i-brief', 'i-guide'] as InformationId[],
        }),
      },
    ],
  ],
});

/** The map with one transition's decision patched. Ids in the patch may be plain strings. */
export function withDecision(
  doc: MapDocument,
  id: string,
  patch: {
    [K in keyof Decision]?: Decision[K] extends readonly unknown[]
      ? readonly string[]
      : Decision[K];
  },
): MapDocument {
  const t = doc.transitions[id]!;
  const decision = { ...t.decision, ...patch } as Decision;
  return { ...doc, transitions: { ...doc.transitions, [id]: { ...t, decision } } };
}

/** The map with one transition patched (kind, channel, ends). */
export function withTransition(
  doc: MapDocument,
  id: string,
  patch: Partial<Transition>,
): MapDocument {
  return {
    ...doc,
    transitions: { ...doc.transitions, [id]: { ...doc.transitions[id]!, ...patch } },
  };
}

/** The map with one step patched. */
export function withStep(
  doc: MapDocument,
  id: string,
  patch: Partial<Step> | { produces: readonly string[] },
): MapDocument {
  return { ...doc, steps: { ...doc.steps, [id]: { ...doc.steps[id]!, ...patch } as Step } };
}

/** The map with more steps and transitions appended (same tuple form as `buildMap`). */
export function extend(doc: MapDocument, spec: Partial<Spec>): MapDocument {
  const more = buildMap({ steps: spec.steps ?? [], transitions: spec.transitions ?? [] });
  return {
    ...doc,
    steps: { ...doc.steps, ...more.steps },
    stepOrder: [...doc.stepOrder, ...more.stepOrder],
    transitions: { ...doc.transitions, ...more.transitions },
    transitionOrder: [...doc.transitionOrder, ...more.transitionOrder],
  };
}

/** The map with more information items (`[id, name, external?]`). */
export function withInfo(doc: MapDocument, ...items: NonNullable<Spec['info']>): MapDocument {
  const more = buildMap({ steps: [], info: items });
  return { ...doc, information: { ...doc.information, ...more.information } };
}

/** The findings of one rule on a map (through the whole engine). */
export function findingsOf(rule: string, doc: MapDocument): Finding[] {
  return analyzeMap(doc).findings.filter((f) => f.rule === rule);
}

/** What a failing case expects of each finding: where it points, and words its message says. */
export interface Expected {
  readonly targets: readonly FindingTarget[];
  readonly says?: readonly string[];
  readonly details?: Readonly<Record<string, unknown>>;
  /** The prompt, when this finding asks the room something other than the rule's prompt. */
  readonly prompt?: string;
}

/** Asserts the rule's findings on the map, one by one, in order. */
export function expectFindings(
  rule: string,
  doc: MapDocument,
  expected: readonly Expected[],
): void {
  const meta = RULES.find((r) => r.id === rule)!;
  const found = findingsOf(rule, doc);
  expect(found.map((f) => f.targets)).toEqual(expected.map((e) => e.targets));
  found.forEach((f, i) => {
    const e = expected[i]!;
    expect(f).toMatchObject({
      rule,
      severity: meta.severity,
      question: meta.question,
      prompt: e.prompt ?? meta.prompt,
    });
    for (const words of e.says ?? []) expect(f.message).toContain(words);
    if (e.details !== undefined) expect(f.details).toMatchObject(e.details);
    expect(f.message).not.toMatch(/\b(node|edge|vertex)\b/i);
  });
}

/** A target on a transition, optionally with the field that fixes it. */
export const onT = (id: string, field?: string): FindingTarget =>
  (field === undefined
    ? { kind: 'transition', id }
    : { kind: 'transition', id, field }) as FindingTarget;
/** A target on a role, optionally with the field that fixes it. */
export const onR = (id: string, field?: string): FindingTarget =>
  (field === undefined ? { kind: 'role', id } : { kind: 'role', id, field }) as FindingTarget;
/** A target on a step, optionally with the field that fixes it. */
export const onS = (id: string, field?: string): FindingTarget =>
  (field === undefined ? { kind: 'step', id } : { kind: 'step', id, field }) as FindingTarget;
