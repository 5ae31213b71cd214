import type { MapDocument } from '../../model';
import { performerOf } from '../../matrix/notation';
import { aRight, rightName } from '../rightsWords';
import { onStep } from '../report';
import type { DecisionRule } from '../rule';
import { q } from '../words';

/**
 * The work goes on to someone who is not told what was decided: the performer of the step
 * the arrow leads to is neither a decider nor informed (nor an approver, who agreed to it).
 * Only where the work changes hands (who carries on with their own work is no handoff) and
 * the one handing it over is not a decider (a decider handing the work on brings the word
 * with it): the decision was made by someone else, and the work arrives without it. Not on
 * a decision without a decider (`owner.missing` speaks), where either step has no performer
 * (nothing known to say), nor on the way into an end step.
 */
export const rule: DecisionRule = {
  id: 'flow.silent-handoff',
  scope: 'decision',
  severity: 'note',
  question: 'who',
  title: 'Silent handoff',
  description:
    'The work changes hands after a decision made by someone other than the one handing it over, and the performer of the next step is neither a decider nor informed of it (nor an approver): the work reaches them without what was decided.',
  counts: 'map',
  article: 'No one is quite sure who owns the next step.',
  prompt: 'How does the person doing the next step learn what was decided, and from whom?',
  check(ctx, t, report) {
    const { deciders, informed, approvers } = t.decision;
    if (deciders.length === 0) return;
    const next = ctx.doc.steps[t.to];
    const performer = performerOf(ctx.doc, t);
    if (!next || next.kind === 'end' || performer === null) return;
    const handing = ctx.doc.steps[t.from]?.performer ?? null;
    // Unknown who hands over, or no handoff (the same role carries on), or a decider handing
    // the work over, who brings the word with it.
    if (handing === null || handing === performer || deciders.includes(handing)) return;
    if (deciders.includes(performer) || informed.includes(performer)) return;
    if (approvers.includes(performer)) return;
    report(
      `${q(ctx.roleName(performer))} does ${q(ctx.stepLabel(t.to))} after the decision on ${ctx.transitionLabel(t)}, but is not told what was decided.`,
      'informed',
      { performer },
      [onStep(t.to, 'performer')],
      promptFor(ctx.doc),
    );
  },
};

/** The prompt in the map's notation: RACI's and DACI's Informed; RAPID has no letter for it. */
function promptFor(doc: MapDocument): string {
  const informed = aRight(doc, 'informed');
  const who = rightName(doc, 'deciders');
  const told = informed ? `Should they be ${informed}?` : 'Who tells them?';
  return `How does the person doing the next step learn what was decided${who ? ` by the ${who}` : ''}? ${told}`;
}
