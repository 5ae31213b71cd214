/**
 * Seeded random map documents that are valid by the file format's rules (unique ids, every
 * reference resolving, arrows between two different steps) but otherwise as awkward as we
 * can make them: every kind and channel, empty and odd text, fractional coordinates, ids
 * with spaces and non-ASCII, records whose key order differs from the drawing order.
 */
import {
  CHANNELS,
  ROLE_KINDS,
  NOTATIONS,
  STAGES,
  STEP_KINDS,
  TRANSITION_KINDS,
  type Decision,
  type InformationId,
  type InformationItem,
  type MapDocument,
  type MapId,
  type ParkingLotItem,
  type Role,
  type RoleId,
  type Step,
  type StepId,
  type Transition,
  type TransitionId,
} from '../../../shared/model';
import { makeRng, type Rng } from '../../support/randomOps';

const TEXTS = [
  '',
  'Draft brief',
  'Is the brief complete enough to review?',
  'Ünïcödé — “quotes” and ‘apostrophes’',
  'emoji 🚀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'line one\nline two\ttabbed',
  'quote " backslash \\ slash /',
  'separators \u2028 \u2029 and NUL-like \u0001',
  '   leading and trailing spaces   ',
  '<script>alert(1)</script>',
];

const ID_TAILS = ['', ' with space', '-é', '"q"', '/slash', '.dot', '🚀'];

export interface RandomDocSize {
  readonly steps?: number;
  readonly transitions?: number;
  readonly roles?: number;
  readonly information?: number;
}

function text(rng: Rng): string {
  return rng.chance(0.7) ? rng.pick(TEXTS) : `text ${rng.int(0, 1_000_000)}`;
}

function subset<T>(rng: Rng, items: readonly T[], max: number): T[] {
  const out = new Set<T>();
  if (items.length === 0) return [];
  for (let i = rng.int(0, max); i > 0; i--) out.add(rng.pick(items));
  return [...out];
}

function coordinate(rng: Rng): number {
  const whole = rng.int(-50_000, 50_000);
  return rng.chance(0.3) ? whole + rng.int(1, 3) / 4 : whole;
}

function hours(rng: Rng): number | null {
  if (rng.chance(0.4)) return null;
  return rng.chance(0.5) ? rng.int(0, 500) : rng.int(1, 400) / 8;
}

function decision(rng: Rng, roles: readonly RoleId[], info: readonly InformationId[]): Decision {
  return {
    automatic: rng.chance(0.15),
    question: text(rng),
    deciders: subset(rng, roles, 2),
    consulted: subset(rng, roles, 3),
    approvers: subset(rng, roles, 3),
    recommenders: subset(rng, roles, 2),
    informed: subset(rng, roles, 3),
    requires: subset(rng, info, 3),
    criteria: Array.from({ length: rng.int(0, 3) }, () => text(rng)),
    ifNotMet: text(rng),
    onChange: text(rng),
    targetHours: hours(rng),
    observedHours: hours(rng),
  };
}

/** Shuffles a copy (Fisher–Yates) so record key order differs from drawing order. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A random valid map from a seed; sizes default to small random counts. */
export function randomDoc(seed: number, size: RandomDocSize = {}): MapDocument {
  const rng = makeRng(seed);
  let n = 0;
  const id = (prefix: string) => `${prefix}${n++}${rng.chance(0.2) ? rng.pick(ID_TAILS) : ''}`;

  const roles: Role[] = Array.from({ length: size.roles ?? rng.int(0, 6) }, () => ({
    id: id('r-') as RoleId,
    name: text(rng),
    kind: rng.pick(ROLE_KINDS),
  }));
  const information: InformationItem[] = Array.from(
    { length: size.information ?? rng.int(0, 8) },
    () => ({
      id: id('i-') as InformationId,
      name: text(rng),
      external: rng.chance(0.3),
    }),
  );
  const roleIds = roles.map((r) => r.id);
  const infoIds = information.map((i) => i.id);
  const steps: Step[] = Array.from({ length: size.steps ?? rng.int(0, 15) }, () => ({
    id: id('s-') as StepId,
    label: text(rng),
    kind: rng.pick(STEP_KINDS),
    performer: roleIds.length > 0 && rng.chance(0.7) ? rng.pick(roleIds) : null,
    produces: subset(rng, infoIds, 2),
    notes: text(rng),
    position: { x: coordinate(rng), y: coordinate(rng) },
  }));
  const transitions: Transition[] = [];
  const transitionCount = steps.length < 2 ? 0 : (size.transitions ?? rng.int(0, 20));
  for (let i = 0; i < transitionCount; i++) {
    const from = rng.pick(steps).id;
    let to = rng.pick(steps).id;
    while (to === from) to = rng.pick(steps).id;
    transitions.push({
      id: id('t-') as TransitionId,
      from,
      to,
      label: text(rng),
      kind: rng.pick(TRANSITION_KINDS),
      channel: rng.pick(CHANNELS),
      decision: decision(rng, roleIds, infoIds),
    });
  }
  const targets = [...steps.map((s) => s.id as string), ...transitions.map((t) => t.id as string)];
  const parkingLot: ParkingLotItem[] = Array.from({ length: rng.int(0, 4) }, () => ({
    id: id('p-'),
    // A parked question is never empty, in the app or in a file.
    text: text(rng) || 'Who decides this?',
    target: targets.length > 0 && rng.chance(0.7) ? rng.pick(targets) : null,
  }));
  return {
    info: {
      id: `m-${seed}` as MapId,
      name: `Map ${seed} ${text(rng)}`,
      purpose: text(rng),
      stage: rng.pick(STAGES),
      derivedFrom: rng.chance(0.3) ? (`m-asis-${seed}` as MapId) : null,
      notation: rng.pick(NOTATIONS),
    },
    steps: Object.fromEntries(shuffled(rng, steps).map((s) => [s.id, s])),
    stepOrder: steps.map((s) => s.id),
    transitions: Object.fromEntries(shuffled(rng, transitions).map((t) => [t.id, t])),
    transitionOrder: transitions.map((t) => t.id),
    roles: Object.fromEntries(roles.map((r) => [r.id, r])),
    information: Object.fromEntries(information.map((i) => [i.id, i])),
    parkingLot,
    votes: randomVotes(seed, targets),
  };
}

const RULE_IDS = ['owner.missing', 'criteria.vague', 'flow.rework-loop', 'time.slow-decision'];

/**
 * Dot votes on findings about some of the map's elements, from a generator of their own so
 * that the rest of each seed's map stays as it was before maps had votes.
 */
function randomVotes(seed: number, targets: readonly string[]): Record<string, number> {
  const rng = makeRng(seed * 7919 + 13);
  if (targets.length === 0 || rng.chance(0.4)) return {};
  const votes: Record<string, number> = {};
  for (let i = rng.int(1, 4); i > 0; i--) {
    votes[`${rng.pick(RULE_IDS)}:${rng.pick(targets)}`] = rng.int(1, 12);
  }
  return votes;
}
