import { useEffect, useMemo, useState } from 'react';
import { analyzeMap, type Analysis, type Finding, type MapHealth } from '../../../shared/analysis';
import type { Comparison } from '../../../shared/compare';
import { compareMaps } from '../../../shared/compare';
import {
  changeCounts,
  comparisonMeasures,
  findingLists,
  FINDING_LISTS,
  FINDING_LIST_WORDS,
  plural,
  rightsChanges,
} from '../../../shared/compare/measures';
import type { MapDocument, MapId } from '../../../shared/model';
import { api, messageOf } from '../api/client';
import { useAppStore } from '../state/store';
import { healthPercent, NOTHING_TO_ASSESS } from '../analysis/healthWords';
import { SEVERITY } from '../analysis/readinessText';
import { Icon } from '../ui/Icon';
import { ThemeToggle } from '../ui/ThemeToggle';
import { MapsSideBySide } from './MapsSideBySide';

function FindingList({
  title,
  note,
  findings,
  empty,
}: {
  title: string;
  note: string;
  findings: readonly Finding[];
  empty: string;
}) {
  return (
    <section className="compare-findings" aria-label={title}>
      <h2>
        {title} <span className="count">{findings.length}</span>
      </h2>
      <p className="muted small">{note}</p>
      {findings.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i} className={`severity-${f.severity}`}>
              <span className="compare-severity" title={SEVERITY[f.severity].label}>
                <Icon name={SEVERITY[f.severity].icon} size={14} />
                <span className="visually-hidden">{SEVERITY[f.severity].label}: </span>
              </span>
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One map's name and decision health, above the comparison. */
function HealthHead({
  stage,
  name,
  health,
}: {
  stage: 'as-is' | 'to-be';
  name: string;
  health: MapHealth;
}) {
  const label = stage === 'as-is' ? 'As-is' : 'To-be';
  return (
    <div>
      <span className={`stage-badge${stage === 'to-be' ? ' stage-to-be' : ''}`}>{stage}</span>
      <h2>{name}</h2>
      <p
        className="compare-health"
        aria-label={`${label} decision health ${healthPercent(health)}`}
      >
        {healthPercent(health)}
      </p>
      <p className="muted">
        {health.decisions === 0
          ? NOTHING_TO_ASSESS
          : `${health.ready} of ${plural(health.decisions, 'decision')} ready`}
      </p>
    </div>
  );
}

/** What each finding list holds, in a line under its title. */
const LIST_NOTES = {
  resolved: 'The step or arrow is still there and the finding is gone.',
  gone: 'Left with the step or arrow the redesign removed: not fixed, just no longer drawn.',
  introduced: 'New in the to-be map.',
} as const;

/**
 * Compare: a to-be map beside the as-is map it came from — decision health, the two maps
 * side by side with what changed marked, the measures, findings resolved, gone with removed
 * elements and introduced, checkpoints and handoffs removed, and the waiting observed on the
 * main path.
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
  const analyses: { asIs: Analysis; toBe: Analysis } | null = useMemo(
    () => (maps ? { asIs: analyzeMap(maps.asIs), toBe: analyzeMap(maps.toBe) } : null),
    [maps],
  );
  const comparison: Comparison | null = useMemo(
    () => (maps && analyses ? compareMaps(maps.asIs, maps.toBe, analyses) : null),
    [maps, analyses],
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
      {maps && analyses && comparison && (
        <main className="compare-main">
          <div className="compare-heads">
            <HealthHead
              stage="as-is"
              name={maps.asIs.info.name}
              health={comparison.health.before}
            />
            <HealthHead stage="to-be" name={maps.toBe.info.name} health={comparison.health.after} />
          </div>
          <p className="compare-counts">{changeCounts(comparison)}</p>
          {rightsChanges(comparison) && (
            <p className="compare-rights">{rightsChanges(comparison)}</p>
          )}
          <MapsSideBySide
            asIs={maps.asIs}
            toBe={maps.toBe}
            analyses={analyses}
            comparison={comparison}
          />
          <h2 className="compare-section-title">Measures</h2>
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
            {FINDING_LISTS.map((list) => (
              <FindingList
                key={list}
                title={FINDING_LIST_WORDS[list].title}
                note={LIST_NOTES[list]}
                findings={findingLists(comparison)[list]}
                empty={FINDING_LIST_WORDS[list].empty}
              />
            ))}
          </div>
        </main>
      )}
    </div>
  );
}
