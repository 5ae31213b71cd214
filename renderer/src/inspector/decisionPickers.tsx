/**
 * The pickers of a decision — its roles and its required information — shared by the
 * inspector and the workshop cards, so both capture answers the same way: suggestions as
 * you type, and a name that does not exist yet created with the edit that uses it.
 */
import { useState, type ReactNode } from 'react';
import type {
  Decision,
  InformationId,
  MapDocument,
  RoleId,
  TransitionId,
} from '../../../shared/model';
import { useAppStore } from '../state/store';
import { ItemPicker, type PickerOption } from './ItemPicker';
import { NewRoleKind } from './NewRoleKind';
import { createInformation, createRole } from './rosterEdits';

export type RoleList = 'deciders' | 'consulted' | 'approvers' | 'recommenders' | 'informed';

function roleOptions(doc: MapDocument): PickerOption[] {
  return Object.values(doc.roles).map((r) => ({
    id: r.id,
    name: r.name,
    ...(r.kind === 'group' ? { hint: 'group' } : {}),
  }));
}

function informationOptions(doc: MapDocument): PickerOption[] {
  return Object.values(doc.information).map((i) => ({
    id: i.id,
    name: i.name,
    ...(i.external ? { hint: 'from outside' } : {}),
  }));
}

function updateDecision(id: TransitionId, patch: Partial<Decision>) {
  useAppStore.getState().edit({ type: 'decision/update', id, patch });
}

/** One of a decision's role lists (deciders, consulted, approvers, recommenders, informed). */
export function RolePicker({
  doc,
  id,
  list,
  label,
  placeholder,
}: {
  doc: MapDocument;
  id: TransitionId;
  list: RoleList;
  label: string;
  placeholder: string;
}) {
  const chosen = doc.transitions[id]?.decision[list] ?? [];
  // The role created last from this picker, whose kind is asked for under it.
  const [created, setCreated] = useState<RoleId | null>(null);
  return (
    <ItemPicker
      label={label}
      field={list}
      chosen={chosen}
      options={roleOptions(doc)}
      placeholder={placeholder}
      onAdd={(role) => updateDecision(id, { [list]: [...chosen, role as RoleId] })}
      onCreate={(name) => {
        const role = createRole(name, (roleId) => ({
          type: 'decision/update',
          id,
          patch: { [list]: [...chosen, roleId] },
        }));
        useAppStore.getState().edit(role.operations);
        setCreated(role.id);
      }}
      onRemove={(role) => updateDecision(id, { [list]: chosen.filter((r) => r !== role) })}
      beforeInput={
        created && <NewRoleKind doc={doc} roleId={created} onDone={() => setCreated(null)} />
      }
    />
  );
}

/** The information a decision requires; `chipExtra` adds e.g. its availability. */
export function RequiredInformationPicker({
  doc,
  id,
  label,
  placeholder,
  chipExtra,
}: {
  doc: MapDocument;
  id: TransitionId;
  label: string;
  placeholder: string;
  chipExtra?: (item: string) => ReactNode;
}) {
  const chosen = doc.transitions[id]?.decision.requires ?? [];
  return (
    <ItemPicker
      label={label}
      field="requires"
      chosen={chosen}
      options={informationOptions(doc)}
      placeholder={placeholder}
      onAdd={(item) => updateDecision(id, { requires: [...chosen, item as InformationId] })}
      onCreate={(name) =>
        useAppStore.getState().edit(
          createInformation(name, (item) => ({
            type: 'decision/update',
            id,
            patch: { requires: [...chosen, item] },
          })),
        )
      }
      onRemove={(item) => updateDecision(id, { requires: chosen.filter((i) => i !== item) })}
      {...(chipExtra ? { chipExtra } : {})}
    />
  );
}
