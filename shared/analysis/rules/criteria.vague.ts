import type { StepKind } from '../../model';
import { finding, listOf, targetsOn, q, type DecisionRule } from '../rule';
import { isOnlyAboutTime } from '../vague';

/**
 * Criteria nobody can check (see `vague.ts`): only an evaluation ("looks fine", "needs
 * work", "ASAP") with nothing checkable beside it, or no subject at all ("Approved"). One
 * finding per decision: it quotes every word that made a criterion vague, once, as written,
 * and offers a testable pattern for this kind of decision.
 */
export const rule: DecisionRule = {
  id: 'criteria.vague',
  scope: 'decision',
  severity: 'warning',
  question: 'good',
  title: 'Vague criteria',
  description:
    'A criterion is only an evaluation (“looks fine”, “needs work”, “ASAP”) with nothing checkable beside it, or names no subject (“Approved”): judged by testability, not a list of words.',
  counts: 'readiness',
  article: 'What “good” looks like.',
  prompt: 'What would we check to know it is good: a number, a date, a named checklist?',
  check(ctx, t, found) {
    const vague = ctx.vagueCriteria(t);
    if (vague.length === 0) return;
    const words: string[] = [];
    const keys: string[] = [];
    const criteria: number[] = [];
    let aboutTime = true;
    for (let index = 0; index < vague.length; index++) {
      const matches = vague[index]!;
      if (matches.length === 0) continue;
      criteria.push(index);
      if (!isOnlyAboutTime(matches)) aboutTime = false;
      for (let k = 0; k < matches.length; k++) {
        const word = matches[k]!.word;
        // "On brand" and "on-brand" are the same words: name them once.
        const key = word.toLowerCase().replace(/[\s-]+/g, ' ');
        if (keys.includes(key)) continue;
        keys.push(key);
        words.push(word);
      }
    }
    const which = criteria.length === 1 ? 'A criterion' : `${criteria.length} criteria`;
    const is = criteria.length === 1 ? 'is' : 'are';
    const pattern = aboutTime ? TIME_PATTERN : patternFor(ctx.doc.steps[t.to]?.kind);
    found.push(
      finding(
        rule,
        `${which} for ${ctx.transitionLabel(t)} ${is} vague (${listOf(words.map(q), 8)}): nothing in it can be checked. Try: ${q(pattern)}.`,
        targetsOn(t, 'criteria'),
        { words, criteria, pattern },
      ),
    );
  },
};

const TIME_PATTERN = 'Done within 2 working days of the request';

/** A testable criterion of the kind that suits the step the decision lets work into. */
function patternFor(kind: StepKind | undefined): string {
  switch (kind) {
    case 'approval':
      return 'Signed by the budget holder, and the amount is within the approved limit';
    case 'review':
      return 'Every item on the review checklist is ticked, with no open comments';
    case 'handoff':
    case 'external':
      return 'The brief is attached, with the scope, budget and deadline filled in';
    case 'end':
      return 'Every deliverable on the list is signed off and filed';
    default:
      return 'The required document is present and matches the request';
  }
}
