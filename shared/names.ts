/**
 * What the app calls a step, an arrow or a decision that the room has not named yet. One
 * place, so the canvas, the inspector, the workshop, the analysis's messages, the register
 * and the PDF all say the same words for the same unnamed thing.
 */
import { own, STEP_KIND_LABELS, type MapDocument, type Step, type Transition } from './model';

/** How a step the map does not have reads (only in a damaged map, or mid-delete). */
export const MISSING_STEP = 'a missing step';

/** A step's label, trimmed; "Untitled review" (its kind) while the room has not named it. */
export function stepName(step: Pick<Step, 'label' | 'kind'>): string {
  return step.label.trim() || `Untitled ${STEP_KIND_LABELS[step.kind].toLowerCase()}`;
}

/** The name of step `id` of `doc` (see `stepName`), or "a missing step". */
export function stepNameIn(doc: MapDocument, id: string): string {
  const step = own(doc.steps, id);
  return step ? stepName(step) : MISSING_STEP;
}

/** An arrow by the steps it joins: "Brief review → Creative". */
export function arrowName(doc: MapDocument, t: Pick<Transition, 'from' | 'to'>): string {
  return `${stepNameIn(doc, t.from)} → ${stepNameIn(doc, t.to)}`;
}

/** A decision as a list names it: its question, or its arrow when it has none. */
export function decisionTitle(doc: MapDocument, t: Transition): string {
  return t.decision.question.trim() || arrowName(doc, t);
}
