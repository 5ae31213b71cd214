import { STEP_KINDS, STEP_KIND_LABELS, type StepId } from '../../../shared/model';
import { LIMITS } from '../../../shared/operations/schema';
import type { StepPatch } from '../../../shared/operations/types';
import { useAppStore } from '../state/store';
import { SelectField, TextField } from './fields';

/** A step: its name, kind and notes. */
export function StepPanel({ id }: { id: string }) {
  const step = useAppStore((s) => s.doc?.steps[id]);
  if (!step) return null;
  const update = (patch: StepPatch, typingKey?: string) =>
    useAppStore.getState().edit({ type: 'step/update', id: id as StepId, patch }, { typingKey });
  return (
    <section className="panel" aria-labelledby="step-panel-title">
      <h2 id="step-panel-title" className="panel-title">
        Step
      </h2>
      <TextField
        label="Name"
        value={step.label}
        maxLength={LIMITS.label}
        placeholder="What happens here?"
        onChange={(label) => update({ label }, `step:${id}:label`)}
      />
      <SelectField
        label="Kind"
        value={step.kind}
        options={STEP_KINDS}
        labels={STEP_KIND_LABELS}
        onChange={(kind) => update({ kind })}
      />
      <TextField
        label="Notes"
        value={step.notes}
        multiline
        maxLength={LIMITS.text}
        placeholder="Anything the room said about this step"
        onChange={(notes) => update({ notes }, `step:${id}:notes`)}
      />
    </section>
  );
}
