import type { Transition } from '../../model';
import type { RuleContext } from '../context';
import { reach } from '../graph';
import { distinct, finding, onTransition, q, type MapRule } from '../rule';
import type { Finding } from '../types';

/** A role deciding at least this share of the map's decisions... */
export const BOTTLENECK_SHARE = 0.4;
/** ...and at least this many of them, is a bottleneck. */
export const BOTTLENECK_MIN_DECISIONS = 4;
/**
 * A role must decide at least this many decisions to count as a gate on every path: in a
 * straight line of steps every single decision is on every path, which is the shape of the
 * process, not a load on one person.
 */
export const CUT_MIN_DECISIONS = 2;

/**
 * One role decides a large share of the decisions (>= 40% and at least 4), or its
 * decisions (at least 2) sit on every path from a start to an end: with them removed, no
 * end can be reached over forward and escalation arrows.
 */
export const rule: MapRule = {
  id: 'load.decider-bottleneck',
  scope: 'map',
  severity: 'warning',
  question: 'who',
  title: 'Decider bottleneck',
  description:
    'One role decides a large share of the map’s decisions, or its decisions lie on every path from start to end.',
  counts: 'map',
  article: 'Work gets stuck in review.',
  prompt:
    'Which of these decisions could someone else make, or be settled by clear criteria instead of a person?',
  check(ctx) {
    const byRole = new Map<string, Transition[]>();
    for (let d = 0; d < ctx.decisions.length; d++) {
      const t = ctx.decisions[d]!;
      for (const role of distinct(t.decision.deciders)) {
        const list = byRole.get(role);
        if (list === undefined) byRole.set(role, [t]);
        else list.push(t);
      }
    }
    const total = ctx.decisions.length;
    const candidates = cutCandidates(ctx);
    const found: Finding[] = [];
    // A Map iterates in insertion order: roles in the order of their first decision.
    for (const [role, decided] of byRole) {
      const share = decided.length / total;
      const heavy = share >= BOTTLENECK_SHARE && decided.length >= BOTTLENECK_MIN_DECISIONS;
      const cut =
        decided.length >= CUT_MIN_DECISIONS && candidates.has(role) && isCut(ctx, decided);
      if (!heavy && !cut) continue;
      const name = q(ctx.roleName(role));
      const parts = [
        heavy
          ? `${name} decides ${decided.length} of the map’s ${total} decisions (${Math.round(share * 100)}%).`
          : '',
        cut ? `Every path from start to end passes a decision by ${name}.` : '',
      ];
      found.push(
        finding(
          rule,
          parts.filter((p) => p !== '').join(' '),
          decided.map((t) => onTransition(t, 'deciders')),
          { role, decisions: decided.length, share, cut },
        ),
      );
    }
    return found;
  },
};

/**
 * Every cut must contain an arrow of any one start-to-end path, so only roles deciding an
 * arrow of the shortest such path need the full check: a handful of graph walks, not one
 * per role.
 */
function cutCandidates(ctx: RuleContext): Set<string> {
  const g = ctx.graph;
  const via = new Int32Array(g.n).fill(-1);
  const seen = new Uint8Array(g.n);
  const queue: number[] = [];
  for (const s of g.starts) {
    if (seen[s] === 1) continue;
    seen[s] = 1;
    queue.push(s);
  }
  let end = -1;
  for (let head = 0; head < queue.length && end < 0; head++) {
    const v = queue[head]!;
    if (g.isEnd[v] === 1) end = v;
    for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) {
      const t = g.outList[k]!;
      const w = g.target[t]!;
      if (g.progress[t] === 0 || seen[w] === 1) continue;
      seen[w] = 1;
      via[w] = t;
      queue.push(w);
    }
  }
  const roles = new Set<string>();
  for (let v = end; v >= 0 && via[v]! >= 0; v = g.source[via[v]!]!) {
    const t = ctx.transitions[via[v]!]!;
    if (!t.decision.automatic) for (const r of t.decision.deciders) roles.add(r);
  }
  return roles;
}

/** True when no end step can be reached from the starts without one of these decisions. */
function isCut(ctx: RuleContext, decided: readonly Transition[]): boolean {
  const g = ctx.graph;
  const skip = new Uint8Array(g.m);
  for (const t of decided) skip[ctx.indexOf(t)] = 1;
  const seen = reach(g, g.starts, true, skip);
  for (let v = 0; v < g.n; v++) if (g.isEnd[v] === 1 && seen[v] === 1) return false;
  return true;
}
