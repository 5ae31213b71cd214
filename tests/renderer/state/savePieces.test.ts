import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/operations/types';
import { PieceSender, piecesUnder } from '../../../renderer/src/state/savePieces';

const rename = (name: string): Operation => ({ type: 'map/rename', name });
const bodyBytes = (ops: readonly Operation[]) =>
  new TextEncoder().encode(JSON.stringify({ id: 'm-1', ops })).length;
/** Renames whose names hold accents, so characters and bytes differ. */
const renames = (count: number, length: number) =>
  Array.from({ length: count }, (_, i) => rename(`é${i}`.padEnd(length, 'ü')));

describe('piecesUnder', () => {
  it('keeps every piece’s request body within the budget, edits in order', () => {
    const ops = renames(300, 400);
    const pieces = piecesUnder('m-1', ops, 60 * 1024);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(bodyBytes(piece)).toBeLessThanOrEqual(60 * 1024);
    expect(pieces.flat()).toEqual(ops);
  });

  it('puts an edit larger than the budget in a piece of its own', () => {
    const ops = [rename('a'), rename('b'.repeat(5000)), rename('c')];
    expect(piecesUnder('m-1', ops, 1000)).toEqual([[ops[0]], [ops[1]], [ops[2]]]);
  });

  it('sends a small batch as one piece', () => {
    const ops = renames(3, 10);
    expect(piecesUnder('m-1', ops, 60 * 1024)).toEqual([ops]);
  });
});

describe('PieceSender', () => {
  /** A map at revision 10 whose saves each add one revision; the `failAt`th call fails. */
  function setup(failAt: number | null) {
    const sent: { ops: Operation[]; outlive: boolean; base: number | null }[] = [];
    let calls = 0;
    let revision = 10;
    const sender = new PieceSender('m-1', 2000, async (ops, outlive, base) => {
      calls += 1;
      if (calls === failAt) throw new Error('offline');
      sent.push({ ops: [...ops], outlive, base });
      return ++revision;
    });
    return { sender, sent };
  }

  it('sends the whole batch in one request unless the page is leaving', async () => {
    const { sender, sent } = setup(null);
    const ops = renames(20, 300);
    expect(await sender.send(ops, false, 10)).toBe(11);
    expect(sent).toEqual([{ ops, outlive: false, base: 10 }]);
  });

  it('while the page is leaving, sends pieces in order, each outliving the page', async () => {
    const { sender, sent } = setup(null);
    const ops = renames(20, 300);
    const revision = await sender.send(ops, true, 10);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((s) => s.outlive && bodyBytes(s.ops) <= 2000)).toBe(true);
    expect(sent.flatMap((s) => s.ops)).toEqual(ops);
    // Each piece is based on the revision the one before it left.
    expect(sent.map((s) => s.base)).toEqual(sent.map((_, i) => 10 + i));
    expect(revision).toBe(10 + sent.length);
  });

  it('after a piece fails, the batch sent again skips the pieces already saved', async () => {
    const { sender, sent } = setup(3);
    const ops = renames(20, 300);
    await expect(sender.send(ops, true, 10)).rejects.toThrow('offline');
    expect(sent).toHaveLength(2);
    // The saver puts the failed batch back in front, still on its old base, and may add
    // later edits after it.
    const later = rename('later');
    await sender.send([...ops, later], false, 10);
    expect(sent.flatMap((s) => s.ops)).toEqual([...ops, later]);
    expect(sent.at(-1)!.base).toBe(12);
  });

  it('an equal edit made again is sent again: only the very same edits are skipped', async () => {
    const { sender, sent } = setup(2);
    const ops = renames(20, 300);
    await expect(sender.send(ops, true, 10)).rejects.toThrow('offline');
    const copies = ops.map((op) => ({ ...op }));
    await sender.send(copies, false, 11);
    expect(sent.at(-1)!.ops).toEqual(copies);
    expect(sent.at(-1)!.ops).toHaveLength(20);
  });
});
