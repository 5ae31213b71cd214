/**
 * Random but valid edit sequences from a seed, for property tests: each operation is
 * generated against the map as the previous ones left it, so the whole sequence applies
 * cleanly. Ids of removed elements are sometimes reused, which is the awkward case for
 * keeping drawing order in the database. Roles and information items are added, renamed,
 * removed and merged too, and steps and decisions refer only to ones the map has. Questions
 * are parked, reworded, re-attached and removed, and findings get dot votes.
 */
import {
  CHANNELS,
  ROLE_KINDS,
  STEP_KINDS,
  TRANSITION_KINDS,
  type InformationId,
  type MapDocument,
  type RoleId,
} from '../../shared/model';
import { applyOperation } from '../../shared/operations/apply';
import type { Operation } from '../../shared/operations/types';
import { makeStep, makeTransition } from './makeMap';

/** mulberry32: tiny, fast, and good enough to shuffle test inputs reproducibly. */
export function makeRng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)]!;
  };
  return { next, int, pick, chance: (p: number) => next() < p };
}

export type Rng = ReturnType<typeof makeRng>;

function connectable(doc: MapDocument, rng: Rng): [string, string] | null {
  if (doc.stepOrder.length < 2) return null;
  const from = rng.pick(doc.stepOrder);
  const to = rng.pick(doc.stepOrder.filter((id) => id !== from));
  return [from, to];
}

/** Up to `max` entries of `items`, sometimes repeated (people name a role twice). */
function someOf<T>(rng: Rng, items: readonly T[], max: number): T[] {
  if (items.length === 0) return [];
  return Array.from({ length: rng.int(0, max) }, () => rng.pick(items));
}

type NewId = (prefix: string) => string;

/** An edit of the roster: add, update, remove or merge a role or an information item. */
function rosterOperation(doc: MapDocument, rng: Rng, newId: NewId): Operation {
  const roll = rng.next();
  if (rng.chance(0.5)) {
    const roles = Object.keys(doc.roles) as RoleId[];
    if (roles.length < 2 || roll < 0.4) {
      const role = {
        id: newId('r') as RoleId,
        name: `Role ${rng.int(0, 99)}`,
        kind: rng.pick(ROLE_KINDS),
      };
      return { type: 'role/add', role };
    }
    if (roll < 0.6) {
      return {
        type: 'role/update',
        id: rng.pick(roles),
        patch: rng.chance(0.5)
          ? { name: `Renamed role ${rng.int(0, 99)}` }
          : { kind: rng.pick(ROLE_KINDS) },
      };
    }
    const from = rng.pick(roles);
    if (roll < 0.8) return { type: 'role/remove', id: from };
    return { type: 'role/merge', from, into: rng.pick(roles.filter((id) => id !== from)) };
  }
  const items = Object.keys(doc.information) as InformationId[];
  if (items.length < 2 || roll < 0.4) {
    const item = {
      id: newId('i') as InformationId,
      name: `Item ${rng.int(0, 99)}`,
      external: rng.chance(0.2),
    };
    return { type: 'information/add', item };
  }
  if (roll < 0.6) {
    return {
      type: 'information/update',
      id: rng.pick(items),
      patch: rng.chance(0.5)
        ? { name: `Renamed item ${rng.int(0, 99)}` }
        : { external: rng.chance(0.5) },
    };
  }
  const from = rng.pick(items);
  if (roll < 0.8) return { type: 'information/remove', id: from };
  return { type: 'information/merge', from, into: rng.pick(items.filter((id) => id !== from)) };
}

const VOTED_RULES = ['owner.missing', 'criteria.missing', 'flow.dead-end', 'gate.no-stop'];

/**
 * An edit of the map's own row: park a question (about a step, an arrow or the map),
 * reword or re-attach one, take one away, or set a finding's dot votes (0 clears them).
 */
function mapRowOperation(doc: MapDocument, rng: Rng, newId: NewId): Operation {
  const targets = [...doc.stepOrder, ...doc.transitionOrder];
  const target = () => (targets.length > 0 && rng.chance(0.7) ? rng.pick(targets) : null);
  const parked = doc.parkingLot.map((p) => p.id);
  const roll = rng.next();
  if (roll < 0.3 || (roll < 0.6 && parked.length === 0)) {
    const item = { id: newId('p'), text: `Open question ${rng.int(0, 999)}`, target: target() };
    return { type: 'parking/add', item };
  }
  if (roll < 0.45) {
    const patch = rng.chance(0.5) ? { text: `Reworded ${rng.int(0, 999)}` } : { target: target() };
    return { type: 'parking/update', id: rng.pick(parked), patch };
  }
  if (roll < 0.6) return { type: 'parking/remove', id: rng.pick(parked) };
  const on = targets.length > 0 ? rng.pick(targets) : 'none';
  const keys = [...Object.keys(doc.votes), `${rng.pick(VOTED_RULES)}:${on}`];
  return { type: 'votes/set', key: rng.pick(keys), count: rng.chance(0.2) ? 0 : rng.int(1, 9) };
}

