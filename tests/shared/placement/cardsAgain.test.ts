import { describe, expect, it } from 'vitest';
import {
  placeCards,
  placeCardsAgain,
  type CardArrow,
  type Placement,
  type Point,
  type Rect,
} from '../../../shared/placement/cards';
import { makeRng } from '../../support/randomOps';

const STEP = { width: 200, height: 56 };
const CARD = { width: 184, height: 84 };
const TAGGED = { width: 184, height: 102 };

/** A forward arrow: right middle of one step to left middle of the other. */
function forward(id: string, from: Rect, to: Rect, card = CARD): CardArrow {
  const s: Point = [from.x + from.width, from.y + from.height / 2];
  const t: Point = [to.x, to.y + to.height / 2];
  const bend = Math.abs(t[0] - s[0]) / 2;
  return { id, curve: [s, [s[0] + bend, s[1]], [t[0] - bend, t[1]], t], ...card };
}

/** A send-back: bottom middle of one step, dipping below, to the bottom middle of the other. */
function sendBack(id: string, from: Rect, to: Rect): CardArrow {
  const s: Point = [from.x + from.width / 2, from.y + from.height];
  const t: Point = [to.x + to.width / 2, to.y + to.height];
  const low = Math.max(s[1], t[1]) + 80;
  return { id, curve: [s, [s[0], low], [t[0], low], t], ...TAGGED };
}

/**
 * A crowded map like the canvas bench's: rows of steps edge to edge (most cards find no free
 * place), each step's arrow to the next, a branch now and then, and long send-backs.
 */
function crowdedMap(count: number, seed: number) {
  const rng = makeRng(seed);
  const steps: Rect[] = [];
  for (let i = 0; i < count; i++) {
    steps.push({ x: (i % 20) * 200, y: Math.floor(i / 20) * 140, ...STEP });
  }
  const ends: [number, number, 'forward' | 'back'][] = [];
  for (let i = 1; i < count; i++) {
    ends.push([i - 1, i, 'forward']);
    if (rng.int(0, 3) === 0) ends.push([i - 1, Math.min(count - 1, i + rng.int(1, 5)), 'forward']);
    if (rng.int(0, 9) === 0) ends.push([i, Math.max(0, i - rng.int(2, 40)), 'back']);
  }
  return { steps, ends, rng };
}

function arrowsOf(steps: readonly Rect[], ends: readonly [number, number, string][]) {
  return ends.map(([a, b, kind], i) =>
    kind === 'back'
      ? sendBack(`t${i}`, steps[a]!, steps[b]!)
      : forward(`t${i}`, steps[a]!, steps[b]!),
  );
}

/** How many cards a placement kept from the one before (the very same place). */
function kept(before: Placement, after: Placement): number {
  let count = 0;
  for (const [id, place] of after.places) if (before.places.get(id) === place) count++;
  return count;
}

describe('placeCardsAgain', () => {
  it('puts every card where a full placement does after each of many drops, one after the other', () => {
    const { steps, ends, rng } = crowdedMap(300, 7);
    let now = [...steps];
    let placement = placeCardsAgain(null, now, arrowsOf(now, ends));
    let keptInAll = 0;
    for (let drop = 0; drop < 25; drop++) {
      const i = rng.int(0, now.length - 1);
      const box = now[i]!;
      now = now.map((s, k) =>
        k === i ? { ...box, x: box.x + rng.int(-300, 300), y: box.y + rng.int(-150, 150) } : s,
      );
      const arrows = arrowsOf(now, ends);
      const again = placeCardsAgain(placement, now, arrows);
      expect(again.places).toEqual(placeCards(now, arrows));
      keptInAll += kept(placement, again);
      placement = again;
    }
    // Most cards keep their place without being placed again.
    expect(keptInAll / 25).toBeGreaterThan(ends.length / 2);
  });

  it('follows a lane label that moved and a card that grew a tag', () => {
    const { steps, ends } = crowdedMap(120, 3);
    const arrows = arrowsOf(steps, ends);
    const label = { x: 600, y: 130, width: 120, height: 40 };
    const first = placeCardsAgain(null, steps, arrows, [label]);
    const moved = [{ ...label, x: 1400, y: 270 }];
    expect(placeCardsAgain(first, steps, arrows, moved).places).toEqual(
      placeCards(steps, arrows, moved),
    );
    const tagged = arrows.map((a, i) => (i === 40 ? { ...a, ...TAGGED } : a));
    expect(placeCardsAgain(first, steps, tagged, [label]).places).toEqual(
      placeCards(steps, tagged, [label]),
    );
  });

  it('moves a card back onto the middle of its arrow when the arrow that ran there moves away', () => {
    const a = { x: 0, y: 0, ...STEP };
    const b = { x: 800, y: 0, ...STEP };
    const c = { x: 400, y: -400, ...STEP };
    const d = { x: 400, y: 400, ...STEP };
    const first = placeCardsAgain(null, [a, b, c, d], [forward('ab', a, b), forward('cd', c, d)]);
    // The arrow from c to d runs through the middle of a→b: its card slides along.
    expect(first.places.get('ab')!.dx).not.toBe(0);
    const away = { ...d, x: 1400 };
    const arrows = [forward('ab', a, b), forward('cd', c, away)];
    const again = placeCardsAgain(first, [a, b, c, away], arrows);
    expect(again.places.get('ab')!.dx).toBe(0);
    expect(again.places).toEqual(placeCards([a, b, c, away], arrows));
  });

  it('places everything afresh for other arrows or another order, and keeps all when nothing changed', () => {
    const { steps, ends } = crowdedMap(100, 5);
    const arrows = arrowsOf(steps, ends);
    const first = placeCardsAgain(null, steps, arrows);
    expect(kept(first, placeCardsAgain(first, steps, arrows))).toBe(arrows.length);
    const reversed = [...arrows].reverse();
    const again = placeCardsAgain(first, steps, reversed);
    expect(again.places).toEqual(placeCards(steps, reversed));
    const fewer = arrows.slice(1);
    expect(placeCardsAgain(first, steps, fewer).places).toEqual(placeCards(steps, fewer));
  });
});
