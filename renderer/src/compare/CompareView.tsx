import { useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../../shared/analysis';
import type { Comparison } from '../../../shared/compare';
import { compareMaps } from '../../../shared/compare';
import { comparisonMeasures } from '../../../shared/compare/measures';
import type { MapDocument, MapId } from '../../../shared/model';
import { api, messageOf } from '../api/client';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { ThemeToggle } from '../ui/ThemeToggle';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function FindingList({
  title,
  findings,
  empty,
}: {
  title: string;
  findings: readonly Finding[];
  empty: string;
}) {
  return (
    <section className="compare-findings" aria-label={title}>
      <h2>
        {title} <span className="count">{findings.length}</span>
      </h2>
      {findings.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i} className={`severity-${f.severity}`}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Compare: a to-be map beside the as-is map it came from — decision health, answers per
 * question, findings resolved and introduced, checkpoints and handoffs removed, and the
 * waiting observed on the main path.
 */
export function CompareView({ toBeId }: { toBeId: MapId }) {
  const [maps, setMaps] = useState<{ asIs: MapDocument; toBe: MapDocument } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const toBe = (await api['map:open']({ id: toBeId })).doc;
      if (!toBe.info.derivedFrom) throw new Error('This map was not derived from an as-is map.');
      const asIs = (await api['map:open']({ id: toBe.info.derivedFrom })).doc;
      if (live) setMaps({ asIs, toBe });
    })().catch(
      (e: unknown) =>
        live && setError(e instanceof Error && !('code' in e) ? e.message : messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [toBeId]);
  const comparison: Comparison | null = useMemo(
    () => (maps ? compareMaps(maps.asIs, maps.toBe) : null),
    [maps],
  );
  const back = () => useAppStore.getState().navigate({ view: 'map', id: toBeId });

  return (
    <div className="compare">
      <header className="topbar">
        <button className="button ghost" onClick={back} aria-label="Back to the to-be map">
          <Icon name="back" /> Back to the map
        </button>
        <h1 className="compare-title">Compare</h1>
        <ThemeToggle />
      </header>
      {error && (
        <p className="centered" role="alert">
          {error}
        </p>
      )}
      {!error && !comparison && <p className="centered muted">Comparing…</p>}
      {maps && comparison && (
        <main className="compare-main">
          <div className="compare-heads">
            <div>
              <span className="stage-badge">as-is</span>
              <h2>{maps.asIs.info.name}</h2>
              <p
                className="compare-health"
                aria-label={`As-is decision health ${percent(comparison.health.before.share)}`}
              >
                {percent(comparison.health.before.share)}
              </p>
              <p className="muted">
                {comparison.health.before.ready} of {comparison.health.before.decisions} decisions
                ready
              </p>
            </div>
            <div>
              <span className="stage-badge stage-to-be">to-be</span>
              <h2>{maps.toBe.info.name}</h2>
              <p
                className="compare-health"
                aria-label={`To-be decision health ${percent(comparison.health.after.share)}`}
              >
                {percent(comparison.health.after.share)}
              </p>
              <p className="muted">
                {comparison.health.after.ready} of {comparison.health.after.decisions} decisions
                ready
              </p>
            </div>
          </div>
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">As-is</th>
                <th scope="col">To-be</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {comparisonMeasures(comparison, maps.asIs, maps.toBe).map((m) => (
                <tr key={m.label}>
                  <th scope="row">{m.label}</th>
                  <td>
                    {m.before}
                    {m.beforeNote && <span className="cell-note"> ({m.beforeNote})</span>}
                  </td>
                  <td>
                    {m.after}
                    {m.afterNote && <span className="cell-note"> ({m.afterNote})</span>}
                  </td>
                  <td>
                    <span className={`delta is-${m.change.tone}`}>{m.change.text}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="compare-columns">
            <FindingList
              title="Findings resolved"
              findings={comparison.findingsResolved}
              empty="None yet."
            />
            <FindingList
              title="Findings introduced"
              findings={comparison.findingsIntroduced}
              empty="None."
            />
          </div>
          <p className="muted">
            {comparison.steps.removed.length} steps removed, {comparison.steps.added.length} added;{' '}
            {comparison.checkpoints.removedSteps.length} checkpoints removed;{' '}
            {comparison.decisionsChanged.length} decisions changed.
          </p>
        </main>
      )}
    </div>
  );
}