function nextOperation(
  doc: MapDocument,
  rng: Rng,
  ids: { n: number; removed: string[] },
): Operation {
  const taken = new Set<string>();
  const newId: NewId = (prefix) => {
    const reusable = ids.removed.filter(
      (id) =>
        id.startsWith(prefix) &&
        !taken.has(id) &&
        !Object.hasOwn(doc.steps, id) &&
        !Object.hasOwn(doc.transitions, id) &&
        !Object.hasOwn(doc.roles, id) &&
        !Object.hasOwn(doc.information, id),
    );
    const id = reusable.length > 0 && rng.chance(0.3) ? rng.pick(reusable) : `${prefix}${ids.n++}`;
    taken.add(id);
    return id;
  };
  const steps = doc.stepOrder;
  const arrows = doc.transitionOrder;
  const roles = Object.keys(doc.roles) as RoleId[];
  const items = Object.keys(doc.information) as InformationId[];
  if (rng.chance(0.08)) return mapRowOperation(doc, rng, newId);
  if (steps.length >= 3 && rng.chance(0.15)) {
    const op = rosterOperation(doc, rng, newId);
    if (op.type === 'role/remove' || op.type === 'information/remove') ids.removed.push(op.id);
    if (op.type === 'role/merge' || op.type === 'information/merge') ids.removed.push(op.from);
    return op;
  }
  const roll = rng.next();
  if (steps.length < 3 || roll < 0.22) {
    const count = rng.int(1, 3);
    const added = Array.from({ length: count }, () =>
      makeStep(newId('s'), {
        label: `Step ${ids.n}`,
        kind: rng.pick(STEP_KINDS),
        performer: roles.length > 0 && rng.chance(0.3) ? rng.pick(roles) : null,
        produces: someOf(rng, items, 1),
        position: { x: rng.int(-500, 500), y: rng.int(-500, 500) },
      }),
    );
    // A new step often arrives already connected to an existing one, as drawn on the canvas.
    const transitions =
      steps.length > 0 && rng.chance(0.5)
        ? [makeTransition(newId('t'), rng.pick(steps), added[0]!.id)]
        : [];
    return { type: 'elements/add', steps: added, transitions };
  }
  const pair = connectable(doc, rng);
  if (roll < 0.4 && pair) {
    return {
      type: 'elements/add',
      steps: [],
      transitions: [
        makeTransition(newId('t'), pair[0], pair[1], { kind: rng.pick(TRANSITION_KINDS) }),
      ],
    };
  }
  if (roll < 0.5)
    return {
      type: 'step/update',
      id: rng.pick(steps),
      patch: { label: `Renamed ${rng.int(0, 9999)}` },
    };
  if (roll < 0.56)
    return {
      type: 'step/update',
      id: rng.pick(steps),
      patch: rng.chance(0.5)
        ? { kind: rng.pick(STEP_KINDS), notes: `n${rng.int(0, 99)}` }
        : {
            performer: roles.length > 0 && rng.chance(0.8) ? rng.pick(roles) : null,
            produces: someOf(rng, items, 2),
          },
    };
  if (roll < 0.64) {
    const moved = [...new Set(Array.from({ length: rng.int(1, 4) }, () => rng.pick(steps)))];
    return {
      type: 'steps/move',
      moves: moved.map((id) => ({
        id,
        position: { x: rng.int(-900, 900), y: rng.int(-900, 900) },
      })),
    };
  }
  if (roll < 0.74) {
    const stepIds = rng.chance(0.7) ? [rng.pick(steps)] : [];
    const transitionIds =
      arrows.length > 0 && (stepIds.length === 0 || rng.chance(0.3)) ? [rng.pick(arrows)] : [];
    ids.removed.push(...stepIds, ...transitionIds);
    return { type: 'elements/remove', stepIds, transitionIds };
  }
  if (roll < 0.86 && arrows.length > 0) {
    return {
      type: 'decision/update',
      id: rng.pick(arrows),
      patch: rng.chance(0.4)
        ? { question: `Is it ready? ${rng.int(0, 999)}`, criteria: [`criterion ${rng.int(0, 9)}`] }
        : {
            deciders: someOf(rng, roles, 2),
            consulted: someOf(rng, roles, 2),
            approvers: someOf(rng, roles, 3),
            requires: someOf(rng, items, 3),
            targetHours: rng.int(1, 72),
            automatic: rng.chance(0.2),
          },
    };
  }
  if (roll < 0.92 && arrows.length > 0) {
    return {
      type: 'transition/update',
      id: rng.pick(arrows),
      patch: { channel: rng.pick(CHANNELS), label: `via ${rng.int(0, 99)}` },
    };
  }
  if (roll < 0.96) return { type: 'map/rename', name: `Map ${rng.int(0, 9999)}` };
  return { type: 'map/setPurpose', purpose: `Purpose ${rng.int(0, 9999)}` };
}

/** `count` operations valid in sequence from `start`, and the map they lead to. */
export function randomOps(
  seed: number,
  count: number,
  start: MapDocument,
): { ops: Operation[]; doc: MapDocument } {
  const rng = makeRng(seed);
  const ids = { n: 1, removed: [] as string[] };
  const ops: Operation[] = [];
  let doc = start;
  while (ops.length < count) {
    const op = nextOperation(doc, rng, ids);
    doc = applyOperation(doc, op);
    ops.push(op);
  }
  return { ops, doc };
}

/** Splits `items` into consecutive batches of 1..maxSize items. */
export function randomBatches<T>(items: readonly T[], rng: Rng, maxSize: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length;) {
    const size = rng.int(1, maxSize);
    batches.push(items.slice(i, i + size));
    i += size;
  }
  return batches;
}
