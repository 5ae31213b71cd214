/**
 * Render counts for the render-isolation test (tests/e2e/renderCounts.test.ts): only when
 * the page was opened with `?profile=1`, every canvas component counts its renders into
 * `window.__decisionMapRenderCounts` (keys like `step:ID`, `arrow:ID`, `chip:ID`, `canvas`).
 * Otherwise counting is a no-op and nothing is exposed. `window.__decisionMapLabelsWaiting()`
 * says how many arrow labels wait for their turn (labelTurns.ts), so a test can wait for the
 * labels to have come in rather than for a time.
 */
type Counts = Record<string, number>;

const counts: Counts | null = new URLSearchParams(window.location.search).has('profile')
  ? ((window as unknown as { __decisionMapRenderCounts: Counts }).__decisionMapRenderCounts = {})
  : null;

/** Counts one render of the component known by `key` (no-op unless profiling). */
export function countRender(key: string): void {
  if (counts) counts[key] = (counts[key] ?? 0) + 1;
}

/** Exposes how many arrow labels wait for their turn (no-op unless profiling). */
export function exposeLabelsWaiting(count: () => number): void {
  if (counts)
    (window as unknown as { __decisionMapLabelsWaiting: () => number }).__decisionMapLabelsWaiting =
      count;
}
