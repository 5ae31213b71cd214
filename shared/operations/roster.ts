/**
 * References from steps and decisions to the roster (roles and information items), and how
 * they change when an entry of the roster is removed or merged into another. Shared by the
 * reducer, which applies the rewrite, and by invert, which restores what it changed.
 */
import type {
  InformationId,
  MapDocument,
  RoleId,
  Step,
  StepId,
  Transition,
  TransitionId,
} from '../model';

/** The steps and transitions after a rewrite, and which of them changed, in drawing order. */
export interface Rewritten {
  /** The same record as the map's when no step changed. */
  readonly steps: Readonly<Record<string, Step>>;
  readonly transitions: Readonly<Record<string, Transition>>;
  readonly stepIds: readonly StepId[];
  readonly transitionIds: readonly TransitionId[];
}

/**
 * `list` with `from` replaced by `into`, which then appears once, at the first place either
 * held; with `into` null, `from` is dropped. The same array when `from` is not in it, so
 * callers can tell by identity whether anything changed.
 */
export function swapInList<T extends string>(
  list: readonly T[],
  from: T,
  into: T | null,
): readonly T[] {
  if (!list.includes(from)) return list;
  if (into === null) return list.filter((id) => id !== from);
  const out: T[] = [];
  for (const id of list) {
    const next: T = id === from ? into : id;
    if (next !== into || !out.includes(into)) out.push(next);
  }
  return out;
}

function rewrite(
  doc: MapDocument,
  fixStep: (step: Step) => Step,
  fixTransition: (transition: Transition) => Transition,
): Rewritten {
  let steps: Record<string, Step> | null = null;
  const stepIds: StepId[] = [];
  for (const id of doc.stepOrder) {
    const step = doc.steps[id]!;
    const fixed = fixStep(step);
    if (fixed === step) continue;
    (steps ??= { ...doc.steps })[id] = fixed;
    stepIds.push(id);
  }
  let transitions: Record<string, Transition> | null = null;
  const transitionIds: TransitionId[] = [];
  for (const id of doc.transitionOrder) {
    const transition = doc.transitions[id]!;
    const fixed = fixTransition(transition);
    if (fixed === transition) continue;
    (transitions ??= { ...doc.transitions })[id] = fixed;
    transitionIds.push(id);
  }
  return {
    steps: steps ?? doc.steps,
    transitions: transitions ?? doc.transitions,
    stepIds,
    transitionIds,
  };
}

/**
 * Every reference to role `from` (performers, deciders, consulted, approvers,
 * recommenders, informed) pointed at
 * `into` instead, or removed when `into` is null (a performer becomes null).
 */
export function replaceRole(doc: MapDocument, from: RoleId, into: RoleId | null): Rewritten {
  return rewrite(
    doc,
    (step) => (step.performer === from ? { ...step, performer: into } : step),
    (t) => {
      const d = t.decision;
      const deciders = swapInList(d.deciders, from, into);
      const consulted = swapInList(d.consulted, from, into);
      const approvers = swapInList(d.approvers, from, into);
      const recommenders = swapInList(d.recommenders, from, into);
      const informed = swapInList(d.informed, from, into);
      if (
        deciders === d.deciders &&
        consulted === d.consulted &&
        approvers === d.approvers &&
        recommenders === d.recommenders &&
        informed === d.informed
      ) {
        return t;
      }
      return { ...t, decision: { ...d, deciders, consulted, approvers, recommenders, informed } };
    },
  );
}

/**
 * Every reference to information item `from` (steps' produces, decisions' requires) pointed
 * at `into` instead, or removed when `into` is null.
 */
export function replaceInformation(
  doc: MapDocument,
  from: InformationId,
  into: InformationId | null,
): Rewritten {
  return rewrite(
    doc,
    (step) => {
      const produces = swapInList(step.produces, from, into);
      return produces === step.produces ? step : { ...step, produces };
    },
    (t) => {
      const requires = swapInList(t.decision.requires, from, into);
      return requires === t.decision.requires ? t : { ...t, decision: { ...t.decision, requires } };
    },
  );
}
