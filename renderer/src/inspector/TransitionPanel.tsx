import { useRef } from 'react';
import {
  CHANNELS,
  CHANNEL_LABELS,
  TRANSITION_KINDS,
  TRANSITION_KIND_LABELS,
  type TransitionId,
} from '../../../shared/model';
import { stepNameIn } from '../../../shared/names';
import { LIMITS } from '../../../shared/content/limits';
import type { TransitionPatch } from '../../../shared/operations/types';
import { useAppStore } from '../state/store';
import { DecisionForm } from './DecisionForm';
import { ElementFindings } from './ElementFindings';
import { SelectField, TextField } from './fields';
import { useFieldFocus } from './useFieldFocus';

/** An arrow: how work moves from one step to the next, and the decision that moves it. */
export function TransitionPanel({ id }: { id: string }) {
  const doc = useAppStore((s) => s.doc);
  const panel = useRef<HTMLElement>(null);
  useFieldFocus(id, panel);
  const transition = doc?.transitions[id];
  if (!doc || !transition) return null;
  const from = stepNameIn(doc, transition.from);
  const to = stepNameIn(doc, transition.to);
  const update = (patch: TransitionPatch, typingKey?: string) =>
    useAppStore
      .getState()
      .edit(
        { type: 'transition/update', id: id as TransitionId, patch },
        typingKey ? { typingKey } : {},
      );
  return (
    <section className="panel" aria-labelledby="transition-panel-title" ref={panel}>
      <h2 id="transition-panel-title" className="panel-title">
        Decision on the handoff
      </h2>
      <p className="route">
        <span>{from}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> to </span>
        <span>{to}</span>
      </p>
      <ElementFindings id={id} />
      <DecisionForm doc={doc} transition={transition} />
      <fieldset className="question-block">
        <legend>The arrow</legend>
        <SelectField
          label="Kind"
          field="kind"
          value={transition.kind}
          options={TRANSITION_KINDS}
          labels={TRANSITION_KIND_LABELS}
          onChange={(kind) => update({ kind })}
        />
        <SelectField
          label="Channel"
          field="channel"
          value={transition.channel}
          options={CHANNELS}
          labels={CHANNEL_LABELS}
          onChange={(channel) => update({ channel })}
        />
        <TextField
          label="Label"
          value={transition.label}
          maxLength={LIMITS.label}
          placeholder="Shown on the arrow in the workflow view"
          onChange={(label) => update({ label }, `transition:${id}:label`)}
        />
      </fieldset>
    </section>
  );
}
