import { QUESTION_LABELS, type Analysis, type Question } from '../../../shared/analysis';
import { handoffCount } from '../../../shared/lanes/lanes';
import type { MapDocument } from '../../../shared/model';
import { DECISION_QUESTION_IDS } from '../../../shared/questions';
import { healthPercent, NOTHING_TO_ASSESS } from '../analysis/healthWords';
import { READINESS, SEVERITY } from '../analysis/readinessText';
import { Icon } from '../ui/Icon';
import { READINESS_COLOUR } from './palette';

const TOP_FINDINGS = 8;

const STAGE_WORDS = {
  'as-is': 'As-is map: the workflow as it runs today',
  'to-be': 'To-be map: the workflow as redesigned',
};

interface Props {
  readonly doc: MapDocument;
  readonly analysis: Analysis;
  readonly date: Date;
}

/** The first page: what the map is, how ready its decisions are, what blocks them; sign-off. */
export function SummarySection({ doc, analysis, date }: Props) {
  const { health, findings } = analysis;
  const figure = healthPercent(health);
  const top = findings.slice(0, TOP_FINDINGS);
  const counts = [
    ['ready', health.ready],
    ['at-risk', health.atRisk],
    ['blocked', health.blocked],
  ] as const;
  return (
    <section className="print-page pv-summary-page">
      <header className="pv-doc-title">
        <p className="pv-eyebrow">
          Decision Map · {STAGE_WORDS[doc.info.stage]}
          <span className="pv-doc-date">
            {date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}
          </span>
        </p>
        <h1>{doc.info.name}</h1>
        {doc.info.purpose.trim() && <p className="pv-purpose">{doc.info.purpose}</p>}
        <p className="pv-muted pv-facts">
          {plural(doc.stepOrder.length, 'step')} · {plural(doc.transitionOrder.length, 'arrow')} ·{' '}
          {handoffCount(doc)} between roles (handoffs) · {plural(health.decisions, 'decision')} ·{' '}
          {plural(Object.keys(doc.roles).length, 'role')} ·{' '}
          {plural(Object.keys(doc.information).length, 'information item')}
        </p>
      </header>

      <div className="pv-summary-grid">
        <div className="pv-summary-health">
          <h2>Decision health</h2>
          <p className="pv-health-figure">
            <strong>{figure}</strong>
            <span>
              {health.decisions === 0
                ? NOTHING_TO_ASSESS
                : `${health.ready} of ${plural(health.decisions, 'decision')} ready`}
            </span>
          </p>
          <div className="pv-health-bar" aria-hidden="true">
            {counts.map(([state, n]) =>
              n > 0 ? (
                <span key={state} style={{ flexGrow: n, background: READINESS_COLOUR[state] }} />
              ) : null,
            )}
          </div>
          <ul className="pv-health-counts">
            {counts.map(([state, n]) => (
              <li key={state} style={{ color: READINESS_COLOUR[state] }}>
                <Icon name={READINESS[state].icon} size={13} />
                <span>
                  <b>{n}</b> {READINESS[state].label.toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
          <table className="pv-question-table">
            <thead>
              <tr>
                <th scope="col">The five questions</th>
                <th scope="col">Answered well</th>
                <th scope="col">Findings</th>
              </tr>
            </thead>
            <tbody>
              {DECISION_QUESTION_IDS.map((q) => (
                <tr key={q}>
                  <th scope="row">{QUESTION_LABELS[q]}</th>
                  <td>
                    {health.answered[q]} of {health.decisions}
                  </td>
                  <td>{health.perQuestion[q]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{QUESTION_LABELS.flow}</th>
                <td className="pv-muted">n/a</td>
                <td>{health.perQuestion.flow}</td>
              </tr>
            </tbody>
          </table>
        </div>

        <div className="pv-summary-findings">
          <h2>
            Top findings
            {findings.length > top.length && (
              <span className="pv-muted">
                {' '}
                · {top.length} of {findings.length}, blockers first
              </span>
            )}
          </h2>
          {top.length === 0 ? (
            <p>
              {health.decisions === 0
                ? 'No findings, and no decisions to assess yet.'
                : 'No findings: every decision answers the five questions.'}
            </p>
          ) : (
            <ol className="pv-top-findings">
              {top.map((f, i) => (
                <li key={i} className={`pv-severity-${f.severity}`}>
                  <span className="pv-finding-severity">
                    <Icon name={SEVERITY[f.severity].icon} size={12} />
                    {SEVERITY[f.severity].label}
                  </span>
                  <span className="pv-finding-text">
                    {f.message} <span className="pv-muted">({questionWords(f.question)})</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>

      <div className="pv-signoff" aria-label="Sign-off">
        {['Reviewed by', 'Role', 'Signature', 'Date'].map((label) => (
          <div key={label} className="pv-signoff-field">
            <span className="pv-signoff-line" />
            {label}
          </div>
        ))}
      </div>
    </section>
  );
}

function questionWords(q: Question): string {
  return q === 'flow' ? 'flow' : QUESTION_LABELS[q];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
