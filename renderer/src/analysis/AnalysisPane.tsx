import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  QUESTION_LABELS,
  type Analysis,
  type Finding,
  type Question,
  type Severity,
} from '../../../shared/analysis';
import { handoffCount } from '../../../shared/lanes/lanes';
import type { MapDocument } from '../../../shared/model';
import { QUESTION_IDS } from '../../../shared/questions';
import { findingKey, sortByVotes, votesOf } from '../../../shared/workshop';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { useAnalysis } from './analysisOf';
import { FixButton } from './FindingFix';
import { HealthSummary } from './HealthSummary';
import { SinceAsIs } from './SinceAsIs';
import { UnassignedNotice } from './UnassignedNotice';
import { SEVERITY } from './readinessText';

const NO_VOTES: Readonly<Record<string, number>> = {};

/**
 * The last handoff count of each set of arrows, and what else it was counted from: kept with
 * the map's arrows (which an edit of a step's name leaves as they are), not beside the module.
 */
const handoffMemos = new WeakMap<
  MapDocument['transitions'],
  {
    readonly order: MapDocument['transitionOrder'];
    readonly roles: MapDocument['roles'];
    steps: MapDocument['steps'];
    readonly count: number;
  }
>();

/** Whether every step has the same performer in both (a rename or a note changes neither). */
function samePerformers(a: MapDocument['steps'], b: MapDocument['steps']): boolean {
  const ids = Object.keys(b);
  if (ids.length !== Object.keys(a).length) return false;
  return ids.every(
    (id) => a[id as keyof typeof a]?.performer === b[id as keyof typeof b]!.performer,
  );
}

/**
 * The handoff count, counted again only when the arrows, the roles or a step's performer
 * change: the selector runs on every store change, and typing a name changes the map.
 */
function handoffsIn(doc: MapDocument): number {
  const memo = handoffMemos.get(doc.transitions);
  if (
    memo &&
    memo.order === doc.transitionOrder &&
    memo.roles === doc.roles &&
    (memo.steps === doc.steps || samePerformers(memo.steps, doc.steps))
  ) {
    memo.steps = doc.steps;
    return memo.count;
  }
  const count = handoffCount(doc);
  handoffMemos.set(doc.transitions, {
    order: doc.transitionOrder,
    roles: doc.roles,
    steps: doc.steps,
    count,
  });
  return count;
}
const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'note'];
/**
 * Findings listed per question before a "Show more" button. A 1,000-step map has thousands
 * of findings; drawing them all made every edit and every frame of the canvas slow.
 */
const FIRST_SHOWN = 20;
const MORE = 50;

/**
 * The analysis pane: decision health, counts per question, and every finding grouped by
 * severity and question, each with the question to ask the room. Clicking a finding takes
 * the person to the element and the field that fixes it.
 */
