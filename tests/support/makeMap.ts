/**
 * Builds map documents tersely for tests: name only what the test is about, the rest gets
 * plain defaults. Elements keep the order given, as the reducer would have appended them.
 */
import {
  emptyDecision,
  emptyMap,
  type Decision,
  type InformationItem,
  type MapDocument,
  type MapId,
  type ParkingLotItem,
  type Role,
  type Step,
  type StepId,
  type Transition,
  type TransitionId,
} from '../../shared/model';

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

export function makeStep(id: string, fields: Writable<Omit<Step, 'id'>> = {}): Step {
  return {
    id: id as StepId,
    label: fields.label ?? `Step ${id}`,
    kind: fields.kind ?? 'task',
    performer: fields.performer ?? null,
    produces: fields.produces ?? [],
    notes: fields.notes ?? '',
    position: fields.position ?? { x: 0, y: 0 },
  };
}

export function makeTransition(
  id: string,
  from: string,
  to: string,
  fields: Writable<Omit<Transition, 'id' | 'from' | 'to' | 'decision'>> & {
    decision?: Partial<Decision>;
  } = {},
): Transition {
  return {
    id: id as TransitionId,
    from: from as StepId,
    to: to as StepId,
    label: fields.label ?? '',
    kind: fields.kind ?? 'forward',
    channel: fields.channel ?? 'unknown',
    decision: { ...emptyDecision, ...fields.decision },
  };
}

export interface MapSpec {
  readonly id?: string;
  readonly name?: string;
  readonly steps?: readonly Step[];
  readonly transitions?: readonly Transition[];
  readonly roles?: readonly Role[];
  readonly information?: readonly InformationItem[];
  readonly parkingLot?: readonly ParkingLotItem[];
  readonly votes?: Readonly<Record<string, number>>;
}

export function makeMap(spec: MapSpec = {}): MapDocument {
  const base = emptyMap((spec.id ?? 'map-1') as MapId, spec.name ?? 'Test map');
  const steps = spec.steps ?? [];
  const transitions = spec.transitions ?? [];
  return {
    ...base,
    steps: Object.fromEntries(steps.map((s) => [s.id, s])),
    stepOrder: steps.map((s) => s.id),
    transitions: Object.fromEntries(transitions.map((t) => [t.id, t])),
    transitionOrder: transitions.map((t) => t.id),
    roles: Object.fromEntries((spec.roles ?? []).map((r) => [r.id, r])),
    information: Object.fromEntries((spec.information ?? []).map((i) => [i.id, i])),
    parkingLot: spec.parkingLot ?? [],
    votes: spec.votes ?? {},
  };
}

/**
 * A map in a form where element order does not matter: undo of a removal re-appends
 * elements, so "the same map" after undo means the same elements, not the same order.
 */
export function canonical(doc: MapDocument): unknown {
  return {
    ...doc,
    stepOrder: [...doc.stepOrder].sort(),
    transitionOrder: [...doc.transitionOrder].sort(),
  };
}
