/**
 * Gateways are not steps in a decision map: the arrows of a BPMN process are the ways from
 * one step to the next, through any chain of gateways between them. This walks the
 * sequence flows from each step through the gateways to every step after it. A cluster of
 * gateways (gateways joined by flows) whose collapse would make more than
 * MAX_CLUSTER_ARROWS arrows is kept as one step instead, so a tangle of 5 × 5 joins does not
 * become 25 arrows nobody can read.
 */
import type { BpmnFlow, BpmnNode } from './model';
import { roleOf } from './classify';

export const MAX_CLUSTER_ARROWS = 12;

/** One way from a step to a step: the flows it takes and the gateways it passes. */
export interface Path {
  readonly from: string;
  readonly to: string;
  readonly flows: readonly BpmnFlow[];
  /** The gateways passed, in order. */
  readonly gateways: readonly BpmnNode[];
  /**
   * Index in `gateways` of the gateway that decides this way: the first exclusive,
   * inclusive, event-based or complex gateway that splits (a gateway that only joins
   * decides nothing, unless it is named: its name is then the question); -1 when none does.
   */
  readonly deciding: number;
  /** The boundary event the path starts from, when it starts from one. */
  readonly boundary: BpmnNode | null;
}

export interface Collapsed {
  readonly paths: readonly Path[];
  /** Gateway clusters kept as steps: the id of the step, its gateways. */
  readonly keptClusters: readonly { readonly id: string; readonly gateways: readonly BpmnNode[] }[];
  /** Flows that lead nowhere a map can follow (to an element that is no step). */
  readonly deadFlows: number;
  /** Boundary events without an outgoing flow. */
  readonly boundaryWithoutTarget: number;
}

const isGateway = (n: BpmnNode | undefined) =>
  n !== undefined &&
  (roleOf(n.type) === 'deciding-gateway' || roleOf(n.type) === 'parallel-gateway');

/** Clusters of gateways joined by sequence flows, by union-find; each gateway's cluster root. */
function clusters(nodes: ReadonlyMap<string, BpmnNode>, flows: readonly BpmnFlow[]) {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const node of nodes.values()) if (isGateway(node)) parent.set(node.id, node.id);
  for (const f of flows) {
    if (parent.has(f.source) && parent.has(f.target)) parent.set(find(f.source), find(f.target));
  }
  const members = new Map<string, BpmnNode[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    members.set(root, [...(members.get(root) ?? []), nodes.get(id)!]);
  }
  return { rootOf: (id: string) => (parent.has(id) ? find(id) : null), members };
}

/**
 * Every path from a step to a step through gateways only; `isStep` says which node ids are
 * steps (activities and events). Boundary events start paths from the activity they are
 * attached to.
 */
export function collapseGateways(
  nodes: ReadonlyMap<string, BpmnNode>,
  flows: readonly BpmnFlow[],
  isStep: (id: string) => boolean,
): Collapsed {
  const outgoing = new Map<string, BpmnFlow[]>();
  for (const f of flows) outgoing.set(f.source, [...(outgoing.get(f.source) ?? []), f]);
  const { rootOf, members } = clusters(nodes, flows);

  // Which clusters to keep: sources into it times targets out of it, over the limit.
  const kept = new Map<string, string>();
  for (const [root, gateways] of members) {
    const inside = new Set(gateways.map((g) => g.id));
    const sources = new Set(
      flows.filter((f) => inside.has(f.target) && !inside.has(f.source)).map((f) => f.source),
    );
    const targets = new Set(
      flows.filter((f) => inside.has(f.source) && !inside.has(f.target)).map((f) => f.target),
    );
    if (sources.size * targets.size > MAX_CLUSTER_ARROWS) kept.set(root, gateways[0]!.id);
  }
  const stepOf = (id: string): string | null => {
    if (isStep(id)) return id;
    const root = rootOf(id);
    return root !== null && kept.has(root) ? kept.get(root)! : null;
  };

  const paths: Path[] = [];
  let deadFlows = 0;
  const walk = (from: string, boundary: BpmnNode | null, start: BpmnFlow) => {
    const seen = new Set<string>();
    const found = new Set<string>();
    const visit = (flow: BpmnFlow, trail: BpmnFlow[], gateways: BpmnNode[]) => {
      const target = nodes.get(flow.target);
      const to = stepOf(flow.target);
      if (to !== null) {
        // One arrow per flow into a step: gateways that split and join again (a diamond)
        // reach the step by the same last flow, which is one arrow, not two.
        if (found.has(flow.id)) return;
        found.add(flow.id);
        const decides = (g: BpmnNode) => roleOf(g.type) === 'deciding-gateway';
        const splits = gateways.findIndex(
          (g) => decides(g) && (outgoing.get(g.id)?.length ?? 0) > 1,
        );
        const deciding =
          splits >= 0 ? splits : gateways.findIndex((g) => decides(g) && g.name.trim() !== '');
        paths.push({ from, to, flows: [...trail, flow], gateways, deciding, boundary });
        return;
      }
      if (!target || !isGateway(target)) {
        deadFlows++;
        return;
      }
      if (seen.has(target.id)) return;
      seen.add(target.id);
      for (const next of outgoing.get(target.id) ?? [])
        visit(next, [...trail, flow], [...gateways, target]);
    };
    visit(start, [], []);
  };

  let boundaryWithoutTarget = 0;
  for (const node of nodes.values()) {
    const from = stepOf(node.id);
    if (from !== null) {
      const root = rootOf(node.id);
      // A kept cluster's step starts from every flow leaving any of its gateways.
      const sources = root !== null ? members.get(root)!.map((g) => g.id) : [node.id];
      if (root !== null && kept.get(root) !== node.id) continue;
      const inside = new Set(sources);
      for (const id of sources)
        for (const f of outgoing.get(id) ?? []) if (!inside.has(f.target)) walk(from, null, f);
    } else if (roleOf(node.type) === 'boundary') {
      const out = outgoing.get(node.id) ?? [];
      const host = node.attachedTo !== null ? stepOf(node.attachedTo) : null;
      if (out.length === 0 || host === null) boundaryWithoutTarget++;
      else for (const f of out) walk(host, node, f);
    }
  }
  const keptClusters = [...kept].map(([root, id]) => ({ id, gateways: members.get(root)! }));
  return { paths, keptClusters, deadFlows, boundaryWithoutTarget };
}
