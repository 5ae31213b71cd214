/**
 * Edits flushed while the page is hidden or closing go in requests that outlive the page
 * (`apiOutlivingPage`), and a browser carries those only while their bodies together stay
 * under its keepalive budget. So such a batch is sent as consecutive pieces, each under the
 * budget and each awaited before the next: the order on disk stays the order of the edits.
 * A single edit larger than the budget is a piece of its own (the transport then sends it
 * as an ordinary request).
 *
 * If a piece fails after earlier ones were saved, the saver sends the whole batch again; the
 * pieces already saved are remembered and skipped then, so no edit is applied twice.
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
 * Sends a saver's batches: in pieces while the page is leaving, whole otherwise (see the
 * header). One per saver, since it remembers a batch that failed part-way.
 */
export class PieceSender {
  /** The last batch that failed part-way, and how many of its edits were saved. */
  private partly: { readonly ops: readonly Operation[]; readonly saved: number } | null = null;

  constructor(
    private readonly mapId: string,
    private readonly budget: number,
    private readonly apply: (
      ops: readonly Operation[],
      outliveThePage: boolean,
    ) => Promise<unknown>,
  ) {}

  async send(ops: readonly Operation[], outliveThePage: boolean): Promise<void> {
    const skip = this.alreadySaved(ops);
    this.partly = null;
    const rest = ops.slice(skip);
    if (rest.length === 0) return;
    const pieces = outliveThePage ? piecesUnder(this.mapId, rest, this.budget) : [rest];
    let saved = skip;
    try {
      for (const piece of pieces) {
        await this.apply(piece, outliveThePage);
        saved += piece.length;
      }
    } catch (error) {
      if (saved > 0) this.partly = { ops, saved };
      throw error;
    }
  }

  /**
   * How many leading edits of `ops` were saved by a batch that failed part-way: only when
   * `ops` starts with that batch's very edits (the saver puts a failed batch back in front),
   * never for an equal edit made again.
   */
  private alreadySaved(ops: readonly Operation[]): number {
    const partly = this.partly;
    if (!partly || ops.length < partly.ops.length) return 0;
    for (let i = 0; i < partly.ops.length; i++) if (ops[i] !== partly.ops[i]) return 0;
    return partly.saved;
  }
}
