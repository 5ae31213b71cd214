import { useMemo } from 'react';
import type { MapDocument } from '../../../shared/model';
import { topVoted, votesOf } from '../../../shared/workshop';
import { SEVERITY } from '../analysis/readinessText';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';

/**
 * The room's priorities on the projector: the three findings with the most dot votes, across
 * severities and questions, so everyone sees what they agreed matters most. Hidden until
 * someone votes.
 */
export function TopVotes({ doc }: { doc: MapDocument }) {
  const analysis = useAppStore((s) => s.analysis);
  const votes = doc.votes;
  const top = useMemo(
    () => (analysis ? topVoted(analysis.findings, votes, doc) : []),
    [analysis, votes, doc],
  );
  if (top.length === 0) return null;
  return (
    <section className="top-votes" aria-labelledby="top-votes-title">
      <h2 id="top-votes-title">The room’s top {top.length === 1 ? 'finding' : 'findings'}</h2>
      <ol>
        {top.map((finding, i) => {
          const n = votesOf(finding, votes);
          const severity = SEVERITY[finding.severity];
          return (
            <li key={i} className={`severity-${finding.severity}`}>
              <span className="top-votes-count">
                {n} {n === 1 ? 'vote' : 'votes'}
              </span>
              <span className="top-votes-severity">
                <Icon name={severity.icon} size={18} />
                {severity.label}
              </span>
              <span>{finding.message}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
