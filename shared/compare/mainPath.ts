/**
 * The main path of a map and the waiting observed along it: the "approvals take three days"
 * of the whole flow, which a redesign wants to see go down.
 */
import { buildGraph } from '../analysis/graph';
import type { MapDocument, TransitionId } from '../model';

export interface MainPath {
  /** False when no end step can be reached from a start over forward arrows. */
  readonly found: boolean;
  /** The path's arrows, from a start step to an end step; empty when none was found. */
  readonly transitions: readonly TransitionId[];
  /** The sum of the observed waits (`decision.observedHours`) along the path. */
  readonly observedHours: number;
  /**
   * Decisions on the path (arrows not marked automatic) whose observed wait nobody gave:
   * counted as 0 in `observedHours`, and shown as "unknown for N decisions".
   */
  readonly unknown: number;
}

/**
 * The main path: a shortest path, by number of arrows, from a start step (as the analysis
 * finds them) to a step of kind end, over forward arrows only — send-back and escalation
 * arrows are the exceptions, not the main path. Found breadth-first from every start at
 * once, arrows tried in drawing order, so among equally short paths the first found wins
 * and the result is deterministic. An automatic arrow without an observed wait counts 0
 * and is not "unknown" (a system moves the work).
 */
export function mainPath(doc: MapDocument): MainPath {
  const g = buildGraph(doc);
  const via = new Int32Array(g.n).fill(-1);
  const seen = new Uint8Array(g.n);
  const queue: number[] = [];
  for (const s of g.starts) {
    if (seen[s] === 0) {
      seen[s] = 1;
      queue.push(s);
    }
  }
  let end = -1;
  for (let head = 0; head < queue.length && end < 0; head++) {
    const v = queue[head]!;
    if (g.isEnd[v] === 1) {
      end = v;
      break;
    }
    for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) {
      const t = g.outList[k]!;
      const w = g.target[t]!;
      if (seen[w] === 1 || doc.transitions[g.transitionIds[t]!]!.kind !== 'forward') continue;
      seen[w] = 1;
      via[w] = t;
      queue.push(w);
    }
  }
  if (end < 0) return { found: false, transitions: [], observedHours: 0, unknown: 0 };
  const path: TransitionId[] = [];
  for (let v = end; via[v]! >= 0; v = g.source[via[v]!]!) path.push(g.transitionIds[via[v]!]!);
  path.reverse();
  let observedHours = 0;
  let unknown = 0;
  for (const id of path) {
    const d = doc.transitions[id]!.decision;
    if (d.observedHours !== null) observedHours += d.observedHours;
    else if (!d.automatic) unknown++;
  }
  return { found: true, transitions: path, observedHours, unknown };
}
