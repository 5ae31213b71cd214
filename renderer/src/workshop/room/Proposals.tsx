import type { MapDocument } from '../../../../shared/model';
import type { RoomProposal } from '../../../../shared/room/facilitator';
import { arrowNameById as arrowName } from '../../../../shared/room/view';
import { DECISION_QUESTIONS } from '../../../../shared/questions';

/**
 * What the room sent, grouped: answers by decision and question (the one on screen first),
 * then the questions for the parking lot. Each is accepted into the map or parked.
 */
export function Proposals({
  doc,
  current,
  proposals,
  onAccept,
  onPark,
}: {
  doc: MapDocument;
  current: string | null;
  proposals: readonly RoomProposal[];
  onAccept: (p: RoomProposal) => void;
  onPark: (p: RoomProposal) => void;
}) {
  if (proposals.length === 0)
    return <p className="muted">No answers or questions from the room yet.</p>;
  const answers = proposals.filter((p) => p.kind === 'answer');
  const questions = proposals.filter((p) => p.kind === 'question');
  const decisions = [...new Set(answers.map((p) => p.transition ?? ''))].sort(
    (a, b) => Number(b === current) - Number(a === current),
  );
  const item = (p: RoomProposal, accept: boolean) => (
    <li key={p.id} className="room-proposal">
      <span className="room-proposal-text">{p.text}</span>
      <span className="muted"> — {p.from}</span>
      <span className="room-proposal-actions">
        {accept && (
          <button className="button small primary" onClick={() => onAccept(p)}>
            Accept
          </button>
        )}
        <button className="button small" onClick={() => onPark(p)}>
          Park
        </button>
      </span>
    </li>
  );
  return (
    <div className="room-proposals">
      {decisions.map((t) => (
        <section key={t} aria-label={`Answers for ${arrowName(doc, t) || 'a removed arrow'}`}>
          <h4>{arrowName(doc, t) || 'An arrow no longer on the map'}</h4>
          {DECISION_QUESTIONS.map((card) => {
            const list = answers.filter((p) => p.transition === t && p.question === card.id);
            if (list.length === 0) return null;
            return (
              <div key={card.id} className="room-question-group">
                <h5>{card.title}</h5>
                <ul>{list.map((p) => item(p, Object.hasOwn(doc.transitions, t)))}</ul>
              </div>
            );
          })}
        </section>
      ))}
      {questions.length > 0 && (
        <section aria-label="Questions for the parking lot">
          <h4>Questions for the parking lot</h4>
          <ul>{questions.map((p) => item(p, false))}</ul>
        </section>
      )}
    </div>
  );
}
