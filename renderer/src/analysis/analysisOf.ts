/**
 * The analysis of the open map as components read it. The store keeps it up to date after
 * every edit (state/analysisScheduler.ts says when it runs).
 */
import type { Analysis, Finding } from '../../../shared/analysis';
import { useAppStore } from '../state/store';

const byElement = new WeakMap<Analysis, Map<string, Finding[]>>();

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
