import type { GraphIndex } from '../graph';
import type { MapRule } from '../rule';
import { onStep } from '../report';
import { listOf, q } from '../words';

/**
 * Work that cannot finish:
 * - a map with steps but no end step: nothing says where the work is finished. One finding,
 *   on the steps where work stops (no arrow leaves them), or on the start when it only loops;
 * - otherwise, each step that is not an end and from which no end can be reached, over
 *   arrows of any kind: nothing leaves it, or every way on goes round without finishing. A
 *   step whose only way on is a send-back is not a dead end when the work sent back can
 *   still finish ("Vendor corrects invoice" back to the approval): that is a rework loop.
 */
export const rule: MapRule = {
  id: 'flow.dead-end',
  scope: 'map',
  severity: 'warning',
  question: 'flow',
  title: 'Dead end',
  description:
    'A step that is not an end, from which no end can be reached (nothing leaves it, or every way on goes round without finishing); or the map has no end step.',
  counts: 'map',
  article: 'When does work move forward, and when does it stop?',
  prompt: 'What happens after this step: where does the work go next, or is this where it ends?',
  check(ctx, report) {
    const g = ctx.graph;
    const label = (i: number): string => q(ctx.stepLabel(g.stepIds[i]!));
    const leaves = (i: number): boolean => g.outStart[i + 1]! > g.outStart[i]!;
    let ends = 0;
    for (let i = 0; i < g.n; i++) ends += g.isEnd[i]!;
    if (ends === 0) {
      if (g.n === 0) return;
      const stops: number[] = [];
      for (let i = 0; i < g.n; i++) if (!leaves(i)) stops.push(i);
      const where = stops.length > 0 ? stops : [g.starts[0] ?? 0];
      report(
        stops.length > 0
          ? `The map has no end step: nothing says where the work is finished. It stops at ${listOf(stops.map(label))}.`
          : 'The map has no end step: nothing says where the work is finished, and it only goes round.',
        where.map((i) => onStep(g.stepIds[i]!, 'kind')),
        { noEnd: true },
        { prompt: NO_END_PROMPT },
      );
      return;
    }
    const finishes = reachesAnEnd(g);
    for (let i = 0; i < g.n; i++) {
      if (finishes[i] === 1) continue;
      report(
        leaves(i)
          ? `Work that reaches ${label(i)} can never finish: no way on from it leads to an end.`
          : `Work that reaches ${label(i)} has nowhere to go: no arrow leads on, and it is not an end.`,
        [onStep(g.stepIds[i]!, 'kind')],
      );
    }
  },
};

/** The question for a map with no end at all: where the work ends. */
const NO_END_PROMPT = 'Where is this work finished: which step is the end?';

/** 1 for each step from which an end step can be reached over arrows of any kind. O(n + m). */
function reachesAnEnd(g: GraphIndex): Uint8Array {
  const seen = new Uint8Array(g.n);
  const queue = new Int32Array(g.n);
  let tail = 0;
  for (let i = 0; i < g.n; i++) {
    if (g.isEnd[i] === 1) {
      seen[i] = 1;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let k = g.inStart[v]!; k < g.inStart[v + 1]!; k++) {
      const u = g.source[g.inList[k]!]!;
      if (seen[u] === 1) continue;
      seen[u] = 1;
      queue[tail++] = u;
    }
  }
  return seen;
}
