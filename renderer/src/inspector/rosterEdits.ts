/**
 * Edits that create a role or an information item as it is typed into a picker, together
 * with the edit that uses it: one undo step, one save.
 */
import type { InformationId, RoleId, RoleKind } from '../../../shared/model';
import type { Operation } from '../../../shared/operations/types';
import { newId } from '../ui/ids';

export function createRole(name: string, edit: (id: RoleId) => Operation): Operation[] {
  const id = newId('r') as RoleId;
  const kind: RoleKind = /\b(team|group|committee|board|stakeholders|department)\b/i.test(name)
    ? 'group'
    : 'role';
  return [{ type: 'role/add', role: { id, name, kind } }, edit(id)];
}

export function createInformation(
  name: string,
  edit: (id: InformationId) => Operation,
): Operation[] {
  const id = newId('i') as InformationId;
  return [{ type: 'information/add', item: { id, name, external: false } }, edit(id)];
}
