/**
 * The report of a draw.io import: what came in, what was left out and why, and the file's
 * pages, so that the person importing sees at once that nothing was dropped silently.
 */

/** What the import brought in and left out (the fields of the BPMN import's report), and the pages. */
export interface DrawioImportReport {
  readonly steps: number;
  readonly arrows: number;
  readonly roles: number;
  readonly information: number;
  /** Arrows whose question came from a rhombus. */
  readonly decisions: number;
  readonly leftOut: readonly { readonly count: number; readonly what: string }[];
  /** Every page's name, so the app can ask which one to import. */
  readonly pages: readonly string[];
  /** The page imported (an index into `pages`). */
  readonly page: number;
}

/** Counts what was left out, by reason, in the order first met. */
export class LeftOut {
  private readonly entries = new Map<string, { many: string; count: number }>();
  add(one: string, many: string, count = 1): void {
    if (count <= 0) return;
    const entry = this.entries.get(one) ?? this.entries.set(one, { many, count: 0 }).get(one)!;
    entry.count += count;
  }
  list(): DrawioImportReport['leftOut'] {
    return [...this.entries].map(([one, e]) => ({
      count: e.count,
      what: e.count === 1 ? one : e.many,
    }));
  }
}
