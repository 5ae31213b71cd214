/**
 * Auto-layout keeps every step inside the app's coordinates (issue 12, item 8): a layout
 * past the limit would be refused when saved, or, saved by an older build, exported to a
 * file the app refuses to import.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/content/limits';
import { positionSchema } from '../../../shared/operations/schema';
import { autoLayout } from '../../../renderer/src/canvas/layout';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

describe('autoLayout within the app’s coordinates', () => {
  it('fits a flow that dagre lays out taller than the limit, keeping its order', () => {
    // 60 steps side by side in one rank, each 400,000 px tall: 24 million px as dagre has it.
    const steps = Array.from({ length: 60 }, (_, i) => makeStep(`s${i}`));
    const doc = makeMap({
      steps: [makeStep('start', { kind: 'start' }), ...steps],
      transitions: steps.map((s) => makeTransition(`t-${s.id}`, 'start', s.id)),
    });
    const moves = autoLayout(doc, 120, () => ({ width: 200, height: 400_000 }));
    expect(moves).toHaveLength(61);
    for (const move of moves) {
      expect(positionSchema.safeParse(move.position).success, JSON.stringify(move)).toBe(true);
    }
    // Shrunk to fit, not piled up at the edge: the siblings keep 60 distinct rows.
    const siblings = moves.filter((m) => m.id !== 'start').map((m) => m.position.y);
    expect(new Set(siblings).size).toBe(60);
    expect(Math.max(...siblings) - Math.min(...siblings)).toBeGreaterThan(LIMITS.coordinate);
  });

  it('leaves an ordinary layout exactly where dagre put it', () => {
    const doc = makeMap({
      steps: [makeStep('a', { kind: 'start' }), makeStep('b'), makeStep('c', { kind: 'end' })],
      transitions: [makeTransition('ab', 'a', 'b'), makeTransition('bc', 'b', 'c')],
    });
    const moves = autoLayout(doc, 120, () => undefined);
    const plain = autoLayout(doc, 120, () => undefined, { cards: false });
    // One row, from the origin: nothing moved or shrunk it to fit.
    expect(new Set(moves.map((m) => m.position.y)).size).toBe(1);
    expect(moves[0]!.position.x).toBe(0);
    expect(plain.map((m) => m.position.y)).toEqual([0, 0, 0]);
  });
});
