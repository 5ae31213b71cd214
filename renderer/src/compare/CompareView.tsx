import { useEffect, useMemo, useState } from 'react';
import { QUESTION_LABELS, type Finding } from '../../../shared/analysis';
import type { BeforeAfter, Comparison, MainPath } from '../../../shared/compare';
import { compareMaps } from '../../../shared/compare';
import type { MapDocument, MapId } from '../../../shared/model';
import { api, messageOf } from '../api/client';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { ThemeToggle } from '../ui/ThemeToggle';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function Delta({ value, better }: { value: number; better: 'up' | 'down' }) {
  if (value === 0) return <span className="delta">no change</span>;
  const good = better === 'up' ? value > 0 : value < 0;
  return (
    <span className={`delta ${good ? 'is-better' : 'is-worse'}`}>
      {value > 0 ? '+' : '−'}
      {Math.abs(value)} {good ? '(better)' : '(worse)'}
    </span>
  );
}

function Row({
  label,
  pair,
  better,
  format = String,
}: {
  label: string;
  pair: BeforeAfter<number>;
  better: 'up' | 'down';
  format?: (n: number) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{format(pair.before)}</td>
      <td>{format(pair.after)}</td>
      <td>
        <Delta value={pair.after - pair.before} better={better} />
      </td>
    </tr>
  );
}

function waitText(path: MainPath): string {
  if (!path.found) return 'No path from a start to an end';
  const unknown = path.unknown > 0 ? ` (unknown for ${path.unknown})` : '';
  return `${path.observedHours} h${unknown}`;
}

/** The waiting observed on the main path; no figure is invented when there is no such path. */
function WaitRow({ pair }: { pair: BeforeAfter<MainPath> }) {
  const both = pair.before.found && pair.after.found;
  return (
    <tr>
      <th scope="row">Observed wait on the main path</th>
      <td>{waitText(pair.before)}</td>
      <td>{waitText(pair.after)}</td>
      <td>
        {both ? (
          <Delta value={pair.after.observedHours - pair.before.observedHours} better="down" />
        ) : (
          <span className="delta">cannot compare</span>
        )}
      </td>
    </tr>
  );
}

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
              <Row
                label="Decisions ready"
                pair={{
                  before: comparison.health.before.ready,
                  after: comparison.health.after.ready,
                }}
                better="up"
              />
              {comparison.findingsPerQuestion.map((q) => (
                <Row
                  key={q.question}
                  label={`Findings: ${QUESTION_LABELS[q.question]}`}
                  pair={q}
                  better="down"
                />
              ))}
              <Row
                label="Checkpoint steps (reviews, approvals)"
                pair={comparison.checkpoints.steps}
                better="down"
              />
              <Row label="Handoffs between roles" pair={comparison.handoffs} better="down" />
              <WaitRow pair={comparison.mainPath} />
              <Row
                label="Steps"
                pair={{ before: maps.asIs.stepOrder.length, after: maps.toBe.stepOrder.length }}
                better="down"
              />
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
