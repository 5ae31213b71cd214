import type { MapHealth } from '../../../shared/analysis';
import { healthPercent } from './healthWords';

/** Decision health: the share of decisions that are ready, with its parts in words. */
export function HealthSummary({ health }: { health: MapHealth }) {
  const part = (n: number) => (health.decisions === 0 ? 0 : (n / health.decisions) * 100);
  return (
    <section className="health" aria-label="Decision health">
      {health.decisions === 0 ? (
        // No figure at all: "100%" or "0%" would both say something about decisions that
        // are not there.
        <>
          <p className="health-none">Nothing to assess yet</p>
          <p className="health-detail">
            Decision health counts the decisions that are ready. Draw arrows between steps: each one
            carries a decision.
          </p>
        </>
      ) : (
        <>
          <div className="health-score">
            <span
              className="health-number"
              aria-label={`Decision health ${Math.round(health.share * 100)} percent`}
            >
              {healthPercent(health)}
            </span>
            <span className="health-caption">decision health</span>
          </div>
          <p className="health-detail">
            {health.ready} of {health.decisions} {health.decisions === 1 ? 'decision' : 'decisions'}{' '}
            ready
          </p>
        </>
      )}
      {health.decisions > 0 && (
        <>
          <div className="health-bar" aria-hidden="true">
            <span className="bar-ready" style={{ width: `${part(health.ready)}%` }} />
            <span className="bar-at-risk" style={{ width: `${part(health.atRisk)}%` }} />
            <span className="bar-blocked" style={{ width: `${part(health.blocked)}%` }} />
          </div>
          <ul className="health-legend">
            <li className="legend-ready">{health.ready} ready</li>
            <li className="legend-at-risk">{health.atRisk} at risk</li>
            <li className="legend-blocked">{health.blocked} blocked</li>
          </ul>
        </>
      )}
    </section>
  );
}
