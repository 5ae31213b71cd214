import type { MapDocument, Transition, TransitionId } from '../../../shared/model';
import { LIMITS } from '../../../shared/content/limits';
import { DECISION_QUESTIONS, type DecisionQuestion } from '../../../shared/questions';
import { useDecisionFields } from './useDecisionFields';

/** The five questions of a transition's decision, as a form. */
export function DecisionForm({ doc, transition }: { doc: MapDocument; transition: Transition }) {
  const id = transition.id as TransitionId;
  const decision = transition.decision;
  const fields = useDecisionFields(doc, id);
  const update = fields.update;
  const body: Record<DecisionQuestion, React.ReactNode> = {
    what: fields.question,
    who: (
      <>
        {fields.roles('deciders')}
        {fields.roles('consulted')}
        {fields.roles('approvers')}
        {fields.roles('recommenders')}
        {fields.roles('informed')}
      </>
    ),
    information: fields.requires,
    good: (
      <>
        {fields.criteria}
        {fields.ifNotMet}
      </>
    ),
    change: fields.onChange,
  };
  return (
    <div className="decision-form">
      <label className="switch">
        <input
          type="checkbox"
          checked={decision.automatic}
          onChange={(event) => update({ automatic: event.target.checked })}
        />
        <span>Automatic — a system moves the work, no one decides</span>
      </label>
      {!decision.automatic &&
        DECISION_QUESTIONS.map((q, index) => (
          <fieldset key={q.id} className="question-block">
            <legend>
              {index + 1}. {q.title}
            </legend>
            {body[q.id]}
          </fieldset>
        ))}
      <fieldset className="question-block">
        <legend>Time</legend>
        <div className="hours">
          <HoursField
            label="Target turnaround (hours)"
            field="targetHours"
            value={decision.targetHours}
            onChange={(targetHours) => update({ targetHours })}
          />
          <HoursField
            label="Typical wait today (hours)"
            field="observedHours"
            value={decision.observedHours}
            onChange={(observedHours) => update({ observedHours })}
          />
        </div>
      </fieldset>
    </div>
  );
}

function HoursField({
  label,
  field,
  value,
  onChange,
}: {
  label: string;
  field: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        max={LIMITS.hours}
        step={1}
        inputMode="decimal"
        data-field={field}
        value={value ?? ''}
        onChange={(event) => {
          const text = event.target.value;
          const number = Number(text);
          if (text === '') onChange(null);
          else if (Number.isFinite(number) && number >= 0 && number <= LIMITS.hours)
            onChange(number);
        }}
      />
    </label>
  );
}
