/**
 * Arrows through decision shapes and documents. A decision map has no gateway steps: the
 * question of a rhombus belongs on the arrows that leave it, so every way from a step into
 * a rhombus (or a chain of them) and out to a step becomes one arrow from the step before
 * to the step after, carrying the rhombus's question and the answer on the connector out.
 * A document or data store drawn in the flow (A → Contract → B) joins the same way: the
 * arrow A → B requires it.
 *
 * A cluster of such shapes (connected through connectors between them) is joined only
 * while that makes at most 12 arrows; a bigger one, or one with no step before or after it,
 * keeps its decision shapes as steps, so nothing disappears and nothing turns into a mesh.
 */

export type FlowKind = 'step' | 'decision' | 'parallel' | 'information';

export interface FlowNode {
  readonly kind: FlowKind;
  readonly label: string;
}

export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export interface JoinedArrow {
  readonly from: string;
  readonly to: string;
  /** The labels of the connectors along the way: the answers that lead there. */
  readonly label: string;
  /** The labels of the decision shapes passed: what is decided. */
  readonly question: string;
  /** Passed only parallel gateways: a split or join with nothing to decide. */
  readonly automatic: boolean;
  /** Passed a decision shape. */
  readonly fromDecision: boolean;
  /** Information nodes the decision on this arrow needs. */
  readonly requires: readonly string[];
}

export interface Joined {
  readonly arrows: readonly JoinedArrow[];
  /** Step → the information nodes it writes (a connector from the step into the document). */
  readonly produces: ReadonlyMap<string, readonly string[]>;
  /** Decision and parallel shapes kept as steps. */
  readonly keptAsSteps: ReadonlySet<string>;
  /** Of those, how many because joining would have made more than 12 arrows. */
  readonly crowded: number;
  /** Ways through decision shapes or documents that lead back into the step they left. */
  readonly loops: number;
}

/** Most arrows one cluster may become; the BPMN import keeps the same number. */
export const MAX_JOINED_ARROWS = 12;
/**
 * Steps of the walks through one cluster, all its entries together: bounds the work a
 * made-up lattice (or thousands of connectors into one long chain) can cause.
 */
const MAX_WALK = 20_000;

interface Path {
  readonly to: string;
  readonly labels: readonly string[];
  readonly through: readonly string[];
}

const distinct = (list: readonly string[]) => [...new Set(list.filter((s) => s !== ''))];

/** The arrows of the flow with decision shapes and documents joined through. */
export function joinThrough(
  nodes: ReadonlyMap<string, FlowNode>,
  edges: readonly FlowEdge[],
): Joined {
  const kindOf = (id: string) => nodes.get(id)!.kind;
  const passing = (id: string) => kindOf(id) !== 'step';
  const out = new Map<string, number[]>();
  edges.forEach((e, i) => (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(i));
  const clusterOf = clusters(nodes, edges, passing);

  const work = new Map<number, number>();
  const walk = (start: FlowEdge, cluster: number): Path[] | null => {
    const paths: Path[] = [];
    let spent = work.get(cluster) ?? 0;
    const first = { node: start.to, labels: start.label ? [start.label] : [], through: [start.to] };
    const stack = [first];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const next = out.get(frame.node) ?? [];
      for (let k = next.length - 1; k >= 0; k--) {
        work.set(cluster, ++spent);
        if (spent > MAX_WALK || paths.length > MAX_JOINED_ARROWS) return null;
        const e = edges[next[k]!]!;
        const labels = e.label ? [...frame.labels, e.label] : frame.labels;
        if (!passing(e.to)) paths.push({ to: e.to, labels, through: frame.through });
        else if (!frame.through.includes(e.to)) {
          stack.push({ node: e.to, labels, through: [...frame.through, e.to] });
        }
      }
    }
    return paths.reverse();
  };

  // First every way through each cluster, to know which clusters stay small enough to join.
  const pathsOf = new Map<number, Path[]>();
  const count = new Map<number, number>();
  const crowdedClusters = new Set<number>();
  edges.forEach((e, i) => {
    if (passing(e.from) || !passing(e.to)) return;
    const c = clusterOf.get(e.to)!;
    if (crowdedClusters.has(c)) return;
    const paths = walk(e, c);
    const total = (count.get(c) ?? 0) + (paths?.length ?? Infinity);
    count.set(c, total);
    if (paths === null || total > MAX_JOINED_ARROWS) crowdedClusters.add(c);
    else pathsOf.set(i, paths);
  });
  const joined = (id: string) => {
    const c = clusterOf.get(id)!;
    return !crowdedClusters.has(c) && (count.get(c) ?? 0) > 0;
  };
  const keptAsSteps = new Set<string>();
  let crowded = 0;
  for (const [id, node] of nodes) {
    if (node.kind !== 'decision' && node.kind !== 'parallel') continue;
    if (joined(id)) continue;
    keptAsSteps.add(id);
    if (crowdedClusters.has(clusterOf.get(id)!)) crowded++;
  }
  const isStep = (id: string) => kindOf(id) === 'step' || keptAsSteps.has(id);

  const arrows: (JoinedArrow & { through: readonly string[] })[] = [];
  const produces = new Map<string, string[]>();
  let loops = 0;
  edges.forEach((e, i) => {
    if (!isStep(e.from)) return;
    if (kindOf(e.to) === 'information') {
      const list = produces.get(e.from) ?? produces.set(e.from, []).get(e.from)!;
      if (!list.includes(e.to)) list.push(e.to);
    }
    if (isStep(e.to)) {
      arrows.push({ ...plain(e.from, e.to, e.label), through: [] });
      return;
    }
    if (!joined(e.to)) return;
    for (const path of pathsOf.get(i) ?? []) {
      if (path.to === e.from) {
        loops++;
        continue;
      }
      const gateways = path.through.filter((id) => kindOf(id) !== 'information');
      const decisions = gateways.filter((id) => kindOf(id) === 'decision');
      arrows.push({
        from: e.from,
        to: path.to,
        label: distinct(path.labels).join(' / '),
        question: distinct(decisions.map((id) => nodes.get(id)!.label)).join(' / '),
        automatic: gateways.length > 0 && decisions.length === 0,
        fromDecision: decisions.length > 0,
        requires: path.through.filter((id) => kindOf(id) === 'information'),
        through: path.through,
      });
    }
  });
  return {
    arrows: readersNeed(arrows, nodes, edges, isStep),
    produces,
    keptAsSteps,
    crowded,
    loops,
  };
}

