/**
 * The levels of detail follow how wide a step is on screen, measured: its name and its
 * cards' badges while it is 60 px wide or more, whatever zoom that takes.
 */
import type { ReactFlowState } from '@xyflow/react';
import { describe, expect, test } from 'vitest';
import { selectDetail, stepOnScreen, stepWidthOf } from '../../../renderer/src/canvas/farZoom';

/** The part of React Flow's state the levels read: the zoom and the steps' measured sizes. */
function view(zoom: number, widths: readonly (number | undefined)[]): ReactFlowState {
  const nodeLookup = new Map(widths.map((width, i) => [`s${i}`, { measured: { width } }]));
  return { transform: [0, 0, zoom], nodeLookup } as unknown as ReactFlowState;
}

describe('levels of detail', () => {
  test.each([
    [1, 'full'],
    [0.6, 'full'],
    [0.59, 'names'],
    [0.33, 'names'],
    [0.3, 'names'],
    [0.29, 'far'],
  ] as const)('a 200 px step at zoom %f: %s', (zoom, level) => {
    expect(selectDetail(view(zoom, [200]))).toBe(level);
  });

  test('measured, not at a fixed zoom: wider steps keep their names further out', () => {
    expect(selectDetail(view(0.25, [200]))).toBe('far');
    expect(selectDetail(view(0.25, [260]))).toBe('names');
    expect(stepOnScreen(view(0.25, [260]))).toBe(65);
  });

  test('the first measured step gives the width; none measured yet, the usual 200', () => {
    expect(stepWidthOf(view(1, [undefined, 240, 200]))).toBe(240);
    expect(stepWidthOf(view(1, [undefined]))).toBe(200);
  });
});
