/**
 * The graph index the rules share, built once per analysis run. Steps and transitions are
 * numbered (their position in the map's drawing order) so the hot loops work on typed arrays
 * instead of string-keyed records.
 *
 * Cost, for n steps and m transitions: building the index, starts, reachability and the
 * forward order is O(n + m); strongly connected components O(n + m) (`scc.ts`); dominators
 * O((n + m) · passes), usually 2–3 passes, computed on first use (`dominators.ts`).
 *
 * Two kinds of arrows: *progress* arrows move work on; *send-back* arrows return it. An arrow
 * is a send-back when the user marked it so, or when it closes a loop whatever its kind: its
 * target comes before its source on every way from the start (a back edge of a depth-first
 * walk from the starts, which in a loop with one entry is exactly "its target dominates its
 * source"; in a loop entered at several places, the walk's drawing order decides). Every
 * rule reads the same `progress`, so a loop drawn with forward arrows is a rework loop, its
 * closing arrow is no way forward, and the information sent back along it is not
 * guaranteed. Dominators and "the first way work can arrive" use progress arrows only;
 * reachability and cycles use every arrow.
 */
import {
  stepList,
  transitionList,
  type MapDocument,
  type Step,
  type StepId,
  type Transition,
  type TransitionId,
} from '../model';
import { computeDominators, type DominatorTree } from './dominators';
import { computeComponents, type Components } from './scc';

export type { DominatorTree } from './dominators';
export type { Components } from './scc';

export interface GraphIndex {
  /** Number of steps; step i is `stepIds[i]`. */
  readonly n: number;
  /** Number of transitions; transition t is `transitionIds[t]`. */
  readonly m: number;
  readonly stepIds: readonly StepId[];
  readonly stepIndex: ReadonlyMap<string, number>;
  readonly transitionIds: readonly TransitionId[];
  readonly transitionIndex: ReadonlyMap<string, number>;
  /** Step at each end of transition t; -1 when the arrow names a step that is not in the map. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /**
   * 1 when transition t is a progress arrow, 0 for a send-back: marked as one, or a forward
   * or escalation arrow that closes a loop (see `closesLoop`).
   */
  readonly progress: Uint8Array;
  /** 1 when transition t is drawn forward or as an escalation but closes a loop. */
  readonly closesLoop: Uint8Array;
  /** Transitions leaving step i: `outList[outStart[i] .. outStart[i + 1])`, in drawing order. */
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  /** Transitions entering step i, laid out the same way. */
  readonly inStart: Int32Array;
  readonly inList: Int32Array;
  /** Start steps: kind `start`; if none, steps no progress arrow enters; if none, the first step. */
  readonly starts: Int32Array;
  readonly isStart: Uint8Array;
  readonly isEnd: Uint8Array;
  /** 1 when step i can be reached from a start over any arrows. */
  readonly reachable: Uint8Array;
  /** Steps reachable from the starts over progress arrows, in reverse postorder. */
  readonly forwardOrder: Int32Array;
  /** Position of step i in `forwardOrder`, or -1 when progress arrows never reach it. */
  readonly forwardRank: Int32Array;
  /** Strongly connected components over every arrow. */
  readonly components: Components;
  /** Immediate dominators over progress arrows from a virtual root above the starts (lazy). */
  dominators(): DominatorTree;
}

/**
 * Builds the index of a map. O(n + m). `steps` and `transitions` are the map's elements in
 * drawing order, when the caller has them already (each look-up by id costs a hash probe).
 */
