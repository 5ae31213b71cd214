import { describe, expect, it } from 'vitest';
import { ROOT, UNREACHED } from '../../../shared/analysis/dominators';
import { buildGraph, reach } from '../../../shared/analysis/graph';
import type { MapDocument } from '../../../shared/model';
import { generateMap } from '../../support/generateMap';
import { buildMap, type Spec } from './build';

/** A map of plain tasks ('start' for ids starting with s) and arrows "a>b" (forward) or "a<b" (send-back from a to b). */
function shape(arrows: string[], starts: string[] = ['s']): MapDocument {
  const ids = [...new Set(arrows.flatMap((a) => a.split(/[<>]/)))];
  const steps: NonNullable<Spec['steps']>[number][] = ids.map((id) => [
    id,
    starts.includes(id) ? 'start' : 'task',
  ]);
  const transitions: NonNullable<Spec['transitions']>[number][] = arrows.map((a, i) => {
    const back = a.includes('<');
    const [from, to] = a.split(/[<>]/) as [string, string];
    return [`t${i}`, from, to, { kind: back ? 'send-back' : 'forward' }];
  });
  return buildMap({ steps, transitions });
}

/** Immediate dominators by step id: '^' for the virtual root, '-' for unreached. */
function idoms(doc: MapDocument): Record<string, string> {
  const g = buildGraph(doc);
  const { idom } = g.dominators();
  return Object.fromEntries(
    g.stepIds.map((id, i) => [
      id,
      idom[i] === ROOT ? '^' : idom[i] === UNREACHED ? '-' : g.stepIds[idom[i]!]!,
    ]),
  );
}

describe('dominators', () => {
  it.each<[string, string[], string[], Record<string, string>]>([
    ['a line', ['s>a', 'a>b'], ['s'], { s: '^', a: 's', b: 'a' }],
    [
      'a diamond',
      ['s>a', 's>b', 'a>c', 'b>c', 'c>e'],
      ['s'],
      { s: '^', a: 's', b: 's', c: 's', e: 'c' },
    ],
    ['a loop', ['s>a', 'a>b', 'b>a', 'b>e'], ['s'], { s: '^', a: 's', b: 'a', e: 'b' }],
    [
      'two starts meeting',
      ['s1>c', 's2>c', 'c>e'],
      ['s1', 's2'],
      { s1: '^', s2: '^', c: '^', e: 'c' },
    ],
    [
      'send-backs are not ways in',
      ['s>a', 'a>b', 'b<x'],
      ['s'],
      { s: '^', a: 's', b: 'a', x: '-' },
    ],
    ['a step reached only by a send-back', ['s>a', 'a<r'], ['s'], { s: '^', a: 's', r: '-' }],
  ])('%s', (_, arrows, starts, expected) => {
    expect(idoms(shape(arrows, starts))).toEqual(expected);
  });

  it('answers "does a dominate b" for the whole tree', () => {
    const g = buildGraph(shape(['s>a', 's>b', 'a>c', 'b>c', 'c>e']));
    const { dominates } = g.dominators();
    const at = (id: string) => g.stepIndex.get(id)!;
    expect(dominates(at('s'), at('e'))).toBe(true);
    expect(dominates(at('c'), at('e'))).toBe(true);
    expect(dominates(at('e'), at('e'))).toBe(true);
    expect(dominates(at('a'), at('c'))).toBe(false);
    expect(dominates(at('e'), at('c'))).toBe(false);
  });

  it('handles a 5,000-step chain without recursion', () => {
    const n = 5000;
    const arrows = Array.from({ length: n - 1 }, (_, i) => `${i === 0 ? 's' : `n${i}`}>n${i + 1}`);
    const g = buildGraph(shape(arrows));
    const { idom, dominates } = g.dominators();
    expect(g.stepIds[idom[g.stepIndex.get(`n${n - 1}`)!]!]).toBe(`n${n - 2}`);
    expect(dominates(g.stepIndex.get('s')!, g.stepIndex.get(`n${n - 1}`)!)).toBe(true);
  });
});

