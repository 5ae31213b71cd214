import { QUESTION_LABELS, RULES, type Finding, type Severity } from '../../../shared/analysis';
import { votesOf } from '../../../shared/workshop/findings';
import { SEVERITY } from '../analysis/readinessText';
import { Icon } from '../ui/Icon';

const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'note'];
const TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/**
 * The findings, by severity, then by rule: each rule's prompt for the room is printed once,
 * above the places it applies to, rather than repeated under every one of them.
 */
export function FindingsSection({
  findings,
  decisions,
  votes = {},
}: {
  findings: readonly Finding[];
  /** The map's decisions: with none, "no findings" does not mean every decision is ready. */
  decisions: number;
  /** The room's dot votes on findings (workshop mode and the room), printed beside each. */
  votes?: Readonly<Record<string, number>>;
}) {
  return (
    <section className="print-page pv-findings-page">
      <header className="pv-section-heading">
        <h2>Findings</h2>
        <p className="pv-muted">
          What the analysis found, with the question to ask the room to settle each one.
        </p>
      </header>
      {findings.length === 0 && (
        <p>
          {decisions === 0
            ? 'No findings, and no decisions to assess yet.'
            : 'No findings: every decision answers the five questions.'}
        </p>
      )}
      {SEVERITIES.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <div key={severity} className={`pv-finding-group pv-severity-${severity}`}>
            <h3>
              <Icon name={SEVERITY[severity].icon} size={14} />
              {SEVERITY[severity].plural} <span className="pv-count">{list.length}</span>
            </h3>
            {byRule(list).map(([rule, items]) => (
              <div key={rule} className="pv-finding-rule">
                <h4>
                  {TITLES.get(rule) ?? rule}{' '}
                  <span className="pv-muted">· {QUESTION_LABELS[items[0]!.question]}</span>
                </h4>
                <p className="pv-prompt">
                  <span className="pv-prompt-label">Ask the room:</span> “{items[0]!.prompt}”
                </p>
                <ul>
                  {items.map((f, i) => {
                    const n = votesOf(f, votes);
                    return (
                      <li key={i}>
                        {f.message}
                        {n > 0 && (
                          <span className="pv-votes">
                            {' '}
                            · {n} {n === 1 ? 'vote' : 'votes'} from the room
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}

/** Findings of each rule together, rules in the order the analysis ranks them. */
function byRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  return [...groups];
}
