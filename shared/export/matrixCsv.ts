/**
 * The decision-rights matrix as a CSV file, in the notation the map is read in: one row per
 * decision in flow order, one column per role, the letters in the cells, and the totals row
 * last. Same quoting, BOM and formula-escaping as the decision register (csv.ts).
 */
import { buildMatrix, cellText, totalsWords } from '../matrix/matrix';
import { NOTATION_LETTERS } from '../matrix/notation';
import type { MapDocument, Notation } from '../model';
import { decisionTitle } from '../names';
import { toCsv } from './csv';

/** The text of `NAME - decision rights.csv`; the legend is the header of the first column. */
export function matrixCsv(doc: MapDocument, notation: Notation = doc.info.notation): string {
  const matrix = buildMatrix(doc, notation);
  const legend = NOTATION_LETTERS[notation].map((l) => `${l.letter} = ${l.word}`).join(', ');
  const header = [`Decision (${notation}: ${legend})`, ...matrix.roles.map((r) => r.name)];
  const rows = matrix.rows.map((t) => [
    decisionTitle(doc, t),
    ...matrix.roles.map((role) => cellText(doc, t, role, notation)),
  ]);
  const totals = [
    'Totals',
    ...matrix.roles.map((role) => {
      const words = totalsWords(matrix.totals.get(role.id)!);
      return matrix.heaviestDecider?.id === role.id ? `${words} (most decisions)` : words;
    }),
  ];
  return toCsv(header, [...rows, totals]);
}
