/**
 * The order a person reads a workflow in: from the start steps, each step after every step
 * that moves work into it (a step where branches meet comes after all of them), and at each
 * step its forward arrows before escalations before send-backs. The one order of the app:
 * the decision register (CSV and PDF), the DMN export, "walk the decisions", the order of
 * findings by votes, the swimlanes and the decision-rights matrix all read it, so a reader
 * meets the decisions in the order the work meets them, wherever they look.
 */
import type { MapDocument, StepId, TransitionId, TransitionKind } from '../model';
import { buildGraph, type GraphIndex } from './graph';

/** Steps and arrows of a map in flow order. */
export interface FlowOrder {
  /** Every step once: each after every step that moves work into it, unreached ones last. */
  readonly steps: readonly StepId[];
  /** Every arrow once: grouped by the step it leaves, in step order, then damaged ones. */
  readonly transitions: readonly TransitionId[];
}

const KIND_RANK: Record<TransitionKind, number> = { forward: 0, escalation: 1, 'send-back': 2 };

/**
 * Each step's outgoing transitions (graph numbers), forward first, then drawing order. An
 * arrow that closes a loop ranks as the send-back it is, whatever it is drawn as, so the
 * way on is read before the way back.
 */
function sortedOutgoing(doc: MapDocument, g: GraphIndex): Int32Array[] {
  const rankOf = (t: number) =>
    g.progress[t] === 0
      ? KIND_RANK['send-back']
      : KIND_RANK[doc.transitions[g.transitionIds[t]!]!.kind];
  const lists: Int32Array[] = [];
  for (let v = 0; v < g.n; v++) {
    const list = g.outList.slice(g.outStart[v]!, g.outStart[v + 1]!);
    // outList is in drawing order and Array sort is stable, so ties keep drawing order.
    lists.push(Int32Array.from([...list].sort((a, b) => rankOf(a) - rankOf(b))));
  }
  return lists;
}

/**
 * Orders the steps: a reverse postorder over progress arrows (forward and escalation) from
 * the starts — so a step where branches meet comes after every branch — then the steps that
 * only a send-back reaches, where the listing first points at them, then any step nothing
 * reaches, in drawing order.
 */
function stepOrder(g: GraphIndex, outgoing: readonly Int32Array[]): number[] {
  const ranked = new Uint8Array(g.n);
  const order: number[] = [];

  /** Appends the reverse postorder of the unranked steps reachable from `seeds`. */
  const visit = (seeds: readonly number[]) => {
    const post: number[] = [];
    const stack: { v: number; next: number }[] = [];
    // Children are pushed least preferred first, so the preferred one is finished last and
    // comes first once the postorder is reversed.
    for (let s = seeds.length - 1; s >= 0; s--) {
      const seed = seeds[s]!;
      if (ranked[seed]) continue;
      ranked[seed] = 1;
      stack.push({ v: seed, next: outgoing[seed]!.length - 1 });
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const list = outgoing[top.v]!;
        let pushed = false;
        while (top.next >= 0 && !pushed) {
          const t = list[top.next--]!;
          const w = g.target[t]!;
          if (g.progress[t] === 0 || ranked[w]) continue;
          ranked[w] = 1;
          stack.push({ v: w, next: outgoing[w]!.length - 1 });
          pushed = true;
        }
        if (!pushed) post.push(stack.pop()!.v);
      }
    }
    for (let i = post.length - 1; i >= 0; i--) order.push(post[i]!);
  };

  visit(Array.from(g.starts));
  let scanned = 0;
  let unreached = 0;
  for (;;) {
    while (scanned < order.length) {
      for (const t of outgoing[order[scanned++]!]!) visit([g.target[t]!]);
    }
    while (unreached < g.n && ranked[unreached]) unreached++;
    if (unreached === g.n) break;
    visit([unreached]);
  }
  return order;
}

/**
 * Every step and every transition of the map exactly once, in flow order (see the module
 * comment). Arrows whose ends are missing from the map (only possible in a damaged map) come
 * last, in drawing order. Loops are walked once: the arrow that closes one is a send-back
 * (the graph's `progress`), whatever it is drawn as. Pass the analysis's graph when you have
 * it. O(n + m log d) for d the most arrows leaving one step.
 */
export function flowOrder(doc: MapDocument, graph: GraphIndex = buildGraph(doc)): FlowOrder {
  const outgoing = sortedOutgoing(doc, graph);
  const listed = new Uint8Array(graph.m);
  const steps: StepId[] = [];
  const transitions: TransitionId[] = [];
  for (const v of stepOrder(graph, outgoing)) {
    steps.push(graph.stepIds[v]!);
    for (const t of outgoing[v]!) {
      listed[t] = 1;
      transitions.push(graph.transitionIds[t]!);
    }
  }
  for (let t = 0; t < graph.m; t++) if (!listed[t]) transitions.push(graph.transitionIds[t]!);
  return { steps, transitions };
}
