import type { TransitionId } from '../../model';
import type { MapRule } from '../rule';
import { onTransition } from '../report';
import { listOf, q } from '../words';

/**
 * Any cycle is a rework loop. A loop is a strongly connected component (over every arrow)
 * with a cycle in it; the arrows that send work back inside it are the ones the user marked
 * as send-backs and the ones the graph index found closing the loop whatever their kind
 * (their target comes before their source on every way from the start). One finding per
 * loop: it points at those arrows' decisions, lists the loop's steps in drawing order, and,
 * when some of them are drawn as forward arrows, offers to mark them as send-backs.
 */
export const rule: MapRule = {
  id: 'flow.rework-loop',
  scope: 'map',
  severity: 'warning',
  question: 'flow',
  title: 'Rework loop',
  description:
    'Any cycle: the arrow that closes it (its target comes before its source on every way from the start) is a send-back, whether or not it is marked so.',
  counts: 'map',
  article: 'Things get sent back for rework.',
  prompt:
    'What could the person sending it back have told us upfront, so it is right the first time?',
  check(ctx, report) {
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
    for (const [c, arrows] of loops) {
      const steps = Array.from(
        members.subarray(memberStart[c]!, memberStart[c + 1]!),
        (v) => g.stepIds[v]!,
      );
      const back = arrows.map((t) => ctx.transitions[t]!);
      const unmarked: TransitionId[] = [];
      for (const t of arrows) if (g.closesLoop[t] === 1) unmarked.push(g.transitionIds[t]!);
      const by = listOf(back.map((t) => ctx.transitionLabel(t)));
      const through = listOf(steps.map((s) => q(ctx.stepLabel(s))));
      const drawn =
        unmarked.length === 0
          ? ''
          : unmarked.length === back.length
            ? back.length === 1
              ? ' It is drawn as a forward arrow, but it takes work back to where it has been.'
              : ' They are drawn as forward arrows, but they take work back to where it has been.'
            : ` ${listOf(unmarked.map((id) => ctx.transitionLabel(ctx.doc.transitions[id]!)))} ${unmarked.length === 1 ? 'is' : 'are'} drawn as forward, but ${unmarked.length === 1 ? 'takes' : 'take'} work back.`;
      report(
        `Work is sent back for rework at ${by}, looping through ${through}.${drawn}`,
        back.map((t) => onTransition(t, g.closesLoop[ctx.indexOf(t)] === 1 ? 'kind' : 'criteria')),
        { steps, sendBacks: back.map((t) => t.id), unmarked },
        unmarked.length > 0
          ? { fix: { kind: 'mark-send-back', transitions: unmarked } }
          : undefined,
      );
    }
  },
};
