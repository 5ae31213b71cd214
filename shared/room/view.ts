/**
 * What the room's phones show of a decision, made from the map and its analysis on the
 * facilitator's page (the one place both are at hand): the arrow, the five answers in
 * words, the gaps with the question to ask, and the findings the room can put dots on.
 */
import type { Analysis, DecisionQuestion, Finding } from '../analysis/types';
import { own, type MapDocument, type TransitionId } from '../model';
import { findingKey } from '../workshop/findings';
import { DECISION_QUESTIONS } from '../questions';
import { arrowName } from '../names';
import { ROOM_LIMITS, type DecisionView } from './messages';

/** "Brief review → Creative kickoff", or '' for an arrow no longer on the map. */
export function arrowNameById(doc: MapDocument, id: string): string {
  const t = own(doc.transitions, id);
  return t ? arrowName(doc, t) : '';
}

function answerText(doc: MapDocument, id: TransitionId, question: DecisionQuestion): string {
  const d = doc.transitions[id]!.decision;
  const roles = (ids: readonly string[]) =>
    ids.map((r) => doc.roles[r]?.name ?? '').filter(Boolean);
  switch (question) {
    case 'what':
      return d.question;
    case 'who':
      return roles(d.deciders).join(', ');
    case 'information':
      return d.requires
        .map((i) => doc.information[i]?.name ?? '')
        .filter(Boolean)
        .join(', ');
    case 'good':
      return d.criteria.join('\n');
    case 'change':
      return d.onChange;
  }
}

/** The decision `id` as the room sees it; `index` is its place in the walk of `of`. */
export function decisionViewOf(
  doc: MapDocument,
  analysis: Analysis,
  id: TransitionId,
  index: number,
  of: number,
): DecisionView {
  const findings: Finding[] = analysis.findings.filter((f) => f.targets.some((t) => t.id === id));
  const readiness = analysis.readiness[id];
  const clip = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, max - 1)}…` : text;
  const seen = new Set<string>();
  return {
    transition: id,
    arrow: arrowNameById(doc, id),
    position: { index, of },
    answers: DECISION_QUESTIONS.map((card) => {
      const answered = readiness?.answered[card.id] ?? false;
      const asks = findings.find((f) => f.question === card.id);
      return {
        question: card.id,
        title: card.title,
        answer: clip(answerText(doc, id, card.id), 2000),
        answered,
        ask: answered ? null : clip(asks?.prompt ?? card.ask, 500),
      };
    }),
    findings: findings
      .map((f) => ({ key: findingKey(f), message: clip(f.message, 500), severity: f.severity }))
      // Two findings of one rule on one arrow share a key, and so their dots.
      .filter((f) => !seen.has(f.key) && seen.add(f.key))
      .slice(0, ROOM_LIMITS.findings),
  };
}
