import { finding, listOf, onTransition, q, type MapRule } from '../rule';
import type { Finding } from '../types';

/**
 * A cycle that runs through a send-back arrow. A loop is a strongly connected component
 * (over every arrow) holding at least one send-back arrow between two of its steps; one
 * finding per loop, pointing at its send-back decisions and listing its steps in drawing
 * order.
 */
export const rule: MapRule = {
  id: 'flow.rework-loop',
  scope: 'map',
  severity: 'warning',
  question: 'flow',
  title: 'Rework loop',
  description: 'A cycle that runs through a send-back arrow.',
  counts: 'map',
  article: 'Things get sent back for rework.',
  prompt:
    'What could the person sending it back have told us upfront, so it is right the first time?',
  check(ctx) {
    const g = ctx.graph;
    const { of, cyclic, memberStart, members } = g.components;
    const sendBacks = new Map<number, number[]>();
    for (let t = 0; t < g.m; t++) {
      const s = g.source[t]!;
      if (g.progress[t] === 1 || s < 0 || g.target[t]! < 0) continue;
      const c = of[s]!;
      if (c !== of[g.target[t]!] || cyclic[c] === 0) continue;
      const list = sendBacks.get(c);
      if (list === undefined) sendBacks.set(c, [t]);
      else list.push(t);
    }
    // Report loops in the order of their first send-back arrow in the map.
    const loops = [...sendBacks.entries()].sort((a, b) => a[1][0]! - b[1][0]!);
    const found: Finding[] = [];
    for (const [c, arrows] of loops) {
      const steps = Array.from(
        members.subarray(memberStart[c]!, memberStart[c + 1]!),
        (v) => g.stepIds[v]!,
      );
      const back = arrows.map((t) => ctx.transitions[t]!);
      const by = listOf(back.map((t) => ctx.transitionLabel(t)));
      found.push(
        finding(
          rule,
          `Work is sent back for rework at ${by}, looping through ${listOf(steps.map((s) => q(ctx.stepLabel(s))))}.`,
          back.map((t) => onTransition(t, 'criteria')),
          { steps, sendBacks: back.map((t) => t.id) },
        ),
      );
    }
    return found;
  },
};
