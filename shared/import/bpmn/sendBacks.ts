/**
 * "An arrow that goes back to an earlier step is a send-back": the arrows that close a
 * loop when the map is walked depth-first from its starts (then from any step not reached).
 */
import type { Step, Transition } from '../../model';

/**
 * The transitions with each loop-closing forward arrow marked `send-back`. Arrows in `apart`
 * (message flows between pools, and arrows whose kind the file states) are neither walked
 * nor changed: a message to another organisation is not a step back in the work.
 */
export function markSendBacks(
  steps: readonly Step[],
  transitions: readonly Transition[],
  apart: ReadonlySet<string>,
): Transition[] {
  const out = new Map<string, Transition[]>();
  for (const t of transitions)
    if (!apart.has(t.id)) out.set(t.from, [...(out.get(t.from) ?? []), t]);
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const roots = [...steps.filter((s) => s.kind === 'start'), ...steps];
  for (const root of roots) {
    if (state.has(root.id)) continue;
    // Iterative, so a 100,000-step chain does not overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = out.get(top.id) ?? [];
      if (top.next >= edges.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const t = edges[top.next++]!;
      const seen = state.get(t.to);
      if (seen === 'open') back.add(t.id);
      else if (seen === undefined) {
        state.set(t.to, 'open');
        stack.push({ id: t.to, next: 0 });
      }
    }
  }
  return transitions.map((t) =>
    back.has(t.id) && t.kind === 'forward' ? { ...t, kind: 'send-back' } : t,
  );
}
