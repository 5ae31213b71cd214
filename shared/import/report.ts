/**
 * What an import of a process model (BPMN, draw.io) brought in and what it left out, shown
 * to the person right after the import so that nothing is dropped silently.
 */

export interface ImportReport {
  readonly steps: number;
  readonly arrows: number;
  readonly roles: number;
  readonly information: number;
  /** Arrows whose question came from a gateway (or a draw.io rhombus). */
  readonly decisions: number;
  /** What was left out, each with a count and the reason in the user's words. */
  readonly leftOut: readonly { readonly count: number; readonly what: string }[];
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * "Imported 23 steps, 31 arrows, 4 roles, 6 decisions from gateways; left out: 2 boundary
 * events without a target, 1 group".
 */
export function describeReport(report: ImportReport): string {
  const parts = [
    plural(report.steps, 'step'),
    plural(report.arrows, 'arrow'),
    plural(report.roles, 'role'),
  ];
  if (report.information > 0) parts.push(plural(report.information, 'information item'));
  parts.push(`${plural(report.decisions, 'decision')} from gateways`);
  const left = report.leftOut.map((l) => `${l.count.toLocaleString('en')} ${l.what}`);
  return `Imported ${parts.join(', ')}${left.length ? `; left out: ${left.join(', ')}` : ''}.`;
}

/** Collects left-out things by reason, in the order they were first met. */
export class LeftOut {
  private readonly counts = new Map<string, { one: string; many: string; count: number }>();

  add(one: string, many: string, count = 1): void {
    if (count <= 0) return;
    const entry = this.counts.get(one) ?? { one, many, count: 0 };
    entry.count += count;
    this.counts.set(one, entry);
  }

  list(): ImportReport['leftOut'] {
    return [...this.counts.values()].map((e) => ({
      count: e.count,
      what: e.count === 1 ? e.one : e.many,
    }));
  }
}
