/**
 * Render counts for the render-isolation test (tests/e2e/renderCounts.test.ts): only when
 * the page was opened with `?profile=1`, every canvas component counts its renders into
 * `window.__decisionMapRenderCounts` (keys like `step:ID`, `arrow:ID`, `chip:ID`, `canvas`).
 * Otherwise counting is a no-op and nothing is exposed.
 */
type Counts = Record<string, number>;

const counts: Counts | null = new URLSearchParams(window.location.search).has('profile')
  ? ((window as unknown as { __decisionMapRenderCounts: Counts }).__decisionMapRenderCounts = {})
  : null;

/** Counts one render of the component known by `key` (no-op unless profiling). */
export function countRender(key: string): void {
  if (counts) counts[key] = (counts[key] ?? 0) + 1;
}
