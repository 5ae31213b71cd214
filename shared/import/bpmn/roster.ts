/**
 * Who and what a BPMN file names: roles from its lanes and pools, information from its data
 * objects and stores; and how they join the roster of our own export when another modeller
 * added lanes or data to it.
 */
import { LIMITS } from '../../content/limits';
import { clipText } from '../../content/text';
import type { InformationId, InformationItem, Role, RoleId } from '../../model';
import type { LeftOut } from '../report';
import type { BpmnModel, BpmnNode } from './model';
import type { OurMap } from './ours';

const clean = (text: string, max: number) => clipText(text.replace(/\s+/g, ' ').trim(), max);

export interface Roster {
  readonly roles: Role[];
  readonly information: InformationItem[];
  /** Each step node's performer: its innermost named lane, or its named pool. */
  readonly roleOfNode: Map<string, RoleId>;
  /** Each named data object's or store's information item. */
  readonly infoOf: Map<string, InformationId>;
}

/**
 * Roles: named lanes (the innermost lane a step is in performs it), or named pools without
 * lanes; information: named data objects and stores. What has no name is left out.
 */
export function readRoster(
  model: BpmnModel,
  stepNodes: readonly BpmnNode[],
  left: LeftOut,
  newId: (wanted: string) => string,
): Roster {
  const roles: Role[] = [];
  const roleOfNode = new Map<string, RoleId>();
  const depth = (laneId: string | null): number => {
    let d = 0;
    for (let l = laneId; l !== null && d < 1000; d++)
      l = model.lanes.find((x) => x.id === l)?.parent ?? null;
    return d;
  };
  for (const lane of [...model.lanes].sort((a, b) => depth(a.id) - depth(b.id))) {
    const name = clean(lane.name, LIMITS.name);
    if (name === '') {
      left.add('lane without a name', 'lanes without a name');
      continue;
    }
    const role: Role = { id: newId(lane.id) as RoleId, name, kind: 'role' };
    roles.push(role);
    // Deeper lanes come later and win: a step's performer is its innermost named lane.
    for (const n of lane.nodes) roleOfNode.set(n, role.id);
  }
  const processesWithLanes = new Set(model.lanes.map((l) => l.process));
  for (const pool of model.pools) {
    const name = clean(pool.name, LIMITS.name);
    const hasSteps = stepNodes.some((n) => n.process === pool.process);
    if (!hasSteps) {
      left.add('pool without steps', 'pools without steps');
      continue;
    }
    if (pool.process === null || processesWithLanes.has(pool.process) || name === '') continue;
    const role: Role = { id: newId(pool.id) as RoleId, name, kind: 'role' };
    roles.push(role);
    for (const n of stepNodes)
      if (n.process === pool.process && !roleOfNode.has(n.id)) roleOfNode.set(n.id, role.id);
  }

  const information: InformationItem[] = [];
  const infoOf = new Map<string, InformationId>();
  for (const data of model.data) {
    const name = clean(data.name, LIMITS.name);
    if (name === '') {
      left.add('data object without a name', 'data objects without a name');
      continue;
    }
    const item: InformationItem = { id: newId(data.id) as InformationId, name, external: false };
    information.push(item);
    infoOf.set(data.id, item.id);
  }

  return { roles, information, roleOfNode, infoOf };
}

export interface MergedRoster {
  readonly roles: readonly Role[];
  readonly information: readonly InformationItem[];
  /** The final id of a role read from the file (a lane matching one of ours by name is ours). */
  role(id: RoleId): RoleId;
  info(id: InformationId): InformationId;
}

/**
 * The roster of the map: our export's own, exactly, with the lanes and data objects another
 * modeller added to it joined by name (a lane named as one of our roles is that role); or,
 * for a file from elsewhere, what the file names. `roles` and `information` list every
 * candidate; the caller keeps the added ones only where a step or decision uses them.
 */
export function mergeWithOurs(
  ours: OurMap | null,
  roles: readonly Role[],
  information: readonly InformationItem[],
): MergedRoster {
  if (!ours) return { roles, information, role: (id) => id, info: (id) => id };
  const roleByName = new Map(ours.roles.map((r) => [r.name, r.id as RoleId]));
  const infoByName = new Map(ours.information.map((i) => [i.name, i.id as InformationId]));
  const taken = new Set<string>([
    ...ours.roles.map((r) => r.id),
    ...ours.information.map((i) => i.id),
  ]);
  const addedRoles = roles.filter((r) => !roleByName.has(r.name) && !taken.has(r.id));
  const addedInfo = information.filter((i) => !infoByName.has(i.name) && !taken.has(i.id));
  const roleAlias = new Map(roles.map((r) => [r.id as string, roleByName.get(r.name) ?? r.id]));
  const infoAlias = new Map(
    information.map((i) => [i.id as string, infoByName.get(i.name) ?? i.id]),
  );
  return {
    roles: [...ours.roles.map((r) => ({ ...r, id: r.id as RoleId })), ...addedRoles],
    information: [
      ...ours.information.map((i) => ({ ...i, id: i.id as InformationId })),
      ...addedInfo,
    ],
    role: (id) => roleAlias.get(id) ?? id,
    info: (id) => infoAlias.get(id) ?? id,
  };
}
