/**
 * The analysis on large maps: it runs on every edit, so it has to fit in a frame. Targets:
 * median at 1,000 steps <= 10 ms, at 5,000 steps <= 60 ms, and 1,000 -> 5,000 steps at
 * most 7x slower (close to linear).
 */
import { analyzeMap } from '../../shared/analysis/engine';
import type { MapDocument } from '../../shared/model';
import { generateMap } from '../support/generateMap';
import { bench } from './types';

export default [100, 1000, 5000].map((n) =>
  bench<MapDocument>({
    name: 'analysis.full',
    n,
    iterations: n >= 5000 ? 40 : 100,
    warmup: 10,
    setup: () => generateMap(n, 1),
    run: (doc) => analyzeMap(doc),
  }),
);
