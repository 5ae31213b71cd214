/**
 * What every rule sees: the map, the graph index built once for the run, and helpers that
 * name elements the way the room does ("Brief review → Creative").
 */
import { stepList, transitionList, type MapDocument, type Step, type Transition } from '../model';
import { buildAvailability, type AvailabilityIndex } from './availability';
import { buildGraph, type GraphIndex } from './graph';
import { MISSING_STEP, stepName } from '../names';
import type { Availability, Requirement } from './types';
import { distinct } from './words';
import { NO_MATCHES, vagueCriterion, type VagueMatch } from './vague';

export interface RuleContext {
  readonly doc: MapDocument;
  readonly graph: GraphIndex;
  /** Steps and transitions in drawing order (index i matches the graph's numbering). */
  readonly steps: readonly Step[];
  readonly transitions: readonly Transition[];
  /**
   * Transitions that carry a decision, in drawing order: every transition not marked
   * automatic, whatever its kind. A send-back or an escalation is a decision too ("who may
   * send this back, and on what grounds?"), so the decision rules apply to them alike.
   */
  readonly decisions: readonly Transition[];
  /** The step's label, or "Untitled review" when the room has not named it yet. */
  stepLabel(stepId: string): string;
  /** “Brief review → Creative”, quoted as messages show it (built once per transition). */
  transitionLabel(transition: Transition): string;
  /** The graph's number for a transition of this map (-1 if it is not one). */
  indexOf(transition: Transition): number;
  roleName(roleId: string): string;
  itemName(itemId: string): string;
  /** Whether an item is available at a step: pass a transition's source, where its decision is made. */
  availability(stepId: string, itemId: string): Availability;
  /** Steps (ids) that produce the item, in drawing order. */
  producersOf(itemId: string): readonly string[];
  /** The distinct items a decision requires, with their availability (computed once per run). */
  requirements(transition: Transition): readonly Requirement[];
  /**
   * For each criterion of a decision, its vague phrases when nothing in it is checkable; an
   * empty list when no criterion is vague. Worked out once per run.
   */
  vagueCriteria(transition: Transition): readonly (readonly VagueMatch[])[];
  /**
   * Blocker findings that point at a transition. Only rules marked `afterBlockers` may ask.
   * A decision rule gets the complete count for the decision it is checking (it runs after
   * the other rules on that decision); a map rule, for any transition.
   */
  blockersOn(transitionId: string): number;
}

const NOTHING_VAGUE: readonly (readonly VagueMatch[])[] = Object.freeze([]);

/**
 * Builds the context of one analysis run. The graph index is built here, once; the
 * availability sets are built on first use.
 */
export function createContext(
  doc: MapDocument,
  blockersOn: (transitionId: string) => number = () => {
    throw new Error('blockersOn is only available to rules marked afterBlockers');
  },
): RuleContext {
  const steps = stepList(doc);
  const transitions = transitionList(doc);
  const graph = buildGraph(doc, steps, transitions);
  let availability: AvailabilityIndex | undefined;
  const avail = (): AvailabilityIndex => (availability ??= buildAvailability(doc, graph, steps));

  // Labels, requirements and vague criteria are asked for by several rules and by
  // readiness: each is worked out once per run, in arrays by the graph's numbering; a
  // transition's step labels come through the graph's numbers, not look-ups by id.

  // Rules ask about the decisions in drawing order, each many times in a row: try the last
  // transition asked about and the few after it before looking its id up.
  let lastIndex = -1;
  const indexOf = (t: Transition): number => {
    for (let i = Math.max(lastIndex, 0); i < lastIndex + 4 && i < transitions.length; i++) {
      if (transitions[i] === t) return (lastIndex = i);
    }
    const i = graph.transitionIndex.get(t.id);
    if (i === undefined || transitions[i] !== t) return -1;
    return (lastIndex = i);
  };
  const stepLabels = new Array<string | undefined>(graph.n);
  const labelAt = (i: number): string => {
    let label = stepLabels[i];
    if (label === undefined) {
      const step = steps[i]!;
      label = stepName(step);
      stepLabels[i] = label;
    }
    return label;
  };
  const stepLabel = (stepId: string): string => {
    const i = graph.stepIndex.get(stepId);
    return i === undefined ? MISSING_STEP : labelAt(i);
  };
  const transitionLabels = new Array<string | undefined>(graph.m);
  const requirements = new Array<readonly Requirement[] | undefined>(graph.m);
  const vague = new Array<readonly (readonly VagueMatch[])[] | undefined>(graph.m);
  const producers = new Map<string, readonly string[]>();
  const availabilityAt = (stepId: string, itemId: string): Availability =>
    avail().at(graph.stepIndex.get(stepId) ?? -1, itemId);
  return {
    doc,
    graph,
    steps,
    transitions,
    decisions: transitions.filter((t) => !t.decision.automatic),
    stepLabel,
    transitionLabel(t) {
      const i = indexOf(t);
      let label = transitionLabels[i];
      if (label === undefined) {
        const from =
          i >= 0 && graph.source[i]! >= 0 ? labelAt(graph.source[i]!) : stepLabel(t.from);
        const to = i >= 0 && graph.target[i]! >= 0 ? labelAt(graph.target[i]!) : stepLabel(t.to);
        label = `“${from} → ${to}”`;
        if (i >= 0) transitionLabels[i] = label;
      }
      return label;
    },
    indexOf,
    roleName: (id) => doc.roles[id]?.name.trim() || 'an unnamed role',
    itemName: (id) => doc.information[id]?.name.trim() || 'an unnamed item',
    availability: availabilityAt,
    producersOf(itemId) {
      let ids = producers.get(itemId);
      if (ids === undefined) {
        ids = avail()
          .producers(itemId)
          .map((v) => graph.stepIds[v]!);
        producers.set(itemId, ids);
      }
      return ids;
    },
    requirements(t) {
      const i = indexOf(t);
      let list = requirements[i];
      if (list === undefined) {
        const at = i >= 0 ? graph.source[i]! : -1;
        const index = avail();
        list = distinct(t.decision.requires).map((item) => ({
          item,
          availability: index.at(at, item),
        }));
        if (i >= 0) requirements[i] = list;
      }
      return list;
    },
    vagueCriteria(t) {
      const i = indexOf(t);
      let found = vague[i];
      if (found === undefined) {
        // Most decisions have no vague criterion: they share one empty answer.
        const criteria = t.decision.criteria;
        let each: (readonly VagueMatch[])[] | undefined;
        for (let k = 0; k < criteria.length; k++) {
          const matches = vagueCriterion(criteria[k]!);
          if (matches.length === 0) continue;
          each ??= new Array<readonly VagueMatch[]>(criteria.length).fill(NO_MATCHES);
          each[k] = matches;
        }
        found = each ?? NOTHING_VAGUE;
        if (i >= 0) vague[i] = found;
      }
      return found;
    },
    blockersOn,
  };
}

/**
 * Availability of a required item at a transition, as the inspector shows it. Pass a
 * context from `createContext(doc)` (build it once per map version, not per item). A
 * transition that is not in the map has no source step, so its items are "not upstream".
 */
export function availabilityOf(
  ctx: RuleContext,
  transitionId: string,
  itemId: string,
): Availability {
  return ctx.availability(ctx.doc.transitions[transitionId]?.from ?? '', itemId);
}
