/**
 * The decision-rights matrix of a map: one row per decision in flow order, one column per
 * role, and per role the rollup a facilitator reads a bottleneck from. Pure, so the view,
 * the CSV and the PDF page show the same grid.
 */
import { flowOrder } from '../analysis/flowOrder';
import type { MapDocument, Notation, Role, Transition } from '../model';
import { lettersOf } from './notation';

export interface MatrixTotals {
  readonly decides: number;
  readonly agrees: number;
  readonly consulted: number;
}

export interface DecisionMatrix {
  readonly notation: Notation;
  /** Decisions in flow order; automatic arrows have nothing to decide and are left out. */
  readonly rows: readonly Transition[];
  readonly roles: readonly Role[];
  readonly totals: ReadonlyMap<string, MatrixTotals>;
  /** The role deciding the most (at least two) decisions, marked as the likely bottleneck. */
  readonly heaviestDecider: Role | null;
}

const KIND_RANK = { person: 0, role: 1, group: 2 } as const;

/**
 * Roles whose every performed step is an external party (an agency, a client): listed last,
 * since the grid is about who decides inside the process.
 */
function externalRoles(doc: MapDocument): Set<string> {
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const id of doc.stepOrder) {
    const step = doc.steps[id]!;
    if (step.performer === null) continue;
    (step.kind === 'external' ? outside : inside).add(step.performer);
  }
  return new Set([...outside].filter((r) => !inside.has(r)));
}

/** Columns: people, then roles, then groups; external roles last; roster order within. */
export function matrixRoles(doc: MapDocument): Role[] {
  const external = externalRoles(doc);
  const rank = (r: Role) => (external.has(r.id) ? 3 : 0) + KIND_RANK[r.kind];
  return Object.values(doc.roles)
    .map((role, index) => ({ role, index }))
    .sort((a, b) => rank(a.role) - rank(b.role) || a.index - b.index)
    .map((x) => x.role);
}

/**
 * The whole matrix of `doc` in `notation` (the map's own notation by default). `roles` may
 * be passed when the caller kept `matrixRoles(doc)` from an earlier map with the same roster
 * and steps, so a view can keep its columns (and its memoized rows) across decision edits.
 */
export function buildMatrix(
  doc: MapDocument,
  notation: Notation = doc.info.notation,
  roles: readonly Role[] = matrixRoles(doc),
): DecisionMatrix {
  const rows = flowOrder(doc)
    .transitions.map((id) => doc.transitions[id]!)
    .filter((t) => !t.decision.automatic);
  const totals = new Map<string, { decides: number; agrees: number; consulted: number }>();
  for (const role of roles) totals.set(role.id, { decides: 0, agrees: 0, consulted: 0 });
  for (const t of rows) {
    const d = t.decision;
    for (const id of new Set(d.deciders)) totals.get(id)!.decides++;
    for (const id of new Set(d.approvers)) totals.get(id)!.agrees++;
    for (const id of new Set(d.consulted)) totals.get(id)!.consulted++;
  }
  let heaviestDecider: Role | null = null;
  let most = 1;
  for (const role of roles) {
    const n = totals.get(role.id)!.decides;
    if (n > most) {
      most = n;
      heaviestDecider = role;
    }
  }
  return { notation, rows, roles, totals, heaviestDecider };
}

/** The letters of one cell as text ("RA", "" when the role holds none). */
export function cellText(doc: MapDocument, t: Transition, role: Role, notation: Notation): string {
  return lettersOf(doc, t, role.id, notation)
    .map((l) => l.letter)
    .join('');
}

/** "decides 3, agrees on 1, consulted on 2": the totals row of one role, in words. */
export function totalsWords(totals: MatrixTotals): string {
  return `decides ${totals.decides}, agrees on ${totals.agrees}, consulted on ${totals.consulted}`;
}
