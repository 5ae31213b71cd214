/** Small helpers for the words of findings, shared by the rules and the context they read. */

/** "Legal, Brand and CMO"; long lists end with "and 4 more". */
export function listOf(names: readonly string[], max = 5): string {
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : names;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * The list without repeats, first occurrence first. Decisions name a handful of roles or
 * items, so a nested loop beats a Set, and a list without repeats is returned as it is.
 */
export function distinct<T>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return [...new Set(list)];
  }
  return list;
}

/** Quotes a label the way messages show element names. */
export const q = (label: string): string => `“${label}”`;
