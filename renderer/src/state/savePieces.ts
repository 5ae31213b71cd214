/**
 * Edits flushed while the page is hidden or closing go in requests that outlive the page
 * (`apiOutlivingPage`), and a browser carries those only while their bodies together stay
 * under its keepalive budget. So such a batch is sent as consecutive pieces, each under the
 * budget and each awaited before the next: the order on disk stays the order of the edits.
 * A single edit larger than the budget is a piece of its own (the transport then sends it
 * as an ordinary request).
 *
 * If a piece fails after earlier ones were saved, the saver sends the whole batch again; the
 * pieces already saved are remembered and skipped then, and the rest is based on the
 * revision they left, so no edit is applied twice.
 */
import type { Operation } from '../../../shared/operations/types';

const utf8 = new TextEncoder();
const bytes = (value: unknown) => utf8.encode(JSON.stringify(value)).length;

/**
 * Splits `ops` into consecutive pieces whose request body, `{ id, ops: piece }` as JSON,
 * stays within `budget` bytes (an edit larger than that alone in its piece).
 */
export function piecesUnder(
  mapId: string,
  ops: readonly Operation[],
  budget: number,
): Operation[][] {
  const overhead = bytes({ id: mapId, ops: [] });
  const pieces: Operation[][] = [];
  let piece: Operation[] = [];
  let size = overhead;
  for (const op of ops) {
    // One more byte for the comma between edits.
    const opSize = bytes(op) + 1;
    if (piece.length > 0 && size + opSize > budget) {
      pieces.push(piece);
      piece = [];
      size = overhead;
    }
    piece.push(op);
    size += opSize;
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/**
 * Saves a batch made on revision `base` (null where the saver does not track one) and
 * resolves with the map's revision after it.
 */
export type ApplyPiece = (
  ops: readonly Operation[],
  outliveThePage: boolean,
  base: number | null,
) => Promise<number>;

/**
 * Sends a saver's batches: in pieces while the page is leaving, whole otherwise (see the
 * header). Each piece is based on the revision the one before it left. One per saver, since
 * it remembers a batch that failed part-way.
 */
export class PieceSender {
  /** The last batch that failed part-way: how many of its edits were saved, and the revision. */
  private partly: {
    readonly ops: readonly Operation[];
    readonly saved: number;
    readonly revision: number;
  } | null = null;

  constructor(
    private readonly mapId: string,
    private readonly budget: number,
    private readonly apply: ApplyPiece,
  ) {}

  /** Resolves with the map's revision after the batch (`base` when nothing was left to send). */
  async send(
    ops: readonly Operation[],
    outliveThePage: boolean,
    base: number | null = null,
  ): Promise<number | null> {
    const partly = this.alreadySaved(ops);
    this.partly = null;
    let saved = partly?.saved ?? 0;
    let revision = partly ? partly.revision : base;
    const rest = ops.slice(saved);
    if (rest.length === 0) return revision;
    const pieces = outliveThePage ? piecesUnder(this.mapId, rest, this.budget) : [rest];
    try {
      for (const piece of pieces) {
        revision = await this.apply(piece, outliveThePage, revision);
        saved += piece.length;
      }
    } catch (error) {
      if (saved > 0 && revision !== null) this.partly = { ops, saved, revision };
      throw error;
    }
    return revision;
  }

  /**
   * What was saved of a batch that failed part-way, when `ops` starts with that batch's very
   * edits (the saver puts a failed batch back in front) — never for an equal edit made again.
   */
  private alreadySaved(ops: readonly Operation[]) {
    const partly = this.partly;
    if (!partly || ops.length < partly.ops.length) return null;
    for (let i = 0; i < partly.ops.length; i++) if (ops[i] !== partly.ops[i]) return null;
    return partly;
  }
}
