import { useLayoutEffect, useRef, useState } from 'react';
import type { Finding, MapHealth } from '../../../shared/analysis';
import type { Comparison } from '../../../shared/compare';
import {
  capList,
  changeCounts,
  comparisonMeasures,
  findingLists,
  FINDING_LISTS,
  FINDING_LIST_WORDS,
  plural,
  rightsChanges,
  shrinkCaps,
  type ListCaps,
} from '../../../shared/compare/measures';
import type { MapDocument } from '../../../shared/model';
import { stepNameIn } from '../../../shared/names';
import { healthPercent } from '../analysis/healthWords';
import { SEVERITY } from '../analysis/readinessText';
import { Icon } from '../ui/Icon';

/**
 * Findings listed per list at most; the rest are counted ("and 12 more"). Fewer are listed
 * when both lists would not fit on the sheet, but never fewer than MIN_LISTED.
 */
const LISTED = 15;
const MIN_LISTED = 3;

function FindingList({
  title,
  findings,
  max,
  empty,
}: {
  title: string;
  findings: readonly Finding[];
  max: number;
  empty: string;
}) {
  const { shown, more } = capList(findings, max);
  return (
    <div className="pv-compare-list">
      <h3>
        {title} <span className="pv-count">{findings.length}</span>
      </h3>
      {findings.length === 0 ? (
        <p className="pv-muted">{empty}</p>
      ) : (
        <ul>
          {shown.map((f, i) => (
            <li key={i} className={`pv-severity-${f.severity}`}>
              <span className="pv-finding-severity" title={SEVERITY[f.severity].label}>
                <Icon name={SEVERITY[f.severity].icon} size={11} />
              </span>
              <span>{f.message}</span>
            </li>
          ))}
          {more > 0 && <li className="pv-compare-more pv-muted">and {more} more</li>}
        </ul>
      )}
    </div>
  );
}

/** "3 of 4 decisions ready", "1 of 1 decision ready", or that there is nothing to assess. */
function readyWords(health: MapHealth): string {
  return health.decisions === 0
    ? 'no decisions to assess yet'
    : `${health.ready} of ${plural(health.decisions, 'decision')} ready`;
}

/**
 * A to-be map against the as-is map it was derived from, on one page: decision health
 * before and after, the Compare view's measures, what changed, and the findings resolved,
 * gone with removed elements, and introduced. Printed only for a to-be map whose as-is map could be opened.
 */
export function ComparisonSection({
  asIs,
  toBe,
  comparison,
  pageHeight,
}: {
  asIs: MapDocument;
  toBe: MapDocument;
  comparison: Comparison;
  /** The sheet's printable height in CSS pixels: the page must fit in it. */
  pageHeight: number;
}) {
  const ref = useRef<HTMLElement>(null);
  const [caps, setCaps] = useState<ListCaps>({
    resolved: LISTED,
    gone: LISTED,
    introduced: LISTED,
  });
  const lists = findingLists(comparison);
  // Measured before the browser paints (and so before the page says it is ready to print):
  // while the page runs over its sheet, list one finding fewer. The screen layout is the
  // paper's: the page is as wide as the sheet's printable area (print.css).
  useLayoutEffect(() => {
    const page = ref.current;
    if (!page) return;
    const style = getComputedStyle(page);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    if (page.getBoundingClientRect().height - padding <= pageHeight) return;
    const lengths = {
      resolved: comparison.findingsResolved.length,
      gone: comparison.findingsGone.length,
      introduced: comparison.findingsIntroduced.length,
    };
    const next = shrinkCaps(caps, lengths, MIN_LISTED);
    // Measuring the DOM and laying out again before paint is what a layout effect is for;
    // it settles in a few passes (shrinkCaps always shrinks, and stops at MIN_LISTED).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (next) setCaps(next);
  }, [caps, comparison, pageHeight]);
  const { before, after } = comparison.health;
  const measures = comparisonMeasures(comparison, asIs, toBe);
  const removedCheckpoints = capList(
    comparison.checkpoints.removedSteps.map((id) => stepNameIn(asIs, id)),
    8,
  );
  return (
    <section ref={ref} className="print-page pv-compare-page">
      <header className="pv-section-heading">
        <h2>Comparison with the as-is map: {asIs.info.name}</h2>
        <p className="pv-muted">
          “{toBe.info.name}”, the workflow as redesigned, against the workflow as it runs today.
          Steps and arrows are matched one to one between the two maps.
        </p>
      </header>
      <div className="pv-compare-grid">
        <div>
          <h3>Decision health</h3>
          <p className="pv-compare-health">
            <strong>{healthPercent(before)}</strong>
            <span className="pv-compare-arrow" aria-label="to">
              →
            </span>
            <strong>{healthPercent(after)}</strong>
          </p>
          <p className="pv-compare-ready pv-muted">
            As-is: {readyWords(before)} · To-be: {readyWords(after)}
          </p>
          <table className="pv-compare-table">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">As-is</th>
                <th scope="col">To-be</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m.label}>
                  <th scope="row">{m.label}</th>
                  <td>
                    {m.before}
                    {m.beforeNote && <span className="pv-cell-note">{m.beforeNote}</span>}
                  </td>
                  <td>
                    {m.after}
                    {m.afterNote && <span className="pv-cell-note">{m.afterNote}</span>}
                  </td>
                  <td className={`pv-change-${m.change.tone}`}>{m.change.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="pv-compare-counts">{changeCounts(comparison)}</p>
          {rightsChanges(comparison) && (
            <p className="pv-compare-counts pv-muted">{rightsChanges(comparison)}</p>
          )}
          {removedCheckpoints.shown.length > 0 && (
            <p className="pv-compare-counts pv-muted">
              Checkpoints removed: {removedCheckpoints.shown.join(', ')}
              {removedCheckpoints.more > 0 && ` and ${removedCheckpoints.more} more`}.
            </p>
          )}
        </div>
        <div>
          {FINDING_LISTS.map((list) => (
            <FindingList
              key={list}
              title={FINDING_LIST_WORDS[list].title}
              findings={lists[list]}
              max={caps[list]}
              empty={FINDING_LIST_WORDS[list].empty}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
