import type { MapHealth } from '../../../shared/analysis';

/** Decision health: the share of decisions that are ready, with its parts in words. */
export function HealthSummary({ health }: { health: MapHealth }) {
  const percent = Math.round(health.share * 100);
  const part = (n: number) => (health.decisions === 0 ? 0 : (n / health.decisions) * 100);
  return (
    <section className="health" aria-label="Decision health">
      <div className="health-score">
        <span className="health-number" aria-label={`Decision health ${percent} percent`}>
          {percent}%
        </span>
        <span className="health-caption">decision health</span>
      </div>
      <p className="health-detail">
        {health.decisions === 0
          ? 'No decisions on this map yet: draw arrows between steps.'
          : `${health.ready} of ${health.decisions} decisions ready`}
      </p>
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
