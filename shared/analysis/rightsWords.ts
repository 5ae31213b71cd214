/**
 * How a finding's prompt names a decision right in the map's own notation: "the A
 * (Accountable)" in RACI, "the D (Decide)" in RAPID, "the A (Approver)" in DACI. The notation
 * is a setting of the map, so prompts that read it keep the analysis a pure function of the map.
 * The letters come from the one table in shared/matrix/notation.ts.
 */
import type { MapDocument } from '../model';
import { letterFor, type LetterSource } from '../matrix/notation';

/** "A (Accountable)", or null when the map's notation has no letter for this right. */
export function rightName(doc: MapDocument, source: LetterSource): string | null {
  const entry = letterFor(doc.info.notation, source);
  return entry ? `${entry.letter} (${entry.word})` : null;
}

/** "an A (Accountable)", "a C (Consulted)": the article the letter's sound takes. */
export function aRight(doc: MapDocument, source: LetterSource): string | null {
  const name = rightName(doc, source);
  if (name === null) return null;
  return `${/^[AEFHILMNORSX]/.test(name) ? 'an' : 'a'} ${name}`;
}
