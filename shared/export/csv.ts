/**
 * Writing CSV that spreadsheets open correctly: RFC 4180 quoting, CRLF between records, and
 * a UTF-8 byte-order mark, without which Excel reads the file in the system's legacy code
 * page and garbles every accent and dash.
 */

/** The byte-order mark; encoded as UTF-8 it is the three bytes EF BB BF. */
export const BOM = '\ufeff';

/**
 * Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that some
 * spreadsheets skip before looking for one (tab, carriage return): OWASP's list for CSV
 * injection. A file people share must not run `=HYPERLINK(...)` when a colleague opens it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that cannot be read as a formula: a leading apostrophe when it starts like one. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One field as RFC 4180 writes it: quoted, with quotes doubled, when it needs to be. */
export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A cell's text: line breaks inside a cell become LF, which every spreadsheet shows as one. */
function cellText(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return neutralise(value.replace(/\r\n?/g, '\n'));
}

/**
 * A whole CSV file: BOM, header, one record per row, each record ended by CRLF. Numbers are
 * written as numbers (a spreadsheet may sum them); text is neutralised and quoted.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const record = (cells: readonly (string | number | null)[]) =>
    cells.map((cell) => quoteField(cellText(cell))).join(',');
  return BOM + [header, ...rows].map((cells) => `${record(cells)}\r\n`).join('');
}
