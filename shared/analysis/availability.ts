/**
 * Where information is available. For every produced item (not external) two bit sets per
 * step answer the inspector's "is it there at this point?":
 *
 * - *must* (over progress arrows, from the starts): the items produced on every way work can
 *   first arrive at a step. This is the set form of dominance: with one producer P, the item
 *   is guaranteed at S exactly when P dominates S; with several producers (both branches of a
 *   fork write the brief) it is guaranteed when together they cut every path to S. A classic
 *   "available expressions" data-flow, in one pass in reverse postorder (progress arrows
 *   have no loops: the arrow closing one is a send-back).
 * - *may* (over every arrow): the items produced by some step that can come before S,
 *   including after a send-back. Propagated once over the components in topological order.
 *
 * Cost O((n + m) · ⌈k / 32⌉) for k produced items, instead of one graph walk per
 * item; at 5,000 steps and 500 items that is a few hundred thousand word operations.
 */
import { stepList, type MapDocument, type Step } from '../model';
import type { Availability } from './types';
import type { GraphIndex } from './graph';

export interface AvailabilityIndex {
  /** Availability of an item at a step (the source of the transition that requires it). */
  at(step: number, itemId: string): Availability;
  /** Steps (indices) that produce the item, in drawing order. */
  producers(itemId: string): readonly number[];
}

/** Builds the availability bit sets of a map. */
export function buildAvailability(
  doc: MapDocument,
  g: GraphIndex,
  steps: readonly Step[] = stepList(doc),
): AvailabilityIndex {
  const bitOf = new Map<string, number>();
  const producerLists: number[][] = [];
  const external = (id: string): boolean => doc.information[id]?.external === true;
  for (let v = 0; v < g.n; v++) {
    const produces = steps[v]!.produces;
    for (let k = 0; k < produces.length; k++) {
      const id = produces[k]!;
      if (external(id)) continue;
      let b = bitOf.get(id);
      if (b === undefined) {
        b = producerLists.length;
        bitOf.set(id, b);
        producerLists.push([]);
      }
      const list = producerLists[b]!;
      if (list[list.length - 1] !== v) list.push(v);
    }
  }
  const W = Math.max(1, Math.ceil(producerLists.length / 32));
  const gen = new Int32Array(g.n * W);
  producerLists.forEach((list, b) => {
    for (const v of list) gen[v * W + (b >>> 5)]! |= 1 << (b & 31);
  });
  const may = mayReach(g, gen, W);
  const must = mustReach(g, gen, W);

  const has = (sets: Int32Array, row: number, b: number): boolean =>
    (sets[row * W + (b >>> 5)]! & (1 << (b & 31))) !== 0;

  return {
    at(step, itemId) {
      if (external(itemId)) return 'external';
      const b = bitOf.get(itemId);
      if (b === undefined) return 'not-produced';
      if (step < 0) return 'not-upstream';
      // The step that produces the item has it when it decides: guaranteed.
      if (has(gen, step, b)) return 'guaranteed';
      if (g.forwardRank[step]! >= 0 && has(must, step, b)) return 'guaranteed';
      return has(may, g.components.of[step]!, b) ? 'some-paths' : 'not-upstream';
    },
    producers(itemId) {
      const b = bitOf.get(itemId);
      return b === undefined ? [] : producerLists[b]!;
    },
  };
}

/** Items produced at or before each component, over every arrow (one row per component). */
function mayReach(g: GraphIndex, gen: Int32Array, W: number): Int32Array {
  const { of, count, memberStart, members } = g.components;
  const may = new Int32Array(count * W);
  for (let v = 0; v < g.n; v++) {
    const c = of[v]!;
    for (let j = 0; j < W; j++) may[c * W + j]! |= gen[v * W + j]!;
  }
  // Components are numbered sinks first, so descending order is a topological order.
  for (let c = count - 1; c >= 0; c--) {
    for (let k = memberStart[c]!; k < memberStart[c + 1]!; k++) {
      const v = members[k]!;
      for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) {
        const d = of[g.target[g.outList[e]!]!]!;
        if (d === c) continue;
        for (let j = 0; j < W; j++) may[d * W + j]! |= may[c * W + j]!;
      }
    }
  }
  return may;
}

/**
 * Items produced on every progress path from a start to each step, before it (one row per
 * step). Progress arrows never go round (the graph index treats the arrow that closes a loop
 * as a send-back), so in reverse postorder every step's predecessors are final before the
 * step is reached: one pass is exact, where a graph with loops would need passes until
 * nothing changes. On a 5,000-step map that halves the cost of the whole index.
 */
function mustReach(g: GraphIndex, gen: Int32Array, W: number): Int32Array {
  const must = new Int32Array(g.n * W);
  const order = g.forwardOrder;
  for (let r = 0; r < order.length; r++) {
    const v = order[r]!;
    // Work arrives at a start with nothing.
    if (g.isStart[v] === 1) continue;
    const row = v * W;
    must.fill(-1, row, row + W);
    for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) {
      const t = g.inList[e]!;
      const p = g.source[t]!;
      if (g.progress[t] === 0 || g.forwardRank[p]! < 0) continue;
      for (let j = 0; j < W; j++) must[row + j]! &= must[p * W + j]! | gen[p * W + j]!;
    }
  }
  return must;
}
