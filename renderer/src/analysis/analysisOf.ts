/**
 * The analysis of the open map, computed once per version of the map and shared by every
 * component that asks (the pane, the chips on the arrows, the inspector). The analysis is
 * a pure function of the map, so a version's result never changes.
 */
import { analyzeMap, type Analysis, type Finding } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import { useAppStore } from '../state/store';

const analyses = new WeakMap<MapDocument, Analysis>();
const byElement = new WeakMap<Analysis, Map<string, Finding[]>>();

export function analysisOf(doc: MapDocument): Analysis {
  let analysis = analyses.get(doc);
  if (!analysis) {
    analysis = analyzeMap(doc);
    analyses.set(doc, analysis);
  }
  return analysis;
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

/** The open map's analysis; re-renders the caller on every edit. */
export function useAnalysis(): Analysis | null {
  const doc = useAppStore((s) => s.doc);
  return doc ? analysisOf(doc) : null;
}
