/**
 * The decision register as a CSV file, for the people who run the process from a
 * spreadsheet: one row per transition, in flow order, lists one entry per line in a cell.
 */
import type { Analysis } from '../analysis/types';
import type { MapDocument } from '../model';
import { ANSWER_FIELDS, DECISION_QUESTIONS, QUESTION_LABELS } from '../questions';
import { toCsv } from './csv';
import { itemWords, readinessWords, registerRows, type RegisterRow } from './register';

/**
 * The fields that answer the five questions, in the table's order, but for the two role
 * lists the decision-rights matrix added (recommended by, informed): the register has
 * never had them, and a spreadsheet built on its columns keeps working.
 */
const ANSWER_COLUMNS = DECISION_QUESTIONS.flatMap((q) => q.fields).filter(
  (field) => field !== 'recommenders' && field !== 'informed',
);

/** The register's columns: where it answers a question, in the words of `shared/questions.ts`. */
export const REGISTER_COLUMNS: readonly string[] = [
  'From',
  'To',
  'Kind',
  'Channel',
  ...ANSWER_COLUMNS.map((field) => ANSWER_FIELDS[field].column),
  'Target hours',
  'Observed hours',
  'Readiness',
  // Last, so the columns a spreadsheet was built on keep their places (issue 19).
  'Proposed by the room',
];

const lines = (entries: readonly string[]) => entries.join('\n');

function cells(row: RegisterRow): (string | number | null)[] {
  return [
    row.from,
    row.to,
    row.kind,
    row.channel,
    row.question,
    lines(row.deciders),
    lines(row.consulted),
    lines(row.approvers),
    lines(row.information.map(itemWords)),
    lines(row.criteria),
    row.ifNotMet,
    row.onChange,
    row.targetHours,
    row.observedHours,
    readinessWords(row),
    lines(roomAnswered(row)),
  ];
}

/** The questions whose answer the room proposed, by their short labels in the five's order. */
function roomAnswered(row: RegisterRow): string[] {
  return DECISION_QUESTIONS.filter((q) => row.fromRoom.includes(q.id)).map(
    (q) => QUESTION_LABELS[q.id],
  );
}

/**
 * The text of `NAME - decision register.csv`: UTF-8 BOM, a header, then one CRLF-ended row
 * per transition in flow order. Write it as UTF-8; the BOM is the string's first character.
 */
export function registerCsv(doc: MapDocument, analysis?: Analysis): string {
  return toCsv(REGISTER_COLUMNS, registerRows(doc, analysis).map(cells));
}
