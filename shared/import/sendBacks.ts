/**
 * Which imported arrows send work back. A file draws arrows without saying which of them
 * are rework; an arrow that leads back to a step on the way that led to it (a back edge of
 * a depth-first walk from the starts) is the send-back, the same arrow the analysis names
 * as closing a rework loop.
 */
import type { Step, Transition } from '../model';

/**
 * `transitions` with every back edge marked `send-back`. The walk starts at the start
 * steps, then at steps nothing enters, then at any step not yet reached, in drawing order;
 * iterative, as imported maps can be thousands of steps deep.
 */
export function markSendBacks(
  steps: readonly Step[],
  transitions: readonly Transition[],
): Transition[] {
  const index = new Map(steps.map((s, i) => [s.id as string, i]));
  const out: number[][] = steps.map(() => []);
  const entered = new Uint8Array(steps.length);
  transitions.forEach((t, i) => {
    out[index.get(t.from)!]!.push(i);
    entered[index.get(t.to)!] = 1;
  });
  // 0 unseen, 1 on the current way, 2 done.
  const state = new Uint8Array(steps.length);
  const back = new Set<number>();
  const walkFrom = (root: number) => {
    if (state[root] !== 0) return;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [step, next] = top;
      if (next >= out[step]!.length) {
        state[step] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      const arrow = out[step]![next]!;
      const to = index.get(transitions[arrow]!.to)!;
      if (state[to] === 1) back.add(arrow);
      else if (state[to] === 0) {
        state[to] = 1;
        stack.push([to, 0]);
      }
    }
  };
  steps.forEach((s, i) => s.kind === 'start' && walkFrom(i));
  steps.forEach((_, i) => entered[i] === 0 && walkFrom(i));
  steps.forEach((_, i) => walkFrom(i));
  return transitions.map((t, i) => (back.has(i) ? { ...t, kind: 'send-back' } : t));
}
