/**
 * An export always imports, for the largest maps the limits allow (issue 12, item 8): a map
 * laid out past the coordinate limit, a 100,000-step map whose indented file is larger than
 * the 50 MB a map file may be, a map whose missing fields make it outgrow its file. Real
 * sizes, not scaled-down ones: these are the numbers the limits are about.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/content/limits';
import { AppError } from '../../../shared/errors';
import { serializeMapFile } from '../../../shared/file-format/export';
import { parseMapFile } from '../../../shared/file-format/import';
import { mapFileBytes } from '../../../shared/file-format/size';
import { emptyMap, type MapDocument, type MapId } from '../../../shared/model';
import { applyOperations } from '../../../shared/operations/apply';
import type { Operation } from '../../../shared/operations/types';
import { makeStep } from '../../support/makeMap';

const N = LIMITS.elements;

/** A chain of `n` steps, as a file gives it: no positions, every field left out it may. */
function chainFile(n: number, label: (i: number) => string = (i) => `Step ${i}`): string {
  const steps = Array.from({ length: n }, (_, i) => ({
    id: `s-${i}`,
    label: label(i),
    kind: i === 0 ? 'start' : i === n - 1 ? 'end' : 'task',
  }));
  const transitions = Array.from({ length: n - 1 }, (_, i) => ({
    id: `t-${i}`,
    from: `s-${i}`,
    to: `s-${i + 1}`,
    decision: { automatic: false },
  }));
  return JSON.stringify({
    format: 'decision-map',
    version: 1,
    map: { id: 'm-chain', name: 'A very long flow', steps, transitions },
  });
}

function imported(text: string): MapDocument {
  const result = parseMapFile(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.doc;
}

describe('the largest maps export to files that import again', () => {
  it('a 100,000-step chain: laid out inside the coordinates, exported on one line, read back equal', () => {
    const doc = imported(chainFile(N));
    for (const id of doc.stepOrder) {
      const { x, y } = doc.steps[id]!.position;
      expect(Math.abs(x)).toBeLessThanOrEqual(LIMITS.coordinate);
      expect(Math.abs(y)).toBeLessThanOrEqual(LIMITS.coordinate);
    }
    // No two steps share a place.
    const places = new Set(doc.stepOrder.map((id) => JSON.stringify(doc.steps[id]!.position)));
    expect(places.size).toBe(N);

    const text = serializeMapFile(doc);
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBe(mapFileBytes(doc));
    expect(bytes).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(text.startsWith('{"format":"decision-map"')).toBe(true);
    expect(imported(text)).toEqual(doc);
  }, 120_000);

  it('a file that would outgrow the limit once its missing fields are filled in is refused', () => {
    const text = chainFile(N, (i) => `${'Long label '.repeat(25)}${i}`);
    expect(Buffer.byteLength(text)).toBeLessThan(LIMITS.fileBytes);
    const result = parseMapFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^With the fields it leaves out filled in, this map takes \d+ MB as a map file; a map file holds at most 50 MB\.$/,
      ),
    ]);
  }, 120_000);
});

describe('map:apply keeps a map within what a file holds', () => {
  const start = () => emptyMap('m-big' as MapId, 'Big');
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID_EDIT');
      return (error as AppError).message;
    }
    return expect.fail('the edit was applied, but it should have been refused');
  };

  it('refuses the edit that passes the file limit; the largest map it keeps exports and imports', () => {
    const notes = 'n'.repeat(LIMITS.text);
    let doc = start();
    let n = 0;
    const batch = (): Operation => ({
      type: 'elements/add',
      steps: Array.from({ length: 100 }, () => makeStep(`s-${n++}`, { notes })),
      transitions: [],
    });
    // About 1 MB a batch: the 51st cannot fit.
    let message = '';
    for (let i = 0; i < 60 && message === ''; i++) {
      const op = batch();
      try {
        doc = applyOperations(doc, [op]);
      } catch {
        message = refusal(() => applyOperations(doc, [op]));
      }
    }
    expect(message).toMatch(
      /^That change could not be applied: the map would take \d+ MB as a map file, and a map file holds at most 50 MB\. Nothing was changed\.$/,
    );
    expect(mapFileBytes(doc)).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(mapFileBytes(doc)).toBeGreaterThan(LIMITS.fileBytes - 1024 * 1024);

    const text = serializeMapFile(doc);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(imported(text)).toEqual(doc);

    // A map at the limit can still shrink, and take smaller edits.
    const smaller = applyOperations(doc, [
      { type: 'elements/remove', stepIds: [doc.stepOrder[0]!], transitionIds: [] },
    ]);
    expect(smaller.stepOrder.length).toBe(doc.stepOrder.length - 1);
  }, 120_000);

  it('refuses the 100,001st step', () => {
    let doc = start();
    for (let i = 0; i < N; i += LIMITS.elementsPerEdit) {
      const steps = Array.from({ length: LIMITS.elementsPerEdit }, (_, j) =>
        makeStep(`s-${i + j}`, { label: '' }),
      );
      doc = applyOperations(doc, [{ type: 'elements/add', steps, transitions: [] }]);
    }
    expect(doc.stepOrder.length).toBe(N);
    expect(
      refusal(() =>
        applyOperations(doc, [
          { type: 'elements/add', steps: [makeStep('one-more')], transitions: [] },
        ]),
      ),
    ).toBe(
      'That change could not be applied: a map holds at most 100,000 steps. Nothing was changed.',
    );
  }, 120_000);
});
