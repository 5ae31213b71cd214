import type { DecisionQuestion, Finding } from '../../../shared/analysis';
import type { MapDocument, TransitionId } from '../../../shared/model';
import { DECISION_QUESTIONS } from '../../../shared/questions';
import { findingsOn } from '../analysis/analysisOf';
import { useDecisionFields } from '../inspector/useDecisionFields';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';

/**
 * The five questions of one decision as large cards: the current answer or the gap, the
 * question to ask the room, and a field to capture the answer without leaving the walk.
 */
export function DecisionCards({ doc, id }: { doc: MapDocument; id: TransitionId }) {
  if (!doc.transitions[id]) return null;
  return <Cards doc={doc} id={id} />;
}

/** The cards of a decision that exists (the field wiring is a hook: no early return). */
function Cards({ doc, id }: { doc: MapDocument; id: TransitionId }) {
  const analysis = useAppStore((s) => s.analysis);
  const readiness = analysis?.readiness[id];
  const findings = analysis ? findingsOn(analysis, id) : [];
  const fields = useDecisionFields(doc, id);
  // One field a card: the quickest answer to capture while the room talks.
  const body: Record<DecisionQuestion, React.ReactNode> = {
    what: fields.question,
    who: fields.roles('deciders'),
    information: fields.requires,
    good: fields.criteria,
    change: fields.onChange,
  };

  return (
    <div className="walk-cards">
      {DECISION_QUESTIONS.map((card, index) => {
        const answered = readiness?.answered[card.id] ?? false;
        const asks = findings.filter((f: Finding) => f.question === card.id);
        return (
          <section
            key={card.id}
            className={`walk-card${answered ? ' is-answered' : ' is-gap'}`}
            aria-labelledby={`card-${card.id}`}
          >
            <header>
              <h2 id={`card-${card.id}`}>
                <span className="card-number">{index + 1}</span> {card.title}
              </h2>
              <span className="card-state">
                <Icon name={answered ? 'ready' : 'warning'} size={20} />
                {answered ? 'Answered' : 'Gap'}
              </span>
            </header>
            {!answered && (
              <p className="card-ask">
                <span className="visually-hidden">Ask the room: </span>
                {asks[0]?.prompt ?? card.ask}
              </p>
            )}
            {asks.length > 0 && (
              <ul className="card-findings">
                {asks.map((f, i) => (
                  <li key={i}>{f.message}</li>
                ))}
              </ul>
            )}
            {body[card.id]}
          </section>
        );
      })}
    </div>
  );
}
