/**
 * Dominators over progress arrows (forward and escalation), from a virtual root whose
 * children are the start steps: step a dominates step b when every way work can first
 * arrive at b, from any start, passes a. Cooper, Harvey & Kennedy, "A Simple, Fast
 * Dominance Algorithm" (2001): iterate over reverse postorder until nothing changes,
 * usually 2–3 passes, each O(n + m). Queries are O(1) through pre/post numbers of the tree.
 */

/** `idom` value of a step whose immediate dominator is the virtual root (a start, or a step
 * reached from several starts with no common step before it). */
export const ROOT = -1;
/** `idom` value of a step that progress arrows never reach from a start. */
export const UNREACHED = -2;

export interface DominatorTree {
  /** Immediate dominator of each step: a step index, `ROOT` or `UNREACHED`. */
  readonly idom: Int32Array;
  /** True when a dominates b (a step dominates itself); false if either is unreached. */
  dominates(a: number, b: number): boolean;
}

/**
 * The parts of the graph index (graph.ts) the dominator tree is computed from: named here,
 * not imported, so graph.ts can import this file without a cycle.
 */
export interface DominatorInput {
  readonly n: number;
  readonly source: Int32Array;
  readonly progress: Uint8Array;
  readonly inStart: Int32Array;
  readonly inList: Int32Array;
  readonly isStart: Uint8Array;
  readonly forwardOrder: Int32Array;
  readonly forwardRank: Int32Array;
}

/** Computes the dominator tree of the index's progress arrows. */
export function computeDominators(g: DominatorInput): DominatorTree {
  const order = g.forwardOrder;
  const k = order.length;
  // Work in rank space: rank 0 is the virtual root, rank r + 1 is forwardOrder[r]. In
  // reverse postorder a dominator always has a smaller rank than the steps it dominates.
  const idomRank = new Int32Array(k + 1).fill(-1);
  idomRank[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a > b) a = idomRank[a]!;
      while (b > a) b = idomRank[b]!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 1; r <= k; r++) {
      const v = order[r - 1]!;
      let next = g.isStart[v] === 1 ? 0 : -1;
      for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) {
        const t = g.inList[e]!;
        if (g.progress[t] === 0) continue;
        const p = g.forwardRank[g.source[t]!]! + 1;
        if (p === 0 || idomRank[p] === -1) continue;
        next = next === -1 ? p : intersect(p, next);
      }
      if (idomRank[r] !== next) {
        idomRank[r] = next;
        changed = true;
      }
    }
  }

  const idom = new Int32Array(g.n).fill(UNREACHED);
  for (let r = 1; r <= k; r++) {
    const d = idomRank[r]!;
    idom[order[r - 1]!] = d === 0 ? ROOT : order[d - 1]!;
  }
  const { pre, post } = number(idomRank, k);
  return {
    idom,
    dominates(a, b) {
      const ra = g.forwardRank[a]!;
      const rb = g.forwardRank[b]!;
      if (ra < 0 || rb < 0) return false;
      return pre[ra + 1]! <= pre[rb + 1]! && post[rb + 1]! <= post[ra + 1]!;
    },
  };
}

/** Pre- and postorder numbers of the dominator tree (in rank space), walked iteratively. */
function number(idomRank: Int32Array, k: number): { pre: Int32Array; post: Int32Array } {
  const childStart = new Int32Array(k + 2);
  for (let r = 1; r <= k; r++) childStart[idomRank[r]! + 1]!++;
  for (let r = 0; r <= k; r++) childStart[r + 1]! += childStart[r]!;
  const children = new Int32Array(k);
  const fill = childStart.slice(0, k + 1);
  for (let r = 1; r <= k; r++) children[fill[idomRank[r]!]!++] = r;

  const pre = new Int32Array(k + 1);
  const post = new Int32Array(k + 1);
  const cursor = childStart.slice(0, k + 1);
  const stack = new Int32Array(k + 1);
  let sp = 0;
  let clock = 0;
  stack[sp++] = 0;
  pre[0] = clock++;
  while (sp > 0) {
    const r = stack[sp - 1]!;
    if (cursor[r]! < childStart[r + 1]!) {
      const c = children[cursor[r]!++]!;
      pre[c] = clock++;
      stack[sp++] = c;
    } else {
      post[r] = clock++;
      sp--;
    }
  }
  return { pre, post };
}
