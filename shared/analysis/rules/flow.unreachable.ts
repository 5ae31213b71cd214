import type { MapRule } from '../rule';
import { onStep } from '../report';
import { q } from '../words';

/** A step that no path of arrows (of any kind) reaches from a start. */
export const rule: MapRule = {
  id: 'flow.unreachable',
  scope: 'map',
  severity: 'warning',
  question: 'flow',
  title: 'Step never reached',
  description: 'No path of arrows leads to the step from a start.',
  counts: 'map',
  article: 'The system didn’t break. It was never fully designed to begin with.',
  prompt: 'How does work get to this step: what comes before it?',
  check(ctx, report) {
    const g = ctx.graph;
    ctx.steps.forEach((s, i) => {
      if (g.reachable[i] !== 0) return;
      report(`Work never reaches ${q(ctx.stepLabel(s.id))}: no arrow leads to it from a start.`, [
        onStep(s.id),
      ]);
    });
  },
};
