/**
 * The ring around the view on a large map (renderer/src/canvas/ring.ts): the view as a box in
 * map coordinates, whether one box holds another, and which steps and arrows lie outside.
 * A wrong sign or a `>=` for a `>` here draws steps that should be hidden, or hides steps in
 * view, so the cases are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  cull,
  meets,
  union,
  viewBox,
  within,
  type Box,
  type PlacedSteps,
} from '../../../renderer/src/canvas/ring';

const box = (x: number, y: number, right: number, bottom: number): Box => ({
  x,
  y,
  right,
  bottom,
});

/** Steps as React Flow holds them: `[id, x, y, width, height]`; a width of -1 is unmeasured. */
function placed(...steps: [string, number, number, number, number][]): PlacedSteps {
  return {
    nodeLookup: new Map(
      steps.map(([id, x, y, width, height]) => [
        id,
        {
          id,
          internals: { positionAbsolute: { x, y } },
          measured: width < 0 ? {} : { width, height },
        },
      ]),
    ),
  };
}

describe('viewBox', () => {
  // A canvas 800 × 600 pixels, zoomed to 2, panned so map point (100, 50) is its top left.
  const view = { transform: [-200, -100, 2] as [number, number, number], width: 800, height: 600 };

  it('is the part of the map in view, in map coordinates', () => {
    expect(viewBox(view)).toEqual(box(100, 50, 500, 350));
  });

  it('grows by the share of its size on each side', () => {
    // 400 × 300 map pixels in view; 0.75 of that on each side.
    expect(viewBox(view, 0.75)).toEqual(box(-200, -175, 800, 575));
  });

  it('zoomed out, covers more of the map than the canvas has pixels', () => {
    const out = viewBox({ transform: [-100, -50, 0.5], width: 800, height: 600 });
    expect(out).toEqual(box(200, 100, 1800, 1300));
  });
});

describe('within', () => {
  const outer = box(0, 0, 100, 100);

  it('holds a box inside, and one that touches its edges', () => {
    expect(within(box(10, 10, 90, 90), outer)).toBe(true);
    expect(within(box(0, 0, 100, 100), outer)).toBe(true);
  });

  it('does not hold a box that crosses any edge', () => {
    expect(within(box(-1, 10, 90, 90), outer)).toBe(false);
    expect(within(box(10, -1, 90, 90), outer)).toBe(false);
    expect(within(box(10, 10, 101, 90), outer)).toBe(false);
    expect(within(box(10, 10, 90, 101), outer)).toBe(false);
  });

  it('does not hold the box it is inside', () => {
    expect(within(outer, box(10, 10, 90, 90))).toBe(false);
  });
});

describe('meets and union', () => {
  it('boxes that share only an edge do not meet; an overlap of one pixel does', () => {
    expect(meets(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(meets(box(0, 0, 11, 10), box(10, 0, 20, 10))).toBe(true);
    expect(meets(box(0, 0, 10, 10), box(0, 10, 10, 20))).toBe(false);
  });

  it('the union of two boxes holds both', () => {
    expect(union(box(0, 50, 10, 60), box(-5, 0, 3, 8))).toEqual(box(-5, 0, 10, 60));
  });
});

describe('cull', () => {
  const ring = box(0, 0, 1000, 600);

  it('leaves out the steps wholly outside the ring, by their measured size', () => {
    const steps = placed(
      ['inside', 100, 100, 200, 56],
      ['across the left edge', -150, 100, 200, 56],
      ['left of it', -400, 100, 200, 56],
      ['touching its right edge', 1000, 100, 200, 56],
      ['below it', 100, 700, 200, 56],
      ['reaching in from above', 100, -50, 200, 56],
    );
    const { nodes } = cull(steps, [], ring);
    expect([...nodes].sort()).toEqual(['below it', 'left of it', 'touching its right edge']);
  });

  it('an unmeasured step counts as a point: outside only when its corner is', () => {
    const steps = placed(['in', 10, 10, -1, -1], ['out', -10, 10, -1, -1]);
    expect([...cull(steps, [], ring).nodes]).toEqual(['out']);
  });

  it('keeps an arrow whose two steps are outside on opposite sides: it crosses the view', () => {
    const steps = placed(
      ['west', -500, 100, 200, 56],
      ['east', 1500, 100, 200, 56],
      ['far west', -900, 100, 200, 56],
      ['centre', 400, 300, 200, 56],
    );
    const edges = [
      { id: 'across', source: 'west', target: 'east' },
      { id: 'beside', source: 'far west', target: 'west' },
      { id: 'in', source: 'west', target: 'centre' },
    ];
    const culled = cull(steps, edges, ring);
    expect([...culled.nodes].sort()).toEqual(['east', 'far west', 'west']);
    expect([...culled.edges]).toEqual(['beside']);
    expect(culled.ring).toBe(ring);
  });

  it('keeps an arrow to a step React Flow does not know yet', () => {
    const steps = placed(['west', -500, 100, 200, 56]);
    const edges = [{ id: 'to new', source: 'west', target: 'new' }];
    expect(cull(steps, edges, ring).edges.size).toBe(0);
  });

  it('a ring around a view panned away holds what is there', () => {
    const steps = placed(['start', 0, 0, 200, 56], ['far end', 5000, 3000, 200, 56]);
    // The canvas 1000 × 600 at zoom 1, panned to map point (4800, 2800), ring 0.75 around it.
    const panned = viewBox({ transform: [-4800, -2800, 1], width: 1000, height: 600 }, 0.75);
    expect(panned).toEqual(box(4050, 2350, 6550, 3850));
    expect([...cull(steps, [], panned).nodes]).toEqual(['start']);
  });
});
