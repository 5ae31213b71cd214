/**
 * Edits that create a role or an information item as it is typed into a picker, together
 * with the edit that uses it: one undo step, one save.
 */
import type { InformationId, RoleId, RoleKind } from '../../../shared/model';
import type { Operation } from '../../../shared/operations/types';
import { newId } from '../ui/ids';

/**
 * A new role and the edit that uses it. Its kind is `role` whatever its name says ("Team
 * Assistant" is one person's role, not a team): only the person typing knows, and the
 * picker asks them right after (`NewRoleKind`).
 */
export function createRole(
  name: string,
  edit: (id: RoleId) => Operation,
): { readonly id: RoleId; readonly operations: Operation[] } {
  const id = newId('r') as RoleId;
  const kind: RoleKind = 'role';
  return { id, operations: [{ type: 'role/add', role: { id, name, kind } }, edit(id)] };
}

export function createInformation(
  name: string,
  edit: (id: InformationId) => Operation,
): Operation[] {
  const id = newId('i') as InformationId;
  return [{ type: 'information/add', item: { id, name, external: false } }, edit(id)];
}
