/**
 * Findings about what kind a role is. "A group cannot be the one accountable decider" is
 * settled by saying what the role really is (a person, a role, a group), and the control for
 * that sits in the Roles panel, not on the arrow: clicking such a finding leads there.
 */
import type { Finding } from '../../../shared/analysis';
import type { MapDocument, RoleId } from '../../../shared/model';

/**
 * The role whose kind a finding is about, or null. Today that is `owner.shared` when its
 * decision's one decider is a role marked as a group (with two or more deciders the fix is
 * to pick one, on the arrow). Read from the map as it is now, so a finding reported before
 * the last edit leads where the map says.
 */
export function roleKindTarget(finding: Finding, doc: MapDocument): RoleId | null {
  if (finding.rule !== 'owner.shared') return null;
  const target = finding.targets[0];
  if (target?.kind !== 'transition' || !Object.hasOwn(doc.transitions, target.id)) return null;
  const deciders = [...new Set(doc.transitions[target.id]!.decision.deciders)];
  if (deciders.length !== 1) return null;
  const role = deciders[0]!;
  return Object.hasOwn(doc.roles, role) && doc.roles[role]!.kind === 'group' ? role : null;
}
