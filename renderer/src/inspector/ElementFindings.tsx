import { useMemo } from 'react';
import { useAnalysis } from '../analysis/analysisOf';
import { SEVERITY } from '../analysis/readinessText';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { roleKindTarget } from './roleKindTarget';
import { showRoleKind } from './showRoleKind';

/** The findings on one step or arrow, at the top of its panel, each leading to its field. */
export function ElementFindings({ id }: { id: string }) {
  const analysis = useAnalysis();
  // One pass over the findings, not an index of all of them: this runs after every edit.
  const findings = useMemo(
    () => analysis?.findings.filter((f) => f.targets.some((t) => t.id === id)) ?? [],
    [analysis, id],
  );
  if (findings.length === 0) return null;
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const summary = (['blocker', 'warning', 'note'] as const)
    .filter((s) => count(s) > 0)
    .map(
      (s) =>
        `${count(s)} ${(count(s) === 1 ? SEVERITY[s].label : SEVERITY[s].plural).toLowerCase()}`,
    )
    .join(', ');
  return (
    <details className={`element-findings-box${count('blocker') ? ' has-blockers' : ''}`}>
      <summary>
        <Icon name={count('blocker') ? 'blocked' : 'warning'} size={14} /> {summary} here
      </summary>
      <ul className="element-findings" aria-label="Findings here">
        {findings.map((finding, index) => {
          const field = finding.targets.find((t) => t.id === id)?.field;
          // A finding about a role's kind leads to the Roles panel, as from the pane.
          const doc = useAppStore.getState().doc;
          const role = doc ? roleKindTarget(finding, doc) : null;
          return (
            <li key={`${finding.rule}-${index}`} className={`severity-${finding.severity}`}>
              <button
                className="element-finding"
                disabled={!field && !role}
                onClick={() => {
                  if (role) showRoleKind(role);
                  else if (field) useAppStore.getState().focusField(id, field);
                }}
              >
                <Icon name={SEVERITY[finding.severity].icon} size={14} />
                <span>
                  <span className="visually-hidden">{SEVERITY[finding.severity].label}: </span>
                  {finding.message}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
