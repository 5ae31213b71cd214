/**
 * What the room's phones show of a decision, made from the map and its analysis on the
 * facilitator's page (the one place both are at hand): the arrow, the five answers in
 * words, the gaps with the question to ask, and the findings the room can put dots on.
 */
import type { Analysis, DecisionQuestion, Finding } from '../analysis/types';
import type { MapDocument, TransitionId } from '../model';
import { findingKey } from '../workshop/findings';
import { QUESTION_CARDS } from '../workshop/questions';
import { ROOM_LIMITS, type DecisionView } from './messages';

/** "Brief review → Creative kickoff". */
export function arrowName(doc: MapDocument, id: string): string {
  const t = doc.transitions[id as TransitionId];
  if (!t) return '';
  const label = (s: string) => doc.steps[s]?.label || 'Untitled step';
  return `${label(t.from)} → ${label(t.to)}`;
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
    arrow: arrowName(doc, id),
    position: { index, of },
    answers: QUESTION_CARDS.map((card) => {
      const answered = readiness?.answered[card.question] ?? false;
      const asks = findings.find((f) => f.question === card.question);
      return {
        question: card.question,
        title: card.title,
        answer: clip(answerText(doc, id, card.question), 2000),
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
