/**
 * Undo history of a map: each entry holds the edits and the edits that undo them. Typing
 * in one field is merged into one entry while it continues, so undo takes back a word or
 * a sentence, not a letter.
 */
import type { Operation } from '../../../shared/operations/types';

export interface HistoryEntry {
  readonly ops: readonly Operation[];
  /** Applied in order, these undo `ops`. */
  readonly inverse: readonly Operation[];
  /** Edits with the same key made close together merge into one entry. */
  readonly mergeKey: string | null;
  readonly at: number;
}

export const MERGE_WINDOW_MS = 1500;
const MAX_ENTRIES = 500;

/** The undo stack after recording an edit (the newest entry last). */
export function record(stack: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = stack[stack.length - 1];
  if (
    last &&
    entry.mergeKey !== null &&
    last.mergeKey === entry.mergeKey &&
    entry.at - last.at < MERGE_WINDOW_MS
  ) {
    const merged: HistoryEntry = {
      ops: [...last.ops, ...entry.ops],
      inverse: [...entry.inverse, ...last.inverse],
      mergeKey: entry.mergeKey,
      at: entry.at,
    };
    return [...stack.slice(0, -1), merged];
  }
  const next = [...stack, entry];
  return next.length > MAX_ENTRIES ? next.slice(next.length - MAX_ENTRIES) : next;
}