export function buildGraph(
  doc: MapDocument,
  steps: readonly Step[] = stepList(doc),
  transitions: readonly Transition[] = transitionList(doc),
): GraphIndex {
  const stepIds = doc.stepOrder;
  const transitionIds = doc.transitionOrder;
  const n = stepIds.length;
  const m = transitionIds.length;
  const stepIndex = positions(stepIds);
  const transitionIndex = positions(transitionIds);

  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const progress = new Uint8Array(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let t = 0; t < m; t++) {
    const tr = transitions[t]!;
    const s = stepIndex.get(tr.from) ?? -1;
    const d = stepIndex.get(tr.to) ?? -1;
    source[t] = s;
    target[t] = d;
    progress[t] = tr.kind === 'send-back' ? 0 : 1;
    // Dangling arrows stay out of the adjacency: they connect nothing.
    if (s >= 0 && d >= 0) {
      outStart[s + 1]!++;
      inStart[d + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) {
    outStart[i + 1]! += outStart[i]!;
    inStart[i + 1]! += inStart[i]!;
  }
  const outList = new Int32Array(outStart[n]!);
  const inList = new Int32Array(inStart[n]!);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let t = 0; t < m; t++) {
    const s = source[t]!;
    const d = target[t]!;
    if (s < 0 || d < 0) continue;
    outList[outFill[s]!++] = t;
    inList[inFill[d]!++] = t;
  }

  const isEnd = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (steps[i]!.kind === 'end') isEnd[i] = 1;
  const starts = findStarts(steps, inStart, inList, progress);
  const isStart = new Uint8Array(n);
  for (const s of starts) isStart[s] = 1;

  const closesLoop = markLoopClosers(n, outStart, outList, target, progress, starts);
  const base = { n, outStart, outList, target, progress, starts };
  const reachable = reach(base, starts, false);
  const forwardOrder = reversePostorder(base);
  const forwardRank = new Int32Array(n).fill(-1);
  forwardOrder.forEach((v, r) => (forwardRank[v] = r));
  const components = computeComponents(n, outStart, outList, target);

  let dominators: DominatorTree | undefined;
  const index: GraphIndex = {
    n,
    m,
    stepIds,
    stepIndex,
    transitionIds,
    transitionIndex,
    source,
    target,
    progress,
    closesLoop,
    outStart,
    outList,
    inStart,
    inList,
    starts,
    isStart,
    isEnd,
    reachable,
    forwardOrder,
    forwardRank,
    components,
    dominators: () => (dominators ??= computeDominators(index)),
  };
  return index;
}

const positionMaps = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/**
 * Each id's position in an order list. The lists are immutable and an edit that neither adds
 * nor removes an element keeps them, so typing in a decision re-uses the previous run's map:
 * on a large map, building two maps of thousands of entries on every keystroke is garbage
 * the collector then has to copy while the rest of the run is still alive.
 */
function positions(order: readonly string[]): ReadonlyMap<string, number> {
  let map = positionMaps.get(order);
  if (map === undefined) {
    const fresh = new Map<string, number>();
    for (let i = 0; i < order.length; i++) fresh.set(order[i]!, i);
    positionMaps.set(order, (map = fresh));
  }
  return map;
}

function findStarts(
  steps: readonly Step[],
  inStart: Int32Array,
  inList: Int32Array,
  progress: Uint8Array,
): Int32Array {
  const n = steps.length;
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (steps[i]!.kind === 'start') starts.push(i);
  if (starts.length > 0 || n === 0) return Int32Array.from(starts);
  // No step is marked as the start: the room has not said yet, so take the steps that
  // nothing moves work into.
  for (let i = 0; i < n; i++) {
    let entered = false;
    for (let k = inStart[i]!; k < inStart[i + 1]! && !entered; k++)
      entered = progress[inList[k]!] === 1;
    if (!entered) starts.push(i);
  }
  // A map that is one closed loop still has to begin somewhere: its first drawn step.
  return Int32Array.from(starts.length > 0 ? starts : [0]);
}

/**
 * Finds the arrows that close a loop without being marked as send-backs, turns them into
 * send-backs in `progress`, and returns them marked. A depth-first walk over progress arrows
 * from the starts (in drawing order), then from any step not reached yet, so that a loop no
 * start leads to is closed too: an arrow to a step still on the walk's path closes a loop.
 * Iterative, O(n + m).
 */
function markLoopClosers(
  n: number,
  outStart: Int32Array,
  outList: Int32Array,
  target: Int32Array,
  progress: Uint8Array,
  starts: Int32Array,
): Uint8Array {
  const closes = new Uint8Array(progress.length);
  // 0: not seen, 1: on the current path, 2: done.
  const state = new Uint8Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const walkFrom = (root: number): void => {
    if (state[root] !== 0) return;
    let sp = 0;
    state[root] = 1;
    cursor[root] = outStart[root]!;
    stack[sp++] = root;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      if (cursor[v]! < outStart[v + 1]!) {
        const t = outList[cursor[v]!++]!;
        if (progress[t] === 0) continue;
        const w = target[t]!;
        if (state[w] === 1) {
          progress[t] = 0;
          closes[t] = 1;
        } else if (state[w] === 0) {
          state[w] = 1;
          cursor[w] = outStart[w]!;
          stack[sp++] = w;
        }
        continue;
      }
      state[v] = 2;
      sp--;
    }
  };
  for (let k = 0; k < starts.length; k++) walkFrom(starts[k]!);
  for (let v = 0; v < n; v++) walkFrom(v);
  return closes;
}

/** The parts of the index that walks over outgoing arrows need. */
export interface Walkable {
  readonly n: number;
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  readonly target: Int32Array;
  readonly progress: Uint8Array;
}

/**
 * Steps reachable from `from` (breadth first). With `progressOnly`, send-back arrows are not
 * followed; `skip` (optional) marks transitions to leave out. O(n + m).
 */
export function reach(
  g: Walkable,
  from: ArrayLike<number>,
  progressOnly: boolean,
  skip?: Uint8Array,
): Uint8Array {
  const seen = new Uint8Array(g.n);
  const queue = new Int32Array(g.n);
  let head = 0;
  let tail = 0;
  for (let k = 0; k < from.length; k++) {
    const s = from[k]!;
    if (seen[s] === 0) {
      seen[s] = 1;
      queue[tail++] = s;
    }
  }
  while (head < tail) {
    const v = queue[head++]!;
    for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) {
      const t = g.outList[k]!;
      if ((progressOnly && g.progress[t] === 0) || (skip !== undefined && skip[t] === 1)) continue;
      const w = g.target[t]!;
      if (seen[w] === 0) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return seen;
}

/**
 * Reverse postorder of a depth-first walk over progress arrows from a virtual root whose
 * children are the starts (in drawing order). Iterative: maps can be thousands of steps deep.
 */
function reversePostorder(g: Walkable & { readonly starts: Int32Array }): Int32Array {
  const visited = new Uint8Array(g.n);
  const cursor = new Int32Array(g.n);
  const stack = new Int32Array(g.n);
  const post: number[] = [];
  for (const s of g.starts) {
    if (visited[s] === 1) continue;
    visited[s] = 1;
    cursor[s] = g.outStart[s]!;
    let sp = 0;
    stack[sp++] = s;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      let pushed = false;
      while (cursor[v]! < g.outStart[v + 1]!) {
        const t = g.outList[cursor[v]!++]!;
        const w = g.target[t]!;
        if (g.progress[t] === 0 || visited[w] === 1) continue;
        visited[w] = 1;
        cursor[w] = g.outStart[w]!;
        stack[sp++] = w;
        pushed = true;
        break;
      }
      if (!pushed) {
        sp--;
        post.push(v);
      }
    }
  }
  return Int32Array.from(post.reverse());
}
