/**
 * Readiness of each decision and the map's decision health: the article's gate made
 * visible ("is the information quality high enough to responsibly make the next decision?").
 */
import type { Transition } from '../model';
import { DECISION_QUESTION_IDS } from '../questions';
import type { RuleContext } from './context';
import type { DecisionQuestion, DecisionReadiness, MapHealth, Question, Readiness } from './types';

/**
 * Which of the five questions one decision answers well: a question set; exactly one
 * decider, not a group; information listed and every item guaranteed or external;
 * criteria present and none vague; a change rule.
 */
export function answeredOf(
  ctx: RuleContext,
  t: Transition,
): Readonly<Record<DecisionQuestion, boolean>> {
  const d = t.decision;
  const requirements = ctx.requirements(t);
  let available = requirements.length > 0;
  for (let i = 0; i < requirements.length; i++) {
    const a = requirements[i]!.availability;
    if (a !== 'guaranteed' && a !== 'external') available = false;
  }
  // "Criteria present and none vague": blank lines do not count as criteria.
  let criteria = 0;
  let vague = false;
  const matches = ctx.vagueCriteria(t);
  for (let i = 0; i < d.criteria.length; i++) {
    if (d.criteria[i]!.trim() === '') continue;
    criteria++;
    if ((matches[i]?.length ?? 0) > 0) vague = true;
  }
  const first = d.deciders[0];
  let one = first !== undefined && ctx.doc.roles[first]?.kind !== 'group';
  for (let i = 1; i < d.deciders.length && one; i++) one = d.deciders[i] === first;
  return answers(
    d.question.trim() !== '',
    one,
    available,
    criteria > 0 && !vague,
    d.onChange.trim() !== '',
  );
}

// There are only 32 ways to answer five yes/no questions: share one frozen record for each,
// rather than keep thousands of copies alive in every analysis of a large map.
const ANSWERS: Readonly<Record<DecisionQuestion, boolean>>[] = Array.from(
  { length: 32 },
  (_, bits) =>
    Object.freeze({
      what: (bits & 1) !== 0,
      who: (bits & 2) !== 0,
      information: (bits & 4) !== 0,
      good: (bits & 8) !== 0,
      change: (bits & 16) !== 0,
    }),
);

function answers(
  what: boolean,
  who: boolean,
  information: boolean,
  good: boolean,
  change: boolean,
): Readonly<Record<DecisionQuestion, boolean>> {
  return ANSWERS[+what | (+who << 1) | (+information << 2) | (+good << 3) | (+change << 4)]!;
}

/**
 * A decision's readiness: blocked when a blocker finding points at it; ready when all five
 * questions are answered and no finding on its own answers points at it; at risk otherwise.
 * `blockers` and `findings` count only rules about the decision's answers (`counts:
 * 'readiness'`): notes about the map (loops, checkpoints, load on a role) never hold it back.
 */
export function readinessOf(
  ctx: RuleContext,
  t: Transition,
  answered: Readonly<Record<DecisionQuestion, boolean>>,
  blockers: number,
  findings: number,
): DecisionReadiness {
  const score =
    +answered.what + +answered.who + +answered.information + +answered.good + +answered.change;
  const readiness: Readiness =
    blockers > 0 ? 'blocked' : score === 5 && findings === 0 ? 'ready' : 'at-risk';
  return { transition: t.id, readiness, answered, score, requirements: ctx.requirements(t) };
}

/**
 * The map's decision health: the share of decisions that are ready, with the findings per
 * question (counted by the engine) and how many decisions answer each question well.
 */
export function healthOf(
  readiness: readonly DecisionReadiness[],
  perQuestion: Readonly<Record<Question, number>>,
): MapHealth {
  const answered: Record<DecisionQuestion, number> = {
    what: 0,
    who: 0,
    information: 0,
    good: 0,
    change: 0,
  };
  const by: Record<Readiness, number> = { ready: 0, 'at-risk': 0, blocked: 0 };
  for (let i = 0; i < readiness.length; i++) {
    const d = readiness[i]!;
    by[d.readiness]++;
    for (let k = 0; k < DECISION_QUESTION_IDS.length; k++) {
      const q = DECISION_QUESTION_IDS[k]!;
      if (d.answered[q]) answered[q]++;
    }
  }
  return {
    decisions: readiness.length,
    ready: by.ready,
    atRisk: by['at-risk'],
    blocked: by.blocked,
    share: readiness.length === 0 ? 1 : by.ready / readiness.length,
    perQuestion: { ...perQuestion },
    answered,
  };
}
