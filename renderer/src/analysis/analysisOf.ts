/**
 * The analysis of the open map, kept in the store and shared by every component that shows
 * it (the pane, the chips on the arrows, the inspector). It is recomputed after every edit:
 * at once while that is cheap, and once typing pauses when the map is so large that one run
 * would cost more than a few milliseconds of the frame (thousands of steps), so the canvas
 * and the text fields never stutter.
 */
import { analyzeMap, type Analysis, type Finding } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import { useAppStore } from '../state/store';

/** Runs slower than this are deferred until edits pause. */
const FRAME_SHARE_MS = 8;
const PAUSE_MS = 150;

const byElement = new WeakMap<Analysis, Map<string, Finding[]>>();
let lastDurationMs = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

function run(doc: MapDocument): void {
  const started = performance.now();
  const analysis = analyzeMap(doc);
  lastDurationMs = performance.now() - started;
  // Only if the map is still the one analysed (another edit may have come meanwhile).
  if (useAppStore.getState().doc === doc) useAppStore.setState({ analysis });
}

/** Brings the analysis up to date with `doc` (null clears it). */
export function scheduleAnalysis(doc: MapDocument | null): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  if (!doc) {
    lastDurationMs = 0;
    useAppStore.setState({ analysis: null });
  } else if (lastDurationMs <= FRAME_SHARE_MS || useAppStore.getState().analysis === null) {
    run(doc);
  } else {
    timer = setTimeout(() => {
      timer = null;
      const current = useAppStore.getState().doc;
      if (current) run(current);
    }, PAUSE_MS);
  }
}

/** Findings that point at an element (by its id), in the analysis's order. */
export function findingsOn(analysis: Analysis, elementId: string): readonly Finding[] {
  let index = byElement.get(analysis);
  if (!index) {
    index = new Map();
    for (const finding of analysis.findings) {
      for (const target of finding.targets) {
        const list = index.get(target.id) ?? [];
        if (!list.includes(finding)) list.push(finding);
        index.set(target.id, list);
      }
    }
    byElement.set(analysis, index);
  }
  return index.get(elementId) ?? [];
}

/** The open map's analysis; re-renders the caller when it changes. */
export function useAnalysis(): Analysis | null {
  return useAppStore((s) => s.analysis);
}