export function AnalysisPane({
  onReveal,
  onShowUnassigned,
}: {
  onReveal: (finding: Finding) => void;
  /** Takes the person to the steps without a performer (shown with swimlanes on). */
  onShowUnassigned?: () => void;
}) {
  const analysis = useAnalysis();
  // The rows keep their handler across renders (they re-render only when what they show does).
  const revealer = useRef(onReveal);
  useLayoutEffect(() => {
    revealer.current = onReveal;
  });
  const reveal = useCallback((finding: Finding) => revealer.current(finding), []);
  const [filter, setFilter] = useState<Question | null>(null);
  const [byVotes, setByVotes] = useState(false);
  const votes = useAppStore((s) => s.doc?.votes) ?? NO_VOTES;
  const handoffs = useAppStore((s) => (s.doc ? handoffsIn(s.doc) : 0));
  const toBe = useAppStore((s) => (s.doc?.info.derivedFrom ? s.doc : null));
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
      {toBe && <SinceAsIs toBe={toBe} />}
      <p className="handoff-count">
        Handoffs between roles: <strong>{handoffs}</strong>
      </p>
      {onShowUnassigned && <UnassignedNotice onShow={onShowUnassigned} />}
      <QuestionFilter analysis={analysis} filter={filter} onFilter={setFilter} />
      <label className="sort-votes">
        <input
          type="checkbox"
          checked={byVotes}
          onChange={(event) => setByVotes(event.target.checked)}
        />
        Most votes first
      </label>
      <FindingList
        analysis={analysis}
        filter={filter}
        onReveal={reveal}
        votes={votes}
        byVotes={byVotes}
      />
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
      {QUESTION_IDS.map((q) => {
        const count = analysis.health.perQuestion[q];
        const active = filter === q;
        return (
          <button
            key={q}
            className={`question-count${active ? ' is-active' : ''}${count === 0 && analysis.health.decisions > 0 ? ' is-clear' : ''}`}
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

/** The room's dot votes on a finding: the facilitator counts hands and sets the number. */
function Votes({ voteKey, count }: { voteKey: string; count: number }) {
  const set = (n: number) =>
    useAppStore
      .getState()
      .edit({ type: 'votes/set', key: voteKey, count: Math.max(0, Math.min(999, n)) });
  return (
    <div className="votes" role="group" aria-label="Dot votes">
      <button className="vote-button" aria-label="Add a vote" onClick={() => set(count + 1)}>
        +
      </button>
      <span className="vote-count" aria-label={`${count} ${count === 1 ? 'vote' : 'votes'}`}>
        {count}
      </span>
      <button
        className="vote-button"
        aria-label="Remove a vote"
        disabled={count === 0}
        onClick={() => set(count - 1)}
      >
        −
      </button>
    </div>
  );
}

/** Whether two findings show the same and lead to the same place (see FindingRow). */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.rule === b.rule &&
      a.message === b.message &&
      a.prompt === b.prompt &&
      a.targets[0]?.id === b.targets[0]?.id &&
      a.targets[0]?.field === b.targets[0]?.field &&
      a.fix?.transitions.join() === b.fix?.transitions.join())
  );
}

/**
 * One finding with its votes. Every analysis run makes new finding objects, so a row
 * compares what it shows: typing a step's name re-renders only the rows that name it.
 * The rule id is for people who look findings up (the CLI and the JSON print it): it sits
 * in the tooltip and the accessible description, not in the text the room reads.
 */
const FindingRow = memo(
  function FindingRow({
    finding,
    votes,
    onReveal,
    withSeverity = false,
  }: {
    finding: Finding;
    votes: number;
    onReveal: (finding: Finding) => void;
    /** In the one list ranked by votes, where no group heading says it. */
    withSeverity?: boolean;
  }) {
    const severity = SEVERITY[finding.severity];
    return (
      <li className={`finding-item${withSeverity ? ` severity-${finding.severity}` : ''}`}>
        <Votes voteKey={findingKey(finding)} count={votes} />
        <button
          className="finding"
          title={`Rule ${finding.rule}`}
          aria-description={`Rule ${finding.rule}`}
          onClick={() => onReveal(finding)}
        >
          {withSeverity && (
            <span className="finding-severity">
              <Icon name={severity.icon} size={12} />
              {severity.label} · {QUESTION_LABELS[finding.question]}
            </span>
          )}
          <span className="finding-message">{finding.message}</span>
          <span className="finding-prompt">
            <span className="visually-hidden">Ask the room: </span>
            {finding.prompt}
          </span>
        </button>
        {finding.fix && <FixButton fix={finding.fix} />}
      </li>
    );
  },
  (a, b) =>
    a.votes === b.votes &&
    a.onReveal === b.onReveal &&
    a.withSeverity === b.withSeverity &&
    sameFinding(a.finding, b.finding),
);

const FindingList = memo(function FindingList({
  analysis,
  filter,
  onReveal,
  votes,
  byVotes,
}: {
  analysis: Analysis;
  filter: Question | null;
  onReveal: (finding: Finding) => void;
  /** Dot votes of the room, by `findingKey`. */
  votes: Readonly<Record<string, number>>;
  byVotes: boolean;
}) {
  const [shown, setShown] = useState<Readonly<Record<string, number>>>({});
  const groups = useMemo(() => {
    if (byVotes) return [];
    // One pass over what can be thousands of findings, into severity and question.
    const bucket = new Map<string, Finding[]>();
    for (const f of analysis.findings) {
      if (filter && f.question !== filter) continue;
      const key = `${f.severity}:${f.question}`;
      const list = bucket.get(key);
      if (list) list.push(f);
      else bucket.set(key, [f]);
    }
    return SEVERITIES.map((severity) => ({
      severity,
      byQuestion: QUESTION_IDS.map((question) => ({
        question,
        findings: bucket.get(`${severity}:${question}`) ?? [],
      })).filter((g) => g.findings.length > 0),
    })).filter((g) => g.byQuestion.length > 0);
  }, [analysis, filter, byVotes]);
  // "Most votes first" is one list across severities and questions: the room's top
  // priority comes first whatever group it would sit in.
  const ranked = useMemo(() => {
    const doc = useAppStore.getState().doc;
    if (!byVotes || !doc) return null;
    const findings = filter
      ? analysis.findings.filter((f) => f.question === filter)
      : analysis.findings;
    return sortByVotes(findings, votes, doc);
  }, [analysis, filter, byVotes, votes]);

  const limitOf = (key: string) => shown[key] ?? FIRST_SHOWN;
  const more = (key: string, left: number) => (
    <button
      className="button ghost small finding-more"
      onClick={() => setShown({ ...shown, [key]: limitOf(key) + MORE })}
    >
      Show more ({left} not shown)
    </button>
  );

  if (ranked ? ranked.length === 0 : groups.length === 0) {
    // A map without decisions has no findings because there is nothing to assess, not
    // because its decisions are ready.
    if (analysis.health.decisions === 0 && !filter) {
      return <p className="pane-empty is-nothing">No findings: no arrow carries a decision yet.</p>;
    }
    return (
      <p className="pane-empty">
        <Icon name="ready" />{' '}
        {filter ? 'Nothing to fix for this question.' : 'No findings. Every decision is ready.'}
      </p>
    );
  }
  if (ranked) {
    // A row keeps its key when votes reorder the list: findings of one key are kept in order.
    const seen = new Map<string, number>();
    const keyOf = (finding: Finding) => {
      const key = findingKey(finding);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return `${key}#${n}`;
    };
    return (
      <section className="findings" aria-label="Findings ranked by votes">
        <ol className="findings-ranked">
          {ranked.slice(0, limitOf('ranked')).map((finding) => (
            <FindingRow
              key={keyOf(finding)}
              finding={finding}
              votes={votesOf(finding, votes)}
              onReveal={onReveal}
              withSeverity
            />
          ))}
        </ol>
        {ranked.length > limitOf('ranked') && more('ranked', ranked.length - limitOf('ranked'))}
      </section>
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
            {byQuestion.map(({ question, findings }) => {
              const key = `${severity}:${question}`;
              return (
                <div key={question} className="finding-question">
                  <h4>{QUESTION_LABELS[question]}</h4>
                  <ul>
                    {findings.slice(0, limitOf(key)).map((finding, index) => (
                      <FindingRow
                        key={`${finding.rule}-${index}`}
                        finding={finding}
                        votes={votesOf(finding, votes)}
                        onReveal={onReveal}
                      />
                    ))}
                  </ul>
                  {findings.length > limitOf(key) && more(key, findings.length - limitOf(key))}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
});
