import {
  CHANNELS,
  CHANNEL_LABELS,
  TRANSITION_KINDS,
  TRANSITION_KIND_LABELS,
  type TransitionId,
} from '../../../shared/model';
import { LIMITS } from '../../../shared/operations/schema';
import type { TransitionPatch } from '../../../shared/operations/types';
import { useAppStore } from '../state/store';
import { SelectField, TextField } from './fields';

/** An arrow: how work moves from one step to the next. */
export function TransitionPanel({ id }: { id: string }) {
  const transition = useAppStore((s) => s.doc?.transitions[id]);
  const from = useAppStore((s) => (transition ? s.doc?.steps[transition.from]?.label : ''));
  const to = useAppStore((s) => (transition ? s.doc?.steps[transition.to]?.label : ''));
  if (!transition) return null;
  const update = (patch: TransitionPatch, typingKey?: string) =>
    useAppStore
      .getState()
      .edit({ type: 'transition/update', id: id as TransitionId, patch }, { typingKey });
  return (
    <section className="panel" aria-labelledby="transition-panel-title">
      <h2 id="transition-panel-title" className="panel-title">
        Handoff
      </h2>
      <p className="route">
        <span>{from || 'Untitled step'}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> to </span>
        <span>{to || 'Untitled step'}</span>
      </p>
      <SelectField
        label="Kind"
        value={transition.kind}
        options={TRANSITION_KINDS}
        labels={TRANSITION_KIND_LABELS}
        onChange={(kind) => update({ kind })}
      />
      <SelectField
        label="Channel"
        value={transition.channel}
        options={CHANNELS}
        labels={CHANNEL_LABELS}
        onChange={(channel) => update({ channel })}
      />
      <TextField
        label="Label"
        value={transition.label}
        maxLength={LIMITS.label}
        placeholder="Shown on the arrow"
        onChange={(label) => update({ label }, `transition:${id}:label`)}
      />
    </section>
  );
}
