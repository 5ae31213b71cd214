/**
 * The order steps are offered in when a person types part of a name (the connect picker):
 * names that start with what was typed first, then names with a word that starts with it,
 * then names that merely contain it, each group in the map's own order. So "Approve" and
 * Enter picks "Approve invoice", never "Assign approver" listed above it.
 */
export function rankByName<T extends { readonly label: string }>(
  steps: readonly T[],
  query: string,
): T[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...steps];
  const ranked: { step: T; rank: number; index: number }[] = [];
  steps.forEach((step, index) => {
    const name = step.label.toLocaleLowerCase();
    const at = name.indexOf(q);
    if (at < 0) return;
    const rank = at === 0 ? 0 : wordStartsAt(name, q) ? 1 : 2;
    ranked.push({ step, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.step);
}

function wordStartsAt(name: string, q: string): boolean {
  for (let at = name.indexOf(q); at >= 0; at = name.indexOf(q, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(name[at - 1]!)) return true;
  }
  return false;
}
