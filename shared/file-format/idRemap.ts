/**
 * Import keeps a file's ids, so that findings and people can point at them, and replaces
 * only the ids that collide with something already in the workspace (in practice the map
 * id: element ids are per map). Pure: the caller says what is taken and how to make an id.
 */
import type {
  InformationId,
  MapDocument,
  MapId,
  RoleId,
  Step,
  StepId,
  Transition,
  TransitionId,
} from '../model';

export type IdKind = 'map' | 'role' | 'information' | 'step' | 'transition' | 'parkingLot';

export interface RemapResult {
  readonly doc: MapDocument;
  /** Old id → new id, for every id that was replaced; empty when nothing collided. */
  readonly renamed: ReadonlyMap<string, string>;
}

/** Enough tries for any sane `newId`; a generator that keeps repeating itself is a bug. */
const MAX_TRIES = 1000;

/**
 * Replaces every id for which `taken(id, kind)` is true with one from `newId(kind, oldId)`
 * that is neither taken nor used elsewhere in the map, and rewrites every reference to it:
 * performer, produces, deciders, consulted, approvers, recommenders, informed, requires, from, to, parking-lot
 * targets and the element ids inside vote keys. Returns the same `doc` object when nothing collides. Throws when `newId` cannot
 * produce a free id, which only a faulty generator does.
 */
export function remapCollidingIds(
  doc: MapDocument,
  taken: (id: string, kind: IdKind) => boolean,
  newId: (kind: IdKind, oldId: string) => string,
): RemapResult {
  const declared: [string, IdKind][] = [
    [doc.info.id, 'map'],
    ...Object.keys(doc.roles).map((id): [string, IdKind] => [id, 'role']),
    ...Object.keys(doc.information).map((id): [string, IdKind] => [id, 'information']),
    ...doc.stepOrder.map((id): [string, IdKind] => [id, 'step']),
    ...doc.transitionOrder.map((id): [string, IdKind] => [id, 'transition']),
    ...doc.parkingLot.map((p): [string, IdKind] => [p.id, 'parkingLot']),
  ];
  const inUse = new Set(declared.map(([id]) => id));
  const renamed = new Map<string, string>();
  // Also kept per kind: the app's records are per kind, so a map may repeat an id across kinds.
  const byKind = new Map<IdKind, Map<string, string>>();
  for (const [id, kind] of declared) {
    if (!taken(id, kind)) continue;
    let next = newId(kind, id);
    for (let tries = 1; inUse.has(next) || taken(next, kind); tries++) {
      if (tries >= MAX_TRIES) throw new Error(`no free id for ${kind} ${id}`);
      next = newId(kind, id);
    }
    inUse.add(next);
    renamed.set(id, next);
    (byKind.get(kind) ?? byKind.set(kind, new Map()).get(kind)!).set(id, next);
  }
  if (renamed.size === 0) return { doc, renamed };

  const swap = <T extends string>(kind: IdKind, id: T): T => (byKind.get(kind)?.get(id) as T) ?? id;
  const roleList = (ids: readonly RoleId[]) => ids.map((id) => swap('role', id));
  const infoList = (ids: readonly InformationId[]) => ids.map((id) => swap('information', id));

  const steps: Step[] = doc.stepOrder.map((id) => {
    const s = doc.steps[id]!;
    const performer = s.performer === null ? null : swap('role', s.performer);
    return { ...s, id: swap('step', s.id), performer, produces: infoList(s.produces) };
  });
  const transitions: Transition[] = doc.transitionOrder.map((id) => {
    const t = doc.transitions[id]!;
    const d = t.decision;
    return {
      ...t,
      id: swap('transition', t.id),
      from: swap('step', t.from),
      to: swap('step', t.to),
      decision: {
        ...d,
        deciders: roleList(d.deciders),
        consulted: roleList(d.consulted),
        approvers: roleList(d.approvers),
        recommenders: roleList(d.recommenders),
        informed: roleList(d.informed),
        requires: infoList(d.requires),
      },
    };
  });
  // A parking-lot target is a step or a transition; ids are unique across both in a file.
  const target = (id: string | null) =>
    id === null ? null : (byKind.get('step')?.get(id) ?? byKind.get('transition')?.get(id) ?? id);
  // A vote key is `rule:id` of the finding's first target, a step or a transition.
  const votes = Object.entries(doc.votes).map(([key, count]): [string, number] => {
    const colon = key.indexOf(':');
    if (colon < 0) return [key, count];
    return [`${key.slice(0, colon + 1)}${target(key.slice(colon + 1))}`, count];
  });
  const roles = Object.values(doc.roles).map((r) => ({ ...r, id: swap('role', r.id) }));
  const information = Object.values(doc.information).map((i) => ({
    ...i,
    id: swap('information', i.id),
  }));
  return {
    renamed,
    doc: {
      info: { ...doc.info, id: swap('map', doc.info.id as MapId) },
      steps: Object.fromEntries(steps.map((s) => [s.id, s])),
      stepOrder: steps.map((s) => s.id as StepId),
      transitions: Object.fromEntries(transitions.map((t) => [t.id, t])),
      transitionOrder: transitions.map((t) => t.id as TransitionId),
      roles: Object.fromEntries(roles.map((r) => [r.id, r])),
      information: Object.fromEntries(information.map((i) => [i.id, i])),
      parkingLot: doc.parkingLot.map((p) => ({
        ...p,
        id: swap('parkingLot', p.id),
        target: target(p.target),
      })),
      votes: Object.fromEntries(votes),
    },
  };
}
