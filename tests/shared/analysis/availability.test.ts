import { describe, expect, it } from 'vitest';
import { availabilityOf, createContext } from '../../../shared/analysis/context';
import type { Availability } from '../../../shared/analysis/types';
import { generateMap } from '../../support/generateMap';
import { buildMap, CLEAN, extend, withInfo, withStep } from './build';

/**
 * Request → (Brief A | Brief B) → Review → Launched, with a send-back from Review to Brief A.
 * Brief A writes the brief, Review writes the notes, Launched the report; the guidelines
 * come from outside, the budget from nowhere.
 */
const doc = buildMap({
  info: [
    ['i-brief', 'Campaign brief'],
    ['i-notes', 'Review notes'],
    ['i-report', 'Launch report'],
    ['i-guide', 'Brand guidelines', true],
    ['i-budget', 'Budget'],
    ['i-both', 'Channel plan'],
  ],
  steps: [
    ['s', 'start', 'Request', { produces: ['i-both'] }],
    ['a', 'task', 'Brief A', { produces: ['i-brief'] }],
    ['b', 'task', 'Brief B'],
    ['m', 'review', 'Review', { produces: ['i-notes'] }],
    ['e', 'end', 'Launched', { produces: ['i-report'] }],
  ],
  transitions: [
    ['sa', 's', 'a'],
    ['sb', 's', 'b'],
    ['am', 'a', 'm'],
    ['bm', 'b', 'm'],
    ['me', 'm', 'e'],
    ['back', 'm', 'a', { kind: 'send-back' }],
  ],
});

describe('availabilityOf', () => {
  const ctx = createContext(doc);
  it.each<[string, string, string, Availability]>([
    ['an item from outside the map', 'am', 'i-guide', 'external'],
    ['an item no step produces', 'am', 'i-budget', 'not-produced'],
    ['an item the map does not know', 'am', 'i-nothing', 'not-produced'],
    ['produced by the start, before everything', 'me', 'i-both', 'guaranteed'],
    ['produced by the deciding step itself', 'am', 'i-brief', 'guaranteed'],
    ['produced on one branch only', 'me', 'i-brief', 'some-paths'],
    ['produced only after a send-back', 'am', 'i-notes', 'some-paths'],
    ['produced downstream, never before', 'me', 'i-report', 'not-upstream'],
    ['produced on the other branch, which never leads here', 'sb', 'i-brief', 'not-upstream'],
    ['a transition that is not in the map', 'ghost', 'i-brief', 'not-upstream'],
  ])('%s', (_, transition, item, expected) => {
    expect(availabilityOf(ctx, transition, item)).toBe(expected);
  });

  it('is guaranteed when every branch produces the item, though no single producer dominates', () => {
    const both = withStep(doc, 'b', { produces: ['i-brief'] });
    expect(availabilityOf(createContext(both), 'me', 'i-brief')).toBe('guaranteed');
  });

  it('is not guaranteed at a step reached only through a send-back', () => {
    const late = extend(withInfo(CLEAN, ['i-x', 'X']), {
      steps: [
        ['x', 'task', 'Fix', { produces: ['i-x'] }],
        ['y', 'task', 'Recheck'],
      ],
      transitions: [
        ['rx', 'r', 'x', { kind: 'send-back' }],
        ['xy', 'x', 'y'],
        ['yr', 'y', 'r'],
      ],
    });
    expect(availabilityOf(createContext(late), 'yr', 'i-x')).toBe('some-paths');
  });

  it('agrees with the dominator tree wherever an item has one producer', () => {
    for (const seed of [1, 2, 3]) {
      const map = generateMap(300, seed);
      const c = createContext(map);
      const { dominates } = c.graph.dominators();
      let checked = 0;
      for (const t of c.decisions) {
        for (const item of t.decision.requires) {
          const producers = c.producersOf(item);
          if (producers.length !== 1 || map.information[item]?.external) continue;
          const p = c.graph.stepIndex.get(producers[0]!)!;
          const s = c.graph.stepIndex.get(t.from)!;
          const availability = c.availability(t.from, item);
          expect(availability === 'guaranteed', `${t.id} ${item}`).toBe(p === s || dominates(p, s));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(20);
    }
  });
});
