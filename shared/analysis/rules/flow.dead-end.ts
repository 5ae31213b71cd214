import { finding, onStep, q, type MapRule } from '../rule';

/**
 * A step that is not an end and has no way forward: no forward or escalation arrow leaves
 * it (a send-back alone only returns the work, it never finishes it).
 */
export const rule: MapRule = {
  id: 'flow.dead-end',
  scope: 'map',
  severity: 'warning',
  question: 'flow',
  title: 'Dead end',
  description: 'A step that is not an end has no forward or escalation arrow leaving it.',
  counts: 'map',
  article: 'When does work move forward, and when does it stop?',
  prompt: 'What happens after this step: where does the work go next, or is this where it ends?',
  check(ctx) {
    const g = ctx.graph;
    return ctx.steps
      .filter((_, i) => {
        if (g.isEnd[i] === 1) return false;
        for (let k = g.outStart[i]!; k < g.outStart[i + 1]!; k++)
          if (g.progress[g.outList[k]!] === 1) return false;
        return true;
      })
      .map((s) =>
        finding(
          rule,
          `Work that reaches ${q(ctx.stepLabel(s.id))} has nowhere to go: no arrow leads forward, and it is not an end.`,
          [onStep(s.id, 'kind')],
        ),
      );
  },
};
