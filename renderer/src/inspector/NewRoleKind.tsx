import { useId } from 'react';
import { ROLE_KINDS, type MapDocument, type RoleId, type RoleKind } from '../../../shared/model';
import { useAppStore } from '../state/store';

/** The kinds of role in words, for every control that shows or sets one. */
export const ROLE_KIND_LABELS: Record<RoleKind, string> = {
  person: 'Person',
  role: 'Role',
  group: 'Group',
};

/**
 * Asked right where a role was just created by typing its name: is it a person, a role or a
 * group? It starts as a role; nothing is guessed from its name, so the person who knows says
 * it here (or later, in the Roles panel). Choosing changes the role at once, one undo step.
 */
export function NewRoleKind({
  doc,
  roleId,
  onDone,
}: {
  doc: MapDocument;
  roleId: RoleId;
  onDone: () => void;
}) {
  const name = useId();
  if (!Object.hasOwn(doc.roles, roleId)) return null;
  const role = doc.roles[roleId]!;
  const choose = (kind: RoleKind) =>
    useAppStore.getState().edit({ type: 'role/update', id: roleId, patch: { kind } });
  return (
    <fieldset
      className="new-role-kind"
      onKeyDown={(event) => {
        // As in the pickers: Escape hands the keyboard back (to the walk, in a workshop).
        if (event.key !== 'Escape' || !(event.target instanceof HTMLElement)) return;
        event.target.blur();
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <legend>“{role.name}” is new. Is it a person, a role or a group?</legend>
      <div className="new-role-kind-choices">
        {ROLE_KINDS.map((kind) => (
          <label key={kind} className={role.kind === kind ? 'is-chosen' : undefined}>
            <input
              type="radio"
              name={name}
              value={kind}
              checked={role.kind === kind}
              onChange={() => choose(kind)}
            />
            {ROLE_KIND_LABELS[kind]}
          </label>
        ))}
        <button type="button" className="button ghost small" onClick={onDone}>
          Done
        </button>
      </div>
      {role.kind === 'group' && (
        <p className="muted small">A group can be consulted, but cannot be the one decider.</p>
      )}
    </fieldset>
  );
}
