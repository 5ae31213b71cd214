import type { GraphIndex } from '../graph';
import type { MapRule } from '../rule';
import { onTransition } from '../report';

/** How many checkpoints in a row make a stack. */
export const CHECKPOINT_STACK = 3;

/**
 * Checkpoints in a row. A checkpoint is a progress arrow into a review or approval step;
 * checkpoints are "in a row" when each leaves the step the previous one entered (review →
 * review → approval, with no other kind of step between). One finding per group of
 * checkpoint steps joined by such arrows, when its longest run has three or more
 * checkpoints; it points at the arrows of that run. Progress arrows never go round (the
 * arrow that closes a loop is a send-back), so every run has an end.
 */
export const rule: MapRule = {
  id: 'flow.checkpoint-stack',
  scope: 'map',
  severity: 'note',
  question: 'flow',
  title: 'Checkpoints stacked',
  description:
    'Three or more review or approval steps follow one another with nothing else between them.',
  counts: 'map',
  article: 'They add checkpoints.',
  prompt:
    'What does each of these reviews check that the one before did not? Could one of them go?',
  check(ctx, report) {
    const g = ctx.graph;
    const isCheck = new Uint8Array(g.n);
    ctx.steps.forEach(
      (s, i) => (isCheck[i] = s.kind === 'review' || s.kind === 'approval' ? 1 : 0),
    );
    const checkpoint = (t: number): boolean =>
      g.progress[t] === 1 && g.target[t]! >= 0 && isCheck[g.target[t]!] === 1;
    const { run, last } = longestRuns(g, isCheck, checkpoint);
    const group = groups(g, isCheck, checkpoint);

    const best = new Map<number, number>();
    for (let v = 0; v < g.n; v++) {
      if (isCheck[v] === 0 || run[v]! < CHECKPOINT_STACK) continue;
      const b = best.get(group[v]!);
      if (b === undefined || run[v]! > run[b]!) best.set(group[v]!, v);
    }
    for (const v of [...best.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1])) {
      const arrows: number[] = [];
      for (let w = v; last[w]! >= 0 && arrows.length < run[v]!; w = g.source[last[w]!]!)
        arrows.push(last[w]!);
      arrows.reverse();
      const ts = arrows.map((t) => ctx.transitions[t]!);
      const chain = [ts[0]!.from, ...ts.map((t) => t.to)];
      report(
        `Work passes ${run[v]} checkpoints in a row: ${path(chain.map((s) => ctx.stepLabel(s)))}.`,
        ts.map((t) => onTransition(t)),
        { transitions: ts.map((t) => t.id) },
      );
    }
  },
};

/** "A → B → C"; a long run keeps its first and last steps: "A → B → C → … → Y → Z". */
function path(labels: readonly string[]): string {
  const shown = labels.length > 8 ? [...labels.slice(0, 4), '…', ...labels.slice(-2)] : labels;
  return shown.join(' → ');
}

/**
 * For each checkpoint step, the longest run of checkpoints ending there and the last arrow of
 * that run. Kahn's order over arrows between checkpoint steps (progress arrows have no
 * loops, so every step is reached). O(n + m).
 */
function longestRuns(g: GraphIndex, isCheck: Uint8Array, checkpoint: (t: number) => boolean) {
  const run = new Float64Array(g.n);
  const last = new Int32Array(g.n).fill(-1);
  const waiting = new Int32Array(g.n);
  for (let t = 0; t < g.m; t++) {
    if (!checkpoint(t) || g.source[t]! < 0) continue;
    const v = g.target[t]!;
    if (isCheck[g.source[t]!] === 1) waiting[v]!++;
    else if (run[v] === 0) {
      run[v] = 1;
      last[v] = t;
    }
  }
  const queue: number[] = [];
  for (let v = 0; v < g.n; v++) if (isCheck[v] === 1 && waiting[v] === 0) queue.push(v);
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (let k = g.outStart[u]!; k < g.outStart[u + 1]!; k++) {
      const t = g.outList[k]!;
      if (!checkpoint(t)) continue;
      const w = g.target[t]!;
      if (run[u]! + 1 > run[w]!) {
        run[w] = run[u]! + 1;
        last[w] = t;
      }
      if (--waiting[w]! === 0) queue.push(w);
    }
  }
  return { run, last };
}

/** Groups of checkpoint steps joined by checkpoint arrows (union–find); the smallest step
 * index of a group names it, so groups come out in drawing order. */
function groups(
  g: GraphIndex,
  isCheck: Uint8Array,
  checkpoint: (t: number) => boolean,
): Int32Array {
  const parent = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) parent[v] = v;
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  for (let t = 0; t < g.m; t++) {
    const s = g.source[t]!;
    if (!checkpoint(t) || s < 0 || isCheck[s] === 0) continue;
    const a = find(s);
    const b = find(g.target[t]!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  for (let v = 0; v < g.n; v++) parent[v] = find(v);
  return parent;
}