function plain(from: string, to: string, label: string): JoinedArrow {
  return { from, to, label, question: '', automatic: false, fromDecision: false, requires: [] };
}

/**
 * Documents that no joined arrow passes through are needed where they are read: a document
 * drawn into a step is required by the decisions on the arrows leaving that step (as in the
 * BPMN import: the decision after the step that reads it); one drawn into a decision shape,
 * by the arrows through that shape. And an arrow joined only through documents folds into
 * a connector drawn between the same two steps, when there is one.
 */
function readersNeed(
  arrows: readonly (JoinedArrow & { through: readonly string[] })[],
  nodes: ReadonlyMap<string, FlowNode>,
  edges: readonly FlowEdge[],
  isStep: (id: string) => boolean,
): JoinedArrow[] {
  const requires = arrows.map((a) => [...a.requires]);
  const passed = new Set(arrows.flatMap((a) => a.through));
  const add = (index: number, info: string) => {
    if (!requires[index]!.includes(info)) requires[index]!.push(info);
  };
  // Indexed both ways, so a diagram of thousands of documents costs no more than its arrows.
  const leaving = new Map<string, number[]>();
  const passingThrough = new Map<string, number[]>();
  const note = (index: Map<string, number[]>, key: string, i: number) =>
    (index.get(key) ?? index.set(key, []).get(key)!).push(i);
  arrows.forEach((a, i) => {
    note(leaving, a.from, i);
    for (const id of a.through) note(passingThrough, id, i);
  });
  for (const e of edges) {
    if (nodes.get(e.from)!.kind !== 'information' || passed.has(e.from)) continue;
    const readers = isStep(e.to) ? leaving.get(e.to) : passingThrough.get(e.to);
    for (const index of readers ?? []) add(index, e.from);
  }
  const drawn = new Map<string, number>();
  arrows.forEach((a, index) => {
    if (a.through.length === 0 && !drawn.has(`${a.from}\n${a.to}`))
      drawn.set(`${a.from}\n${a.to}`, index);
  });
  const result: JoinedArrow[] = [];
  const folded = new Set<number>();
  arrows.forEach((a, index) => {
    const onlyDocuments =
      a.through.length > 0 && a.through.every((id) => nodes.get(id)!.kind === 'information');
    const into = drawn.get(`${a.from}\n${a.to}`);
    if (onlyDocuments && into !== undefined) {
      for (const info of requires[index]!) add(into, info);
      folded.add(index);
    }
  });
  arrows.forEach((a, index) => {
    if (folded.has(index)) return;
    const { through: _through, ...arrow } = a;
    result.push({ ...arrow, requires: requires[index]! });
  });
  return result;
}

/** Connected groups of pass-through shapes (union-find over connectors between two of them). */
function clusters(
  nodes: ReadonlyMap<string, FlowNode>,
  edges: readonly FlowEdge[],
  passing: (id: string) => boolean,
): Map<string, number> {
  const index = new Map<string, number>();
  for (const id of nodes.keys()) if (passing(id)) index.set(id, index.size);
  const parent = Array.from({ length: index.size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a !== undefined && b !== undefined) parent[find(a)] = find(b);
  }
  const of = new Map<string, number>();
  for (const [id, i] of index) of.set(id, find(i));
  return of;
}
