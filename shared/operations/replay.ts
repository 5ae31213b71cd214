/**
 * Putting edits made on an old copy of a map on top of the map as saved now: what a tab or
 * window does when its save is refused because someone else saved first. Edits are typed
 * operations, so each one either still applies (its step, arrow or role is still there)
 * or is refused by the reducer; a refused one is kept, with words saying what it was, so
 * the person is shown it rather than losing it silently.
 */
import type { MapDocument } from '../model';
import { applyOperation } from './apply';
import type { Operation } from './types';

export interface Replayed {
  /** The saved map with every edit that still applied. */
  readonly doc: MapDocument;
  /** The edits that applied, in order: these are saved next. */
  readonly kept: readonly Operation[];
  /** The edits that no longer apply, in order. */
  readonly refused: readonly Operation[];
}

/** Applies `ops` in order onto `saved`, skipping (and listing) each one that no longer applies. */
export function replayOperations(saved: MapDocument, ops: readonly Operation[]): Replayed {
  let doc = saved;
  const kept: Operation[] = [];
  const refused: Operation[] = [];
  for (const op of ops) {
    try {
      doc = applyOperation(doc, op);
      kept.push(op);
    } catch {
      refused.push(op);
    }
  }
  return { doc, kept, refused };
}
