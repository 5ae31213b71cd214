import { useRef, useState } from 'react';
import {
  STEP_KINDS,
  STEP_KIND_LABELS,
  type InformationId,
  type RoleId,
  type StepId,
} from '../../../shared/model';
import { LIMITS } from '../../../shared/content/limits';
import type { StepPatch } from '../../../shared/operations/types';
import { useAppStore } from '../state/store';
import { ElementFindings } from './ElementFindings';
import { SelectField, TextField } from './fields';
import { ItemPicker } from './ItemPicker';
import { NewRoleKind } from './NewRoleKind';
import { createInformation, createRole } from './rosterEdits';
import { useFieldFocus } from './useFieldFocus';

/** A step: its name, kind, who does it, what it produces, and notes. */
export function StepPanel({ id }: { id: string }) {
  const doc = useAppStore((s) => s.doc);
  const panel = useRef<HTMLElement>(null);
  useFieldFocus(id, panel);
  // The performer created last by typing, whose kind is asked for under the picker.
  const [createdRole, setCreatedRole] = useState<RoleId | null>(null);
  const step = doc?.steps[id];
  if (!doc || !step) return null;
  const stepId = id as StepId;
  const edit = useAppStore.getState().edit;
  const update = (patch: StepPatch, typingKey?: string) =>
    edit({ type: 'step/update', id: stepId, patch }, typingKey ? { typingKey } : {});
  return (
    <section className="panel" aria-labelledby="step-panel-title" ref={panel}>
      <h2 id="step-panel-title" className="panel-title">
        Step
      </h2>
      <ElementFindings id={id} />
      <TextField
        label="Name"
        field="label"
        value={step.label}
        maxLength={LIMITS.label}
        placeholder="What happens here?"
        onChange={(label) => update({ label }, `step:${id}:label`)}
      />
      <SelectField
        label="Kind"
        field="kind"
        value={step.kind}
        options={STEP_KINDS}
        labels={STEP_KIND_LABELS}
        onChange={(kind) => update({ kind })}
      />
      <ItemPicker
        label="Performed by"
        field="performer"
        single
        chosen={step.performer ? [step.performer] : []}
        options={Object.values(doc.roles).map((r) => ({ id: r.id, name: r.name }))}
        placeholder="Type a role or a name"
        onAdd={(role) => update({ performer: role as RoleId })}
        onCreate={(name) => {
          const role = createRole(name, (roleId) => ({
            type: 'step/update',
            id: stepId,
            patch: { performer: roleId },
          }));
          edit(role.operations);
          setCreatedRole(role.id);
        }}
        onRemove={() => update({ performer: null })}
        beforeInput={
          createdRole && (
            <NewRoleKind doc={doc} roleId={createdRole} onDone={() => setCreatedRole(null)} />
          )
        }
      />
      <ItemPicker
        label="Produces"
        field="produces"
        chosen={step.produces}
        options={Object.values(doc.information).map((i) => ({ id: i.id, name: i.name }))}
        placeholder="e.g. Campaign brief"
        onAdd={(item) => update({ produces: [...step.produces, item as InformationId] })}
        onCreate={(name) =>
          edit(
            createInformation(name, (item) => ({
              type: 'step/update',
              id: stepId,
              patch: { produces: [...step.produces, item] },
            })),
          )
        }
        onRemove={(item) => update({ produces: step.produces.filter((i) => i !== item) })}
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
