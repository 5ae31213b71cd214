import { describe, expect, it } from 'vitest';
import {
  CARD_GAP,
  overlaps,
  placeCards,
  pointOnCurve,
  type CardArrow,
  type Point,
  type Rect,
} from '../../../shared/placement/cards';

const STEP = { width: 200, height: 56 };
const CARD = { width: 184, height: 90 };

const step = (x: number, y: number): Rect => ({ x, y, ...STEP });

/** A forward arrow drawn as the canvas draws it: right middle of one step to left middle of the other. */
function forward(id: string, from: Rect, to: Rect, card = CARD): CardArrow {
  const s: Point = [from.x + from.width, from.y + from.height / 2];
  const t: Point = [to.x, to.y + to.height / 2];
  const bend = Math.abs(t[0] - s[0]) / 2;
  return { id, curve: [s, [s[0] + bend, s[1]], [t[0] - bend, t[1]], t], ...card };
}

const boxOf = (place: { x: number; y: number }, arrow: CardArrow): Rect => ({
  x: place.x - arrow.width / 2,
  y: place.y - arrow.height / 2,
  width: arrow.width,
  height: arrow.height,
});

/** Every pair of boxes that overlap, as "card i / step j" and "card i / card j". */
function overlapsOf(cards: Rect[], fixed: Rect[]): string[] {
  const found: string[] = [];
  cards.forEach((card, i) => {
    fixed.forEach((s, j) => overlaps(card, s) && found.push(`card ${i} / step ${j}`));
    for (let j = i + 1; j < cards.length; j++) {
      if (overlaps(card, cards[j]!)) found.push(`card ${i} / card ${j}`);
    }
  });
  return found;
}

function expectNoOverlaps(steps: Rect[], arrows: CardArrow[], keepOut: Rect[] = []) {
  const places = placeCards(steps, arrows, keepOut);
  const cards = arrows.map((a) => boxOf(places.get(a.id)!, a));
  expect(overlapsOf(cards, [...steps, ...keepOut])).toEqual([]);
  return places;
}

describe('placeCards', () => {
  it('leaves a card in the middle of its arrow when there is room', () => {
    const a = step(0, 0);
    const b = step(500, 0);
    const arrow = forward('t', a, b);
    const place = placeCards([a, b], [arrow]).get('t')!;
    const [mx, my] = pointOnCurve(arrow.curve, 0.5);
    expect(place).toEqual({ x: mx, y: my, dx: 0, dy: 0, leader: null });
  });

  it('moves the cards of a branch apart: two arrows leaving one step never share a place', () => {
    const a = step(0, 100);
    // The two targets are close together, so both arrows' middles nearly coincide.
    const b = step(440, 40);
    const c = step(440, 160);
    const arrows = [forward('t1', a, b), forward('t2', a, c)];
    const places = expectNoOverlaps([a, b, c], arrows);
    expect(places.get('t1')).not.toEqual(places.get('t2'));
  });

  it('takes a card off a step it would cover, with a leader line to its arrow', () => {
    // Steps 96 apart: a 184-wide card cannot sit between them.
    const a = step(0, 0);
    const b = step(296, 0);
    const arrow = forward('t', a, b);
    const place = expectNoOverlaps([a, b], [arrow]).get('t')!;
    expect(place.leader).toEqual(pointOnCurve(arrow.curve, 0.5));
    expect(Math.hypot(place.dx, place.dy)).toBeGreaterThan(0);
  });

  it('keeps cards off lane labels', () => {
    const a = step(0, 0);
    const b = step(600, 0);
    const arrow = forward('t', a, b);
    const [mx, my] = pointOnCurve(arrow.curve, 0.5);
    const label: Rect = { x: mx - 40, y: my - 10, width: 80, height: 20 };
    const place = expectNoOverlaps([a, b], [arrow], [label]).get('t')!;
    expect(place.dx !== 0 || place.dy !== 0).toBe(true);
  });

  it('keeps a gap between cards placed side by side', () => {
    const a = step(0, 0);
    const targets = [0, 1, 2, 3, 4].map((i) => step(420, i * 70 - 140));
    const arrows = targets.map((t, i) => forward(`t${i}`, a, t));
    const places = expectNoOverlaps([a, ...targets], arrows);
    const boxes = arrows.map((arrow) => boxOf(places.get(arrow.id)!, arrow));
    const grown = (r: Rect): Rect => ({
      x: r.x - CARD_GAP / 2 + 0.01,
      y: r.y - CARD_GAP / 2 + 0.01,
      width: r.width + CARD_GAP - 0.02,
      height: r.height + CARD_GAP - 0.02,
    });
    boxes.forEach((box, i) =>
      boxes.slice(i + 1).forEach((other) => expect(overlaps(grown(box), grown(other))).toBe(false)),
    );
  });

  it('places the cards of a crowded fan-out (one step, eight arrows) without overlaps', () => {
    const hub = step(0, 400);
    const targets = Array.from({ length: 8 }, (_, i) => step(500, i * 110));
    const back = Array.from({ length: 8 }, (_, i) => forward(`t${i}`, hub, targets[i]!));
    expectNoOverlaps([hub, ...targets], back);
  });

  it('slides a card along its arrow rather than cover another arrow, with no leader line', () => {
    const a = step(0, 0);
    const b = step(1400, 0);
    const along = forward('along', a, b);
    const [mx] = pointOnCurve(along.curve, 0.5);
    // Another arrow runs straight down through the first one's middle.
    const down: CardArrow = {
      id: 'down',
      curve: [
        [mx, -400],
        [mx, -200],
        [mx, 300],
        [mx, 500],
      ],
      ...CARD,
    };
    const place = expectNoOverlaps([a, b], [along, down]).get('along')!;
    expect(Math.abs(place.x - mx)).toBeGreaterThan(CARD.width / 2);
    expect(place.leader).toBeNull();
  });

  it('is the same for the same input', () => {
    const a = step(0, 100);
    const b = step(440, 40);
    const c = step(440, 160);
    const arrows = [forward('t1', a, b), forward('t2', a, c)];
    expect(placeCards([a, b, c], arrows)).toEqual(placeCards([a, b, c], arrows));
  });

  it('places 3,000 cards of a 1,000-step grid with nothing overlapping', () => {
    const steps: Rect[] = [];
    for (let i = 0; i < 1000; i++) steps.push(step((i % 25) * 440, Math.floor(i / 25) * 260));
    const arrows: CardArrow[] = [];
    for (let i = 0; i < 999; i++) {
      arrows.push(forward(`a${i}`, steps[i]!, steps[i + 1]!));
      if (i + 25 < 1000) arrows.push(forward(`b${i}`, steps[i]!, steps[i + 25]!));
    }
    expectNoOverlaps(steps, arrows);
  });
});
