/**
 * Roles from a diagram's lanes (swimlanes, pools, table rows) and each step's performer.
 */
import { LIMITS } from '../content/limits';
import { clipText } from '../content/text';
import type { Role, RoleId } from '../model';
import type { BoxOf } from './drawioBoxes';
import type { DrawioCell } from './drawioCells';
import type { FlowNode } from './drawioJoin';
import type { LeftOut } from './drawioReport';

/**
 * Roles from lanes. A step's performer is the innermost lane around it; a table's columns
 * (phases) are looked through. A lane becomes a role when it holds steps or, named, holds
 * no other lanes; one name is one role, however many pools repeat it. A shape drawn over a
 * lane without being put inside it (draw.io allows both) belongs to the lane it sits in.
 * A named pool or table
 * whose steps all sit in its lanes is reported, as its name goes nowhere.
 */
export function rolesOf(
  cells: ReadonlyMap<string, DrawioCell>,
  lanes: readonly DrawioCell[],
  columns: ReadonlySet<string>,
  nodes: ReadonlyMap<string, FlowNode>,
  boxOf: BoxOf,
  left: LeftOut,
): { list: Role[]; performerOf: Map<string, RoleId> } {
  const laneIds = new Set(lanes.map((l) => l.id));
  const laneOf = new Map<string, string | null>();
  const innermostLane = (id: string): string | null => {
    const chain: string[] = [];
    const seen = new Set<string>();
    let found: string | null = null;
    let at = cells.get(id)?.parent ?? null;
    // Bounded: a parent chain that loops is cut where it repeats.
    while (at !== null && !seen.has(at) && chain.length < 10_000) {
      if (laneOf.has(at)) {
        found = laneOf.get(at)!;
        break;
      }
      chain.push(at);
      seen.add(at);
      if (laneIds.has(at)) {
        found = at;
        break;
      }
      at = cells.get(at)?.parent ?? null;
    }
    for (const c of chain) if (!laneIds.has(c)) laneOf.set(c, found);
    return found;
  };
  const holdsLanes = new Set<string>();
  for (const lane of lanes) {
    const outer = innermostLane(lane.id);
    if (outer !== null) holdsLanes.add(outer);
  }
  const stepLane = new Map<string, string>();
  const performing = new Set<string>();
  const leafLanes = lanes.filter((l) => !holdsLanes.has(l.id));
  for (const [id, node] of nodes) {
    if (node.kind === 'information') continue;
    const lane = innermostLane(id) ?? laneDrawnAround(cells.get(id)!, leafLanes, boxOf);
    if (lane === null) continue;
    stepLane.set(id, lane);
    performing.add(lane);
  }
  const list: Role[] = [];
  const byName = new Map<string, RoleId>();
  const roleOfLane = new Map<string, RoleId>();
  for (const lane of lanes) {
    const named = lane.label !== '';
    if (!performing.has(lane.id) && (!named || holdsLanes.has(lane.id))) {
      if (named)
        left.add(
          'pool or table title (its lanes became the roles)',
          'pool or table titles (their lanes became the roles)',
        );
      continue;
    }
    if (!named) {
      left.add(
        'unnamed lane (its steps have no performer)',
        'unnamed lanes (their steps have no performer)',
      );
      continue;
    }
    const roleName = clipText(lane.label, LIMITS.name);
    let id = byName.get(roleName);
    if (!id) {
      id = `r-${list.length + 1}` as RoleId;
      list.push({ id, name: roleName, kind: 'role' });
      byName.set(roleName, id);
    }
    roleOfLane.set(lane.id, id);
  }
  const named = [...columns].filter((id) => cells.get(id)!.label !== '').length;
  left.add(
    'table column title (a phase, not a role)',
    'table column titles (phases, not roles)',
    named,
  );
  const performerOf = new Map<string, RoleId>();
  for (const [step, lane] of stepLane) {
    const id = roleOfLane.get(lane);
    if (id) performerOf.set(step, id);
  }
  return { list, performerOf };
}

/** Lanes compared per step at most: beyond, a shape outside every lane stays without one. */
const MAX_LANE_CHECKS = 1_000;

/** The smallest lane whose box holds the centre of `cell`'s box; null when none does. */
function laneDrawnAround(
  cell: DrawioCell,
  lanes: readonly DrawioCell[],
  boxOf: BoxOf,
): string | null {
  const box = boxOf(cell);
  if (!box || lanes.length > MAX_LANE_CHECKS) return null;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  let best: string | null = null;
  let bestArea = Infinity;
  for (const lane of lanes) {
    const b = boxOf(lane);
    if (!b || x < b.x || x > b.x + b.width || y < b.y || y > b.y + b.height) continue;
    if (b.width * b.height < bestArea) {
      best = lane.id;
      bestArea = b.width * b.height;
    }
  }
  return best;
}
