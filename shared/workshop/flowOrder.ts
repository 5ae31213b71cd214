/**
 * The order in which work meets a map's steps and arrows: what "walk the decisions" steps
 * through and what orders the swimlanes. Pure; O(n + m) over the analysis's graph index.
 */
import { buildGraph } from '../analysis/graph';
import type { MapDocument, StepId, TransitionId } from '../model';

/** Steps and arrows of a map in flow order. */
export interface FlowOrder {
  /** Every step: those reached from a start in the order reached, then the rest as drawn. */
  readonly steps: readonly StepId[];
  /** Every arrow: in the order their source step is reached, then the rest as drawn. */
  readonly transitions: readonly TransitionId[];
}

/**
 * A breadth-first walk from the start steps (kind start; if none, the steps no forward or
 * escalation arrow enters; if none, the first step drawn — as the analysis finds them, in
 * drawing order). Each step reached lists its forward and escalation arrows first, then its
 * send-back arrows, each group in drawing order; steps first reached by a send-back arrow
 * are visited only after every step forward and escalation arrows reach. Steps and arrows
 * the walk never reaches follow, in drawing order.
 */
export function flowOrder(doc: MapDocument): FlowOrder {
  const g = buildGraph(doc);
  const seen = new Uint8Array(g.n);
  const listed = new Uint8Array(g.m);
  const ahead: number[] = [];
  const back: number[] = [];
  const steps: StepId[] = [];
  const transitions: TransitionId[] = [];
  for (const s of g.starts) {
    if (seen[s] === 1) continue;
    seen[s] = 1;
    ahead.push(s);
  }
  let headAhead = 0;
  let headBack = 0;
  while (headAhead < ahead.length || headBack < back.length) {
    const v = headAhead < ahead.length ? ahead[headAhead++]! : back[headBack++]!;
    steps.push(g.stepIds[v]!);
    for (const progress of [1, 0]) {
      for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) {
        const t = g.outList[k]!;
        if (g.progress[t] !== progress) continue;
        listed[t] = 1;
        transitions.push(g.transitionIds[t]!);
        const w = g.target[t]!;
        if (seen[w] === 1) continue;
        seen[w] = 1;
        (progress === 1 ? ahead : back).push(w);
      }
    }
  }
  for (let v = 0; v < g.n; v++) if (seen[v] === 0) steps.push(g.stepIds[v]!);
  for (let t = 0; t < g.m; t++) if (listed[t] === 0) transitions.push(g.transitionIds[t]!);
  return { steps, transitions };
}
