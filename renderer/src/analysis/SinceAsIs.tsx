import { useEffect, useMemo, useState } from 'react';
import { analyzeMap } from '../../../shared/analysis';
import { compareMaps } from '../../../shared/compare';
import type { MapDocument, MapId } from '../../../shared/model';
import { api } from '../api/client';
import { useAppStore } from '../state/store';

function count(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * On a to-be map: what changed since the as-is map it came from — steps and arrows added or
 * removed, decisions changed — with the way to the full comparison.
 */
export function SinceAsIs({ toBe }: { toBe: MapDocument }) {
  const asIsId = toBe.info.derivedFrom;
  const [asIs, setAsIs] = useState<MapDocument | null>(null);
  useEffect(() => {
    if (!asIsId) return;
    let live = true;
    api['map:open']({ id: asIsId as MapId })
      .then((opened) => live && setAsIs(opened.doc))
      .catch(() => live && setAsIs(null));
    return () => {
      live = false;
    };
  }, [asIsId]);
  // The as-is map does not change here: analyse it once; the to-be analysis is the pane's.
  const asIsAnalysis = useMemo(() => (asIs ? analyzeMap(asIs) : null), [asIs]);
  const toBeAnalysis = useAppStore((s) => s.analysis);
  const comparison = useMemo(
    () =>
      asIs && asIsAnalysis && toBeAnalysis
        ? compareMaps(asIs, toBe, { asIs: asIsAnalysis, toBe: toBeAnalysis })
        : null,
    [asIs, asIsAnalysis, toBe, toBeAnalysis],
  );
  if (!comparison || !asIs) return null;
  const { steps, transitions, decisionsChanged } = comparison;
  return (
    <section className="since-as-is" aria-label="Since the as-is map">
      <h3>Since “{asIs.info.name}”</h3>
      <p>
        {count(steps.added.length, 'step')} added, {steps.removed.length} removed;{' '}
        {count(transitions.added.length, 'arrow')} added, {transitions.removed.length} removed;{' '}
        {count(decisionsChanged.length, 'decision')} changed.
      </p>
      <button
        className="button small"
        onClick={() => useAppStore.getState().navigate({ view: 'compare', id: toBe.info.id })}
      >
        Open Compare
      </button>
    </section>
  );
}
