/**
 * The one table of decision-rights letters: for each notation, which letter stands for which
 * fact of the decision. The matrix, its CSV, the PDF page and the rules' prompts all read it,
 * so a letter can never mean one thing on screen and another on paper.
 */
import type { Decision, MapDocument, Notation, RoleId, Transition, TransitionId } from '../model';
import type { Operation } from '../operations/types';

/** The decision's role lists a matrix cell can edit. */
export type RoleListField = 'recommenders' | 'approvers' | 'consulted' | 'deciders' | 'informed';

/** Where a letter's fact lives: a list on the decision, or the performer of the arrow's target. */
export type LetterSource = RoleListField | 'performer';

export interface NotationLetter {
  readonly letter: string;
  /** The word the framework uses, for legends, menus and screen readers. */
  readonly word: string;
  readonly source: LetterSource;
}

/** In the order each framework spells its name. */
export const NOTATION_LETTERS: Readonly<Record<Notation, readonly NotationLetter[]>> = {
  RAPID: [
    { letter: 'R', word: 'Recommend', source: 'recommenders' },
    { letter: 'A', word: 'Agree', source: 'approvers' },
    { letter: 'P', word: 'Perform', source: 'performer' },
    { letter: 'I', word: 'Input', source: 'consulted' },
    { letter: 'D', word: 'Decide', source: 'deciders' },
  ],
  RACI: [
    { letter: 'R', word: 'Responsible', source: 'performer' },
    { letter: 'A', word: 'Accountable', source: 'deciders' },
    { letter: 'C', word: 'Consulted', source: 'consulted' },
    { letter: 'I', word: 'Informed', source: 'informed' },
  ],
  DACI: [
    { letter: 'D', word: 'Driver', source: 'recommenders' },
    { letter: 'A', word: 'Approver', source: 'deciders' },
    { letter: 'C', word: 'Contributor', source: 'consulted' },
    { letter: 'I', word: 'Informed', source: 'informed' },
  ],
};

/** The letter of `notation` that stands for `source`, if the notation has one. */
export function letterFor(notation: Notation, source: LetterSource): NotationLetter | undefined {
  return NOTATION_LETTERS[notation].find((l) => l.source === source);
}

/** The performer of the step the arrow leads to: the one who does the work once decided. */
export function performerOf(doc: MapDocument, t: Transition): RoleId | null {
  return doc.steps[t.to]?.performer ?? null;
}

function holds(doc: MapDocument, t: Transition, role: RoleId, source: LetterSource): boolean {
  if (source === 'performer') return performerOf(doc, t) === role;
  return t.decision[source].includes(role);
}

/** The letters `role` holds on the decision of `t`, in the notation's order ("RA", "C", ""). */
export function lettersOf(
  doc: MapDocument,
  t: Transition,
  role: RoleId,
  notation: Notation,
): NotationLetter[] {
  return NOTATION_LETTERS[notation].filter((l) => holds(doc, t, role, l.source));
}

/**
 * The edit a cell makes when `letter` is typed: the role is added to, or taken out of,
 * exactly the list that letter stands for — one operation, so one undo step. Null when the
 * letter is not in the notation, or stands for the performer (that is edited in the step).
 */
export function toggleLetter(
  doc: MapDocument,
  transitionId: TransitionId,
  role: RoleId,
  notation: Notation,
  letter: string,
): Operation | null {
  const t = doc.transitions[transitionId];
  const entry = NOTATION_LETTERS[notation].find((l) => l.letter === letter.toUpperCase());
  if (!t || !entry || entry.source === 'performer') return null;
  const field = entry.source;
  const list: readonly RoleId[] = t.decision[field];
  const next = list.includes(role) ? list.filter((r) => r !== role) : [...list, role];
  const patch: Partial<Decision> = { [field]: next };
  return { type: 'decision/update', id: transitionId, patch };
}
