import type { Availability } from '../../../shared/analysis';
import type { MapDocument, Transition, TransitionId } from '../../../shared/model';
import { LIMITS } from '../../../shared/content/limits';
import type { DecisionPatch } from '../../../shared/operations/types';
import { useAppStore } from '../state/store';
import { CriteriaEditor } from './CriteriaEditor';
import { TextField } from './fields';
import { RequiredInformationPicker, RolePicker } from './decisionPickers';

const AVAILABILITY: Record<Availability, { label: string; tone: string }> = {
  external: { label: 'From outside', tone: 'ok' },
  guaranteed: { label: 'Available', tone: 'ok' },
  'some-paths': { label: 'Only on some paths', tone: 'warn' },
  'not-upstream': { label: 'Not upstream', tone: 'bad' },
  'not-produced': { label: 'Not produced', tone: 'bad' },
};

/** The five questions of a transition's decision, as a form. */
export function DecisionForm({ doc, transition }: { doc: MapDocument; transition: Transition }) {
  const id = transition.id as TransitionId;
  const decision = transition.decision;
  const edit = useAppStore.getState().edit;
  const update = (patch: DecisionPatch, typingKey?: string) =>
    edit({ type: 'decision/update', id, patch }, typingKey ? { typingKey } : {});
  const requirements = useAppStore((s) => s.analysis?.readiness[id]?.requirements) ?? [];
  const availability = new Map(requirements.map((r) => [r.item as string, r.availability]));
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
      {!decision.automatic && (
        <>
          <fieldset className="question-block">
            <legend>1. What is decided?</legend>
            <TextField
              label="Decision question"
              field="question"
              value={decision.question}
              multiline
              rows={2}
              maxLength={LIMITS.label}
              placeholder="e.g. Is the brief complete enough to start creative?"
              onChange={(question) => update({ question }, `decision:${id}:question`)}
            />
          </fieldset>
          <fieldset className="question-block">
            <legend>2. Who decides?</legend>
            <RolePicker
              doc={doc}
              id={id}
              list="deciders"
              label="Decider (one accountable role)"
              placeholder="Type a role or a name"
            />
            <RolePicker
              doc={doc}
              id={id}
              list="consulted"
              label="Consulted for input"
              placeholder="Who gives input?"
            />
            <RolePicker
              doc={doc}
              id={id}
              list="approvers"
              label="Approvers with a veto"
              placeholder="Who can block it?"
            />
            <RolePicker
              doc={doc}
              id={id}
              list="recommenders"
              label="Recommended by"
              placeholder="Who brings it to the decider?"
            />
            <RolePicker
              doc={doc}
              id={id}
              list="informed"
              label="Informed once decided"
              placeholder="Who must be told?"
            />
          </fieldset>
          <fieldset className="question-block">
            <legend>3. What information is required?</legend>
            <RequiredInformationPicker
              doc={doc}
              id={id}
              label="Required information"
              placeholder="e.g. Campaign brief"
              chipExtra={(item: string) => {
                const state = availability.get(item);
                if (!state) return null;
                return (
                  <span className={`availability tone-${AVAILABILITY[state].tone}`}>
                    {AVAILABILITY[state].label}
                  </span>
                );
              }}
            />
          </fieldset>
          <fieldset className="question-block">
            <legend>4. What does good look like?</legend>
            <CriteriaEditor
              criteria={decision.criteria}
              onChange={(criteria, typing) =>
                update({ criteria }, typing ? `decision:${id}:criteria` : undefined)
              }
            />
            <TextField
              label="If the criteria are not met"
              field="ifNotMet"
              value={decision.ifNotMet}
              multiline
              rows={2}
              maxLength={LIMITS.text}
              placeholder="e.g. Back to the brief owner with the missing fields listed"
              onChange={(ifNotMet) => update({ ifNotMet }, `decision:${id}:ifNotMet`)}
            />
          </fieldset>
          <fieldset className="question-block">
            <legend>5. What happens when something changes?</legend>
            <TextField
              label="Change rule"
              field="onChange"
              value={decision.onChange}
              multiline
              rows={2}
              maxLength={LIMITS.text}
              placeholder="e.g. A budget change over 10% goes back to the CMO"
              onChange={(onChange) => update({ onChange }, `decision:${id}:onChange`)}
            />
          </fieldset>
        </>
      )}
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
