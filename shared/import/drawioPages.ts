/**
 * Choosing the page of a draw.io file to import: a file often holds several unrelated
 * diagrams, and the person importing picks one — in the app from a list of the pages with
 * their step counts, on the command line by `--page NAME|NUMBER`.
 */
import type { DrawioFile } from './drawioCells';
import { drawioToMap } from './drawio';

/** A page as the person choosing sees it: its name and how many steps it would bring in. */
export interface DrawioPageSummary {
  readonly name: string;
  /** Steps the page would import as; 0 for a page with nothing to import. */
  readonly steps: number;
}

/** Every page of the file with the number of steps importing it would make. */
export function pageSummaries(file: DrawioFile): DrawioPageSummary[] {
  return file.pages.map((page, index) => {
    // The mapping itself counts, so the number shown is the number that comes in.
    const mapped = drawioToMap(file, 'count', page.name, { page: index });
    return { name: page.name, steps: mapped.ok ? mapped.report.steps : 0 };
  });
}

export type PageFound =
  { readonly ok: true; readonly page: number } | { readonly ok: false; readonly problem: string };

const quote = (name: string) => `“${name}”`;

/**
 * The page a person named on the command line: a page's name (exactly, else ignoring case
 * and surrounding spaces) or its number counted from 1. A name wins over a number, so a
 * page called "2" is found by its name.
 */
export function findPage(names: readonly string[], wanted: string): PageFound {
  const exact = names.indexOf(wanted);
  if (exact !== -1) return { ok: true, page: exact };
  const folded = wanted.trim().toLowerCase();
  const loose = names.findIndex((name) => name.trim().toLowerCase() === folded);
  if (loose !== -1) return { ok: true, page: loose };
  if (/^\d+$/.test(folded)) {
    const number = Number(folded);
    if (number >= 1 && number <= names.length) return { ok: true, page: number - 1 };
  }
  const list = names.map((name, i) => `${i + 1} ${quote(name)}`).join(', ');
  return {
    ok: false,
    problem: `This draw.io file has no page ${quote(wanted)}; its pages are ${list}.`,
  };
}
