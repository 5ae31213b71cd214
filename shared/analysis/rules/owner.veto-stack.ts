import type { MapDocument } from '../../model';
import { aRight, rightName } from '../rightsWords';
import type { DecisionRule } from '../rule';
import { distinct, listOf, q } from '../words';

/** How many approvers with a veto one decision may have before it counts as a stack. */
export const VETO_STACK = 3;

/** Three or more approvers with a veto on one decision. */
export const rule: DecisionRule = {
  id: 'owner.veto-stack',
  scope: 'decision',
  severity: 'warning',
  question: 'who',
  title: 'Too many vetoes',
  description: 'Three or more approvers hold a veto on one decision.',
  counts: 'readiness',
  article: 'Approvals take too long.',
  prompt: 'Which of these approvals would really stop the work, and which could be a consultation?',
  check(ctx, t, report) {
    const approvers = distinct(t.decision.approvers);
    if (approvers.length < VETO_STACK) return;
    report(
      `${approvers.length} approvers can veto the decision on ${ctx.transitionLabel(t)}: ${listOf(approvers.map((r) => q(ctx.roleName(r))))}.`,
      'approvers',
      { approvers },
      undefined,
      promptFor(ctx.doc),
    );
  },
};

/**
 * The prompt in the map's notation: RAPID's Agree rights and Input; in RACI and DACI, which
 * have no letter for a veto, the approvals and Consulted or Contributor.
 */
function promptFor(doc: MapDocument): string {
  const agree = rightName(doc, 'approvers');
  const input = aRight(doc, 'consulted');
  return `Which of these ${agree ? `${agree} rights` : 'approvals'} would really stop the work, and which could be ${input ?? 'a consultation'} instead?`;
}
