import type { MapDocument } from '../../model';
import { rightName } from '../rightsWords';
import type { DecisionRule } from '../rule';
import { distinct, listOf, q } from '../words';

/**
 * Nobody brings the decision to the decider: no one recommends it, and the decider is not
 * the one who did the step before (who would bring it themselves). Only where both are
 * known: a decider named (else `owner.missing`) and a performer on the step before.
 */
export const rule: DecisionRule = {
  id: 'owner.no-recommender',
  scope: 'decision',
  severity: 'note',
  question: 'who',
  title: 'No one brings it to the decider',
  description:
    'No one recommends the decision, and its decider is not the performer of the step before it: who brings it to the decider?',
  counts: 'map',
  article: 'So the work pauses while people try to figure it out.',
  prompt: 'Who brings this decision to the person deciding with a proposal?',
  check(ctx, t, report) {
    const { recommenders } = t.decision;
    const deciders = distinct(t.decision.deciders);
    if (deciders.length === 0 || recommenders.length > 0) return;
    const before = ctx.doc.steps[t.from]?.performer ?? null;
    if (before === null || deciders.includes(before)) return;
    report(
      `No one recommends the decision on ${ctx.transitionLabel(t)}: ${q(ctx.roleName(before))} does ${q(ctx.stepLabel(t.from))}, but ${listOf(deciders.map((r) => q(ctx.roleName(r))))} decide${deciders.length === 1 ? 's' : ''}.`,
      'recommenders',
      { performer: before },
      undefined,
      promptFor(ctx.doc),
    );
  },
};

/** The prompt in the map's notation: RAPID's Recommend, DACI's Driver; RACI has no letter. */
function promptFor(doc: MapDocument): string {
  const recommend = rightName(doc, 'recommenders');
  const decider = rightName(doc, 'deciders');
  const to = decider ? `the ${decider}` : 'the person deciding';
  return `Who brings this decision to ${to} with a proposal${recommend ? `: who is the ${recommend}` : ''}?`;
}