describe('strongly connected components', () => {
  const components = (doc: MapDocument) => {
    const g = buildGraph(doc);
    const { of, cyclic } = g.components;
    const groups = new Map<number, string[]>();
    g.stepIds.forEach((id, i) => groups.set(of[i]!, [...(groups.get(of[i]!) ?? []), id]));
    return [...groups.entries()].filter(([c]) => cyclic[c] === 1).map(([, ids]) => ids);
  };

  it.each<[string, string[], string[][]]>([
    ['no cycle', ['s>a', 'a>b'], []],
    ['a rework loop through a send-back', ['s>a', 'a>b', 'b<a', 'b>e'], [['a', 'b']]],
    [
      'two loops',
      ['s>a', 'a>b', 'b<a', 'b>c', 'c>d', 'd<c'],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a step looping on itself', ['s>a', 'a<a'], [['a']]],
    ['nested loops form one component', ['s>a', 'a>b', 'b>c', 'c<b', 'c<a'], [['a', 'b', 'c']]],
  ])('%s', (_, arrows, expected) => {
    expect(components(shape(arrows))).toEqual(expected);
  });

  it('numbers components so that arrows between them go from higher to lower', () => {
    const doc = generateMap(500, 3);
    const g = buildGraph(doc);
    for (let t = 0; t < g.m; t++) {
      const a = g.components.of[g.source[t]!]!;
      const b = g.components.of[g.target[t]!]!;
      if (a !== b) expect(a).toBeGreaterThan(b);
    }
  });

  it('handles a 5,000-step cycle without recursion', () => {
    const n = 5000;
    const arrows = [
      ...Array.from({ length: n - 1 }, (_, i) => `${i === 0 ? 's' : `n${i}`}>n${i + 1}`),
      `n${n - 1}<s`,
    ];
    expect(buildGraph(shape(arrows)).components.count).toBe(1);
  });
});

describe('starts and reachability', () => {
  const reached = (doc: MapDocument) => {
    const g = buildGraph(doc);
    return g.stepIds.filter((_, i) => g.reachable[i] === 1);
  };
  const starts = (doc: MapDocument) => {
    const g = buildGraph(doc);
    return Array.from(g.starts, (i) => g.stepIds[i]);
  };

  it('starts at steps marked start', () => {
    expect(starts(shape(['s>a', 'x>a'], ['s']))).toEqual(['s']);
  });
  it('without a start step, starts where no forward arrow leads in', () => {
    expect(starts(shape(['a>b', 'c>b', 'b<a'], []))).toEqual(['a', 'c']);
  });
  it('a closed loop with no way in starts at its first step', () => {
    expect(starts(shape(['a>b', 'b>a'], []))).toEqual(['a']);
  });
  it('reaches over every kind of arrow', () => {
    expect(reached(shape(['s>a', 'a<r', 'r>x', 'y>z']))).toEqual(['s', 'a', 'r', 'x']);
  });
  it('can walk forward arrows only, and skip chosen arrows', () => {
    const g = buildGraph(shape(['s>a', 'a<r', 's>b']));
    const only = (seen: Uint8Array) => g.stepIds.filter((_, i) => seen[i] === 1);
    expect(only(reach(g, g.starts, true))).toEqual(['s', 'a', 'b']);
    expect(only(reach(g, g.starts, false, Uint8Array.from([1, 0, 0])))).toEqual(['s', 'b']);
  });
  it('ignores arrows to steps that are not in the map', () => {
    const doc = buildMap({ steps: [['s', 'start']], transitions: [['t', 's', 'ghost']] });
    const g = buildGraph(doc);
    expect(g.source[0]).toBe(0);
    expect(g.target[0]).toBe(-1);
    expect(g.outStart[1]).toBe(0);
  });
});
