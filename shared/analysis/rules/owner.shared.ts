import type { MapDocument } from '../../model';
import { rightName } from '../rightsWords';
import type { DecisionRule } from '../rule';
import { distinct, listOf, q } from '../words';

/** A decision left to a group, or to more than one decider. */
export const rule: DecisionRule = {
  id: 'owner.shared',
  scope: 'decision',
  severity: 'warning',
  question: 'who',
  title: 'Ownership is shared',
  description:
    'The decider is a role the user marked as a group, or more than one decider is named.',
  counts: 'readiness',
  article: 'Or the decision itself is ambiguous.',
  prompt: 'If they disagree, whose call is it?',
  check(ctx, t, report) {
    const deciders = distinct(t.decision.deciders);
    const group = deciders.length === 1 && ctx.doc.roles[deciders[0]!]?.kind === 'group';
    if (deciders.length < 2 && !group) return;
    const message = group
      ? `The decision on ${ctx.transitionLabel(t)} is left to ${q(ctx.roleName(deciders[0]!))}, a group; a group cannot be the one accountable decider.`
      : `The decision on ${ctx.transitionLabel(t)} names ${deciders.length} deciders (${listOf(deciders.map((r) => q(ctx.roleName(r))))}); one role should be accountable.`;
    report(message, 'deciders', { deciders }, undefined, promptFor(ctx.doc));
  },
};

/** The prompt in the map's notation: only one role can be RACI's A, RAPID's D, DACI's A. */
function promptFor(doc: MapDocument): string {
  return `${rule.prompt} Only one role can be the ${rightName(doc, 'deciders')}.`;
}
