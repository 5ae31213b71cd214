import { useMemo } from 'react';
import type { MapDocument } from '../../../shared/model';
import { sessionSummary } from '../../../shared/workshop';
import { healthPercent } from '../analysis/healthWords';
import { Dialog } from '../ui/Dialog';

/** What the session defined: shown when the facilitator leaves the walk. */
export function SummaryDialog({
  before,
  after,
  fromRoom = [],
  onClose,
}: {
  before: MapDocument;
  after: MapDocument;
  /** What the room put into the map: accepted answers and revealed dots, in words. */
  fromRoom?: readonly string[];
  onClose: () => void;
}) {
  const summary = useMemo(() => sessionSummary(before, after), [before, after]);
  const { health } = summary;
  return (
    <Dialog title="What this session defined" onClose={onClose} className="summary-dialog">
      <dl className="summary-figures">
        <div>
          <dt>Decision health</dt>
          <dd
            aria-label={`Decision health before ${healthPercent(health.before)}, after ${healthPercent(health.after)}`}
          >
            {healthPercent(health.before)} → <strong>{healthPercent(health.after)}</strong>
          </dd>
        </div>
        <div>
          <dt>Decisions defined</dt>
          <dd>{summary.decisionsDefined.length}</dd>
        </div>
        <div>
          <dt>Findings resolved</dt>
          <dd>{summary.findingsResolved.length}</dd>
        </div>
        <div>
          <dt>Questions parked</dt>
          <dd>{summary.parkingAdded.length}</dd>
        </div>
      </dl>
      {summary.findingsGone.length > 0 && (
        <p className="muted">
          {summary.findingsGone.length} {summary.findingsGone.length === 1 ? 'finding' : 'findings'}{' '}
          left with the steps or arrows removed: not counted as resolved.
        </p>
      )}
      <p>
        Ready decisions: {health.before.ready} of {health.before.decisions} before,{' '}
        {health.after.ready} of {health.after.decisions} now.
      </p>
      {summary.parkingAdded.length > 0 && (
        <>
          <h3>Parked for later</h3>
          <ul className="summary-parked">
            {summary.parkingAdded.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </>
      )}
      {fromRoom.length > 0 && (
        <>
          <h3>From the room</h3>
          <ul className="summary-room">
            {fromRoom.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button className="button primary" autoFocus onClick={onClose}>
          Back to the map
        </button>
      </div>
    </Dialog>
  );
}
