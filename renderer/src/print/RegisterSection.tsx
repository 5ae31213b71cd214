import { AVAILABILITY_WORDS, type RegisterRow } from '../../../shared/export/register';
import type { RoomAnsweredQuestion } from '../../../shared/model';
import { ANSWER_FIELDS, QUESTION_LABELS } from '../../../shared/questions';
import { READINESS } from '../analysis/readinessText';
import { Icon, type IconName } from '../ui/Icon';
import { READINESS_COLOUR } from './palette';

const AVAILABILITY_TONE = {
  external: 'ok',
  guaranteed: 'ok',
  'some-paths': 'warn',
  'not-upstream': 'bad',
  'not-produced': 'bad',
} as const;

/**
 * Every transition, in flow order, with the answers to the five questions: an HTML table
 * whose header repeats on every page and whose rows are never split across pages.
 */
export function RegisterSection({ rows }: { rows: readonly RegisterRow[] }) {
  return (
    <section className="print-page pv-register-page">
      <header className="pv-section-heading">
        <h2>Decision register</h2>
        <p className="pv-muted">
          Every handoff in flow order, from the start: what is decided, who decides, the information
          it needs and whether that is there in time, what good looks like, and what happens when it
          is not met or something changes.
        </p>
      </header>
      {rows.length === 0 ? (
        <p>This map has no handoffs yet.</p>
      ) : (
        <table className="pv-register">
          <colgroup>
            <col className="pv-c-number" />
            <col className="pv-c-handoff" />
            <col className="pv-c-question" />
            <col className="pv-c-who" />
            <col className="pv-c-info" />
            <col className="pv-c-criteria" />
            <col className="pv-c-notmet" />
            <col className="pv-c-change" />
            <col className="pv-c-readiness" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">From → to</th>
              <th scope="col">{QUESTION_LABELS.what}</th>
              <th scope="col">{QUESTION_LABELS.who}</th>
              <th scope="col">{QUESTION_LABELS.information}</th>
              <th scope="col">{QUESTION_LABELS.good}</th>
              <th scope="col">{ANSWER_FIELDS.ifNotMet.column}</th>
              <th scope="col">{QUESTION_LABELS.change}</th>
              <th scope="col">Readiness</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <Row key={row.transition} number={i + 1} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Row({ row, number }: { row: RegisterRow; number: number }) {
  const state = READINESS[row.readiness];
  const handoff = (
    <td>
      <b>{row.from}</b> → <b>{row.to}</b>
      <div className="pv-cell-note">
        {row.kind !== 'Forward' && <>{row.kind} · </>}
        {row.channel}
      </div>
    </td>
  );
  if (row.readiness === 'automatic') {
    return (
      <tr className="pv-is-automatic">
        <td className="pv-c-number">{number}</td>
        {handoff}
        <td colSpan={6} className="pv-muted">
          Moved by a system: no decision.
        </td>
        <td>
          <Readiness label={state.label} icon={state.icon} colour={READINESS_COLOUR.automatic} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td className="pv-c-number">{number}</td>
      {handoff}
      <td>
        {row.question || <Missing>Not defined</Missing>}
        <FromRoom row={row} question="what" />
      </td>
      <td>
        {row.deciders.length > 0 ? row.deciders.join(', ') : <Missing>No decider</Missing>}
        <FromRoom row={row} question="who" />
        {row.consulted.length > 0 && (
          <div className="pv-cell-note">Consulted: {row.consulted.join(', ')}</div>
        )}
        {row.approvers.length > 0 && (
          <div className="pv-cell-note">Veto: {row.approvers.join(', ')}</div>
        )}
      </td>
      <td>
        {row.information.length === 0 ? (
          <Missing>None listed</Missing>
        ) : (
          <ul className="pv-cell-list">
            {row.information.map((r) => (
              <li key={r.name}>
                {r.name}{' '}
                <span className={`pv-availability pv-tone-${AVAILABILITY_TONE[r.availability]}`}>
                  {capitalise(AVAILABILITY_WORDS[r.availability])}
                </span>
              </li>
            ))}
          </ul>
        )}
        <FromRoom row={row} question="information" />
      </td>
      <td>
        {row.criteria.length === 0 ? (
          <Missing>None</Missing>
        ) : (
          <ul className="pv-cell-list pv-bullets">
            {row.criteria.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
        <FromRoom row={row} question="good" />
      </td>
      <td>{row.ifNotMet || <Missing>Not defined</Missing>}</td>
      <td>
        {row.onChange || <Missing>Not defined</Missing>}
        <FromRoom row={row} question="change" />
      </td>
      <td>
        <Readiness label={state.label} icon={state.icon} colour={READINESS_COLOUR[row.readiness]} />
        <div className="pv-cell-note">{row.score ?? 0}/5 answered</div>
        {(row.targetHours !== null || row.observedHours !== null) && (
          <div className="pv-cell-note">
            {row.targetHours !== null && <>Target {hours(row.targetHours)}. </>}
            {row.observedHours !== null && <>Takes {hours(row.observedHours)}.</>}
          </div>
        )}
      </td>
    </tr>
  );
}

function Readiness({ label, icon, colour }: { label: string; icon: IconName; colour: string }) {
  return (
    <span className="pv-readiness" style={{ color: colour }}>
      <Icon name={icon} size={12} />
      {label}
    </span>
  );
}

function Missing({ children }: { children: React.ReactNode }) {
  return <span className="pv-missing">{children}</span>;
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function hours(h: number): string {
  if (h >= 24 && h % 24 === 0) return `${h / 24} day${h === 24 ? '' : 's'}`;
  return `${h} h`;
}

/** "Proposed by the room" under an answer the workshop's room gave and the facilitator took. */
function FromRoom({ row, question }: { row: RegisterRow; question: RoomAnsweredQuestion }) {
  if (!row.fromRoom.includes(question)) return null;
  return <div className="pv-cell-note">Proposed by the room</div>;
}
