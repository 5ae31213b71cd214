import type { MapDocument, Transition } from '../../../shared/model';

/** A decision as a row names it: its question, or the steps its arrow joins when it has none. */
export function decisionTitle(doc: MapDocument, t: Transition): string {
  if (t.decision.question.trim()) return t.decision.question;
  const from = doc.steps[t.from]?.label || 'a step';
  const to = doc.steps[t.to]?.label || 'a step';
  return `${from} → ${to}`;
}
