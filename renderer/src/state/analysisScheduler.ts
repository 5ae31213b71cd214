/**
 * The analysis of the open map, kept in the store and shared by every component that shows
 * it (the pane, the chips on the arrows, the inspector). It is recomputed after every edit:
 * at once while one run is cheap (up to about a thousand steps: the pane shows a keystroke's
 * effect in the same frame as the field); right after the edit is painted while a run still
 * fits a long frame; and once typing pauses when the map is so large that a run per keystroke
 * would make typing stutter. Edits that come before a deferred run are analysed once.
 *
 * One scheduler per store (createAppStore.ts builds it and hands it the store), so its
 * timings and timers are that store's.
 */
import type { StoreApi } from 'zustand';
import { analyzeMap, type Analysis } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';

/** Runs expected to take longer than this wait until the edit is painted... */
const INLINE_MS = 20;
/** ...and longer than this until edits pause. */
const AFTER_PAINT_MS = 50;
const PAUSE_MS = 150;

/** The part of the store the analysis reads and writes. */
interface Analysed {
  doc: MapDocument | null;
  analysis: Analysis | null;
}

export interface AnalysisScheduler {
  /** Brings the analysis up to date with `doc` (null clears it). */
  schedule(doc: MapDocument | null): void;
}

export function createAnalysisScheduler<S extends Analysed>(store: StoreApi<S>): AnalysisScheduler {
  /** The last few run times: the fastest is the estimate, as a run slowed by garbage collection
   * or by code not yet optimised (the first runs after opening) says little about the next. */
  let recentMs: number[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  const setAnalysis = (analysis: Analysis | null) => store.setState({ analysis } as Partial<S>);

  /** Analyses `doc`, keeping how long it took. */
  function timed(doc: MapDocument): Analysis {
    const started = performance.now();
    const analysis = analyzeMap(doc);
    recentMs = [...recentMs.slice(-2), performance.now() - started];
    return analysis;
  }

  function run(doc: MapDocument): void {
    const analysis = timed(doc);
    // Only if the map is still the one analysed (another edit may have come meanwhile).
    if (store.getState().doc === doc) setAnalysis(analysis);
  }

  function runLatest(): void {
    timer = null;
    const current = store.getState().doc;
    if (current) run(current);
  }

  function cancel(): void {
    if (timer !== null) clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
    timer = null;
    frame = null;
  }

  /**
   * The run when a map opens is slow (the analysis code not yet optimised) and would have the
   * first keystrokes wait for a pause in typing; a second run once the page is idle measures
   * what a run really takes. Its result is the same analysis, so it is not kept.
   */
  function warmUp(): void {
    const measure = () => {
      const doc = store.getState().doc;
      if (doc) timed(doc);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(measure, { timeout: 2000 });
    else setTimeout(measure, 500);
  }

  return {
    schedule(doc) {
      if (!doc) {
        cancel();
        recentMs = [];
        setAnalysis(null);
        return;
      }
      // A run is already due once this frame is painted, and it takes the latest map.
      if (frame !== null) return;
      cancel();
      const expectedMs = Math.min(...recentMs);
      if (store.getState().analysis === null) {
        run(doc);
        warmUp();
      } else if (expectedMs <= INLINE_MS) {
        run(doc);
      } else if (expectedMs <= AFTER_PAINT_MS) {
        // A task queued from an animation frame runs after that frame is painted.
        frame = requestAnimationFrame(() => {
          frame = null;
          timer = setTimeout(runLatest, 0);
        });
      } else {
        timer = setTimeout(runLatest, PAUSE_MS);
      }
    },
  };
}
