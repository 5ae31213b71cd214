import type { DecisionRule } from '../rule';

/**
 * A forward decision with no outcome for when its criteria are not met: no gate text, and
 * its step has no other arrow that sends work back, escalates it, or stops it (leads to an
 * end step). Send-back and escalation arrows (and arrows that close a loop, which the
 * analysis treats as send-backs) are themselves the "not met" outcome of their step's gate,
 * so they are not asked for one of their own.
 */
export const rule: DecisionRule = {
  id: 'gate.no-stop',
  scope: 'decision',
  severity: 'warning',
  question: 'good',
  title: 'No outcome when criteria are not met',
  description:
    'A forward decision has no outcome for when its criteria are not met: no gate text, and no send-back, escalation or stop from its step.',
  counts: 'readiness',
  article: 'When does work move forward, and when does it stop?',
  prompt: 'If it is not good enough, does the work go back, stop, or go up, and to whom?',
  check(ctx, t, report) {
    if (t.kind !== 'forward' || t.decision.ifNotMet.trim() !== '') return;
    const g = ctx.graph;
    // An arrow that closes a loop sends work back, whatever it is drawn as.
    const at = ctx.indexOf(t);
    if (at >= 0 && g.progress[at] === 0) return;
    const s = g.stepIndex.get(t.from);
    if (s !== undefined) {
      for (let k = g.outStart[s]!; k < g.outStart[s + 1]!; k++) {
        const other = g.outList[k]!;
        if (g.transitionIds[other] === t.id) continue;
        if (g.progress[other] === 0 || ctx.transitions[other]!.kind === 'escalation') return;
        if (g.isEnd[g.target[other]!] === 1) return;
      }
    }
    report(
      `Nothing says what happens at ${ctx.transitionLabel(t)} when the criteria are not met: no send-back, stop or escalation.`,
      'ifNotMet',
    );
  },
};
