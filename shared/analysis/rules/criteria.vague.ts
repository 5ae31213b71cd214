import type { StepKind } from '../../model';
import type { DecisionRule } from '../rule';
import { listOf, q } from '../words';
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
  check(ctx, t, report) {
    const vague = ctx.vagueCriteria(t);
    if (vague.length === 0) return;
    let words: string[] | undefined;
    let keys: string[] | undefined;
    let criteria: number[] | undefined;
    let aboutTime = true;
    for (let index = 0; index < vague.length; index++) {
      const matches = vague[index]!;
      if (matches.length === 0) continue;
      // Lists made with their first element: most decisions have one vague word, and an
      // empty list that grows leaves a spare copy behind on every edit of a large map.
      if (criteria === undefined) criteria = [index];
      else criteria.push(index);
      if (!isOnlyAboutTime(matches)) aboutTime = false;
      for (let k = 0; k < matches.length; k++) {
        const word = matches[k]!.word;
        if (words === undefined) {
          words = [word];
          continue;
        }
        // "On brand" and "on-brand" are the same words: name them once.
        keys ??= [keyOf(words[0]!)];
        const key = keyOf(word);
        if (keys.includes(key)) continue;
        keys.push(key);
        words.push(word);
      }
    }
    if (words === undefined || criteria === undefined) return;
    const which = criteria.length === 1 ? 'A criterion for ' : `${criteria.length} criteria for `;
    const is = criteria.length === 1 ? ' is vague (' : ' are vague (';
    const pattern = aboutTime ? TIME_PATTERN : patternFor(ctx.doc.steps[t.to]?.kind);
    const quoted = words.length === 1 ? q(words[0]!) : listOf(words.map(q), 8);
    report(which + ctx.transitionLabel(t) + is + quoted + TRY[pattern]!, 'criteria', {
      words,
      criteria,
      pattern,
    });
  },
};

const keyOf = (word: string): string => word.toLowerCase().replace(/[\s-]+/g, ' ');

const TIME_PATTERN = 'Done within 2 working days of the request';

/** Testable patterns by the kind of step the decision lets work into (`task`: any other). */
const PATTERNS: Readonly<Partial<Record<StepKind, string>>> = {
  approval: 'Signed by the budget holder, and the amount is within the approved limit',
  review: 'Every item on the review checklist is ticked, with no open comments',
  handoff: 'The brief is attached, with the scope, budget and deadline filled in',
  external: 'The brief is attached, with the scope, budget and deadline filled in',
  end: 'Every deliverable on the list is signed off and filed',
  task: 'The required document is present and matches the request',
};

/** The end of the message for each pattern, built once. */
const TRY: Readonly<Record<string, string>> = Object.fromEntries(
  [TIME_PATTERN, ...Object.values(PATTERNS)].map((p) => [
    p,
    `): nothing in it can be checked. Try: ${q(p)}.`,
  ]),
);

/** A testable criterion of the kind that suits the step the decision lets work into. */
function patternFor(kind: StepKind | undefined): string {
  return (kind !== undefined ? PATTERNS[kind] : undefined) ?? PATTERNS.task!;
}
