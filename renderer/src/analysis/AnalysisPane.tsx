import { memo, useMemo, useState } from 'react';
import {
  QUESTION_LABELS,
  type Analysis,
  type Finding,
  type Question,
  type Severity,
} from '../../../shared/analysis';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { useAnalysis } from './analysisOf';
import { HealthSummary } from './HealthSummary';
import { SEVERITY } from './readinessText';

const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'note'];
const QUESTIONS: readonly Question[] = ['what', 'who', 'information', 'good', 'change', 'flow'];

/**
 * The analysis pane: decision health, counts per question, and every finding grouped by
 * severity and question, each with the question to ask the room. Clicking a finding takes
 * the person to the element and the field that fixes it.
 */
export function AnalysisPane({ onReveal }: { onReveal: (finding: Finding) => void }) {
  const analysis = useAnalysis();
  const [filter, setFilter] = useState<Question | null>(null);
  if (!analysis) return null;
  return (
    <aside className="analysis-pane" aria-label="Analysis">
      <header className="pane-header">
        <h2 className="panel-title">Analysis</h2>
        <button
          className="icon-button"
          aria-label="Hide the analysis pane"
          title="Hide (A)"
          onClick={() => useAppStore.getState().toggleAnalysis()}
        >
          <Icon name="close" size={16} />
        </button>
      </header>
      <HealthSummary health={analysis.health} />
      <QuestionFilter analysis={analysis} filter={filter} onFilter={setFilter} />
      <FindingList analysis={analysis} filter={filter} onReveal={onReveal} />
    </aside>
  );
}

function QuestionFilter({
  analysis,
  filter,
  onFilter,
}: {
  analysis: Analysis;
  filter: Question | null;
  onFilter: (q: Question | null) => void;
}) {
  return (
    <section className="question-counts" aria-label="Findings per question">
      {QUESTIONS.map((q) => {
        const count = analysis.health.perQuestion[q];
        const active = filter === q;
        return (
          <button
            key={q}
            className={`question-count${active ? ' is-active' : ''}${count === 0 ? ' is-clear' : ''}`}
            aria-pressed={active}
            onClick={() => onFilter(active ? null : q)}
          >
            <span>{QUESTION_LABELS[q]}</span>
            <span className="count">{count}</span>
          </button>
        );
      })}
    </section>
  );
}

const FindingList = memo(function FindingList({
  analysis,
  filter,
  onReveal,
}: {
  analysis: Analysis;
  filter: Question | null;
  onReveal: (finding: Finding) => void;
}) {
  const groups = useMemo(() => {
    const shown = filter
      ? analysis.findings.filter((f) => f.question === filter)
      : analysis.findings;
    return SEVERITIES.map((severity) => ({
      severity,
      byQuestion: QUESTIONS.map((question) => ({
        question,
        findings: shown.filter((f) => f.severity === severity && f.question === question),
      })).filter((g) => g.findings.length > 0),
    })).filter((g) => g.byQuestion.length > 0);
  }, [analysis, filter]);

  if (groups.length === 0) {
    return (
      <p className="pane-empty">
        <Icon name="ready" />{' '}
        {filter ? 'Nothing to fix for this question.' : 'No findings. Every decision is ready.'}
      </p>
    );
  }
  return (
    <div className="findings">
      {groups.map(({ severity, byQuestion }) => {
        const total = byQuestion.reduce((n, g) => n + g.findings.length, 0);
        return (
          <section
            key={severity}
            className={`finding-group severity-${severity}`}
            aria-label={SEVERITY[severity].plural}
          >
            <h3 className="group-title">
              <Icon name={SEVERITY[severity].icon} size={14} />
              {SEVERITY[severity].plural} <span className="count">{total}</span>
            </h3>
            {byQuestion.map(({ question, findings }) => (
              <div key={question} className="finding-question">
                <h4>{QUESTION_LABELS[question]}</h4>
                <ul>
                  {findings.map((finding, index) => (
                    <li key={`${finding.rule}-${index}`}>
                      <button className="finding" onClick={() => onReveal(finding)}>
                        <span className="finding-message">{finding.message}</span>
                        <span className="finding-prompt">
                          <span className="visually-hidden">Ask the room: </span>
                          {finding.prompt}
                        </span>
                        <span className="finding-rule">{finding.rule}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
});
