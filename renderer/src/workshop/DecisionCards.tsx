import type { DecisionQuestion, Finding } from '../../../shared/analysis';
import type { MapDocument, TransitionId } from '../../../shared/model';
import { LIMITS } from '../../../shared/operations/schema';
import { QUESTION_CARDS } from '../../../shared/workshop/questions';
import type { DecisionPatch } from '../../../shared/operations/types';
import { findingsOn } from '../analysis/analysisOf';
import { CriteriaEditor } from '../inspector/CriteriaEditor';
import { TextField } from '../inspector/fields';
import { RequiredInformationPicker, RolePicker } from '../inspector/decisionPickers';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';

const CARDS = QUESTION_CARDS;

/**
 * The five questions of one decision as large cards: the current answer or the gap, the
 * question to ask the room, and a field to capture the answer without leaving the walk.
 */
export function DecisionCards({ doc, id }: { doc: MapDocument; id: TransitionId }) {
  const analysis = useAppStore((s) => s.analysis);
  const transition = doc.transitions[id];
  if (!transition) return null;
  const decision = transition.decision;
  const readiness = analysis?.readiness[id];
  const findings = analysis ? findingsOn(analysis, id) : [];
  const edit = useAppStore.getState().edit;
  const update = (patch: DecisionPatch, typingKey?: string) =>
    edit({ type: 'decision/update', id, patch }, typingKey ? { typingKey } : {});

  const body: Record<DecisionQuestion, React.ReactNode> = {
    what: (
      <TextField
        label="The question"
        field="question"
        value={decision.question}
        multiline
        rows={2}
        maxLength={LIMITS.label}
        placeholder="Type the decision as a question"
        onChange={(question) => update({ question }, `decision:${id}:question`)}
      />
    ),
    who: (
      <RolePicker
        doc={doc}
        id={id}
        list="deciders"
        label="Decider"
        placeholder="Type a role and press Enter"
      />
    ),
    information: (
      <RequiredInformationPicker
        doc={doc}
        id={id}
        label="Needed"
        placeholder="Type an item and press Enter"
      />
    ),
    good: (
      <CriteriaEditor
        criteria={decision.criteria}
        onChange={(criteria, typing) =>
          update({ criteria }, typing ? `decision:${id}:criteria` : undefined)
        }
      />
    ),
    change: (
      <TextField
        label="Change rule"
        field="onChange"
        value={decision.onChange}
        multiline
        rows={2}
        maxLength={LIMITS.text}
        placeholder="Where does work go, and who decides again?"
        onChange={(onChange) => update({ onChange }, `decision:${id}:onChange`)}
      />
    ),
  };

  return (
    <div className="walk-cards">
      {CARDS.map((card, index) => {
        const answered = readiness?.answered[card.question] ?? false;
        const asks = findings.filter((f: Finding) => f.question === card.question);
        return (
          <section
            key={card.question}
            className={`walk-card${answered ? ' is-answered' : ' is-gap'}`}
            aria-labelledby={`card-${card.question}`}
          >
            <header>
              <h2 id={`card-${card.question}`}>
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
            {body[card.question]}
          </section>
        );
      })}
    </div>
  );
}
