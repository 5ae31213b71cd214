import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/content/limits';
import { clampPosition, fitInside } from '../../../shared/content/positions';
import {
  brokenCharacterAt,
  brokenTextProblem,
  clipText,
  RESERVED_IDS,
  reservedIdProblem,
  utf8Bytes,
} from '../../../shared/content/text';

describe('half characters (lone surrogates)', () => {
  it.each([
    ['plain', 'Draft brief', -1],
    ['an emoji, a whole pair', 'Launch 🚀', -1],
    ['a high half alone', 'a\uD800b', 1],
    ['a low half alone', '\uDC00', 0],
    ['a high half at the end', 'ok\uD83D', 2],
    ['halves in the wrong order', 'x\uDE80\uD83D', 1],
    ['a pair, then a lone half', '🚀\uDFFF', 2],
  ])('%s', (_, text, at) => {
    expect(brokenCharacterAt(text)).toBe(at);
    expect(brokenTextProblem(text) === null).toBe(at === -1);
    expect(text.isWellFormed()).toBe(at === -1);
  });

  it('names the position and the code unit, in words', () => {
    expect(brokenTextProblem('ab\uDC80')).toBe(
      'has half of a character at position 3 (a lone surrogate, \\uDC80); text must be valid Unicode, so Decision Map does not keep it',
    );
  });
});

describe('reserved ids', () => {
  it('are a fixed list covering what plain records would find on every map', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      expect(RESERVED_IDS.has(name), name).toBe(true);
    }
    expect(reservedIdProblem('constructor')).toContain('reserves');
    expect(reservedIdProblem('s-1')).toBeNull();
  });
});

describe('clipText', () => {
  it('never cuts a character in half', () => {
    expect(clipText('ab🚀', 3)).toBe('ab');
    expect(clipText('ab🚀', 4)).toBe('ab🚀');
    expect(clipText('abc', 2)).toBe('ab');
    const long = '🚀'.repeat(LIMITS.label);
    const clipped = clipText(long, LIMITS.label);
    expect(clipped.isWellFormed()).toBe(true);
    expect(clipped.length).toBe(LIMITS.label);
    expect(clipText(`x${long}`, LIMITS.label).length).toBe(LIMITS.label - 1);
  });
});

describe('utf8Bytes', () => {
  it('counts what UTF-8 writes, for every width of character', () => {
    const samples = ['', 'a', 'é', '€', '🚀', 'a🚀é€ — “quotes”', '\u0001\u2028', 'x'.repeat(1000)];
    for (const text of samples) expect(utf8Bytes(text), text).toBe(Buffer.byteLength(text));
  });
});

describe('positions inside the coordinate limit', () => {
  const L = LIMITS.coordinate;
  const at = (x: number, y: number) => ({ position: { x, y } });

  it('clamps one position to the edge', () => {
    expect(clampPosition({ x: L + 32, y: -L - 1 })).toEqual({ x: L, y: -L });
  });

  it('leaves a drawing inside the limit as it is', () => {
    const items = [at(0, 0), at(L, -L)];
    expect(fitInside(items)[0]).toBe(items[0]);
    expect(fitInside(items)).toEqual(items);
  });

  it('moves a drawing that fits but sticks out, keeping its shape', () => {
    const fitted = fitInside([at(0, 0), at(L + 500, 100)]);
    expect(fitted.map((i) => i.position)).toEqual([
      { x: -500, y: 0 },
      { x: L, y: 100 },
    ]);
  });

  it('shrinks a drawing larger than the limit into it, keeping the order of steps', () => {
    const xs = [0, 8e6, 16e6, 24e6, 32e6];
    const fitted = fitInside(xs.map((x) => at(x, 5))).map((i) => i.position);
    for (const p of fitted) {
      expect(Math.abs(p.x)).toBeLessThanOrEqual(L);
      expect(p.y).toBe(5);
    }
    expect(fitted[0]!.x).toBe(-L);
    expect(fitted.at(-1)!.x).toBe(L);
    for (let i = 1; i < fitted.length; i++) expect(fitted[i]!.x).toBeGreaterThan(fitted[i - 1]!.x);
  });
});
