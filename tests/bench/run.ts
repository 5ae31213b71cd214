/**
 * Runs every `tests/bench/*.bench.ts` (each default-exports a Bench or an array of them)
 * and prints one JSON line per benchmark, so results can be diffed or charted by a script.
 * Optional arguments filter benchmarks by name substring:
 *   npx tsx tests/bench/run.ts store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench } from './types';

// tsx runs this file as CommonJS (the package has no "type": "module"), so no import.meta.
const DIR = __dirname;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;

async function measure(bench: Bench): Promise<void> {
  const context = await bench.setup?.();
  const warmup = bench.warmup ?? 5;
  const iterations = bench.iterations ?? 100;
  const times: number[] = [];
  try {
    for (let i = 0; i < warmup + iterations; i++) {
      await bench.beforeEach?.(context);
      const start = performance.now();
      await bench.run(context);
      const elapsed = performance.now() - start;
      if (i >= warmup) times.push(elapsed);
    }
  } finally {
    await bench.teardown?.(context);
  }
  times.sort((a, b) => a - b);
  const line = {
    name: bench.name,
    n: bench.n,
    median_ms: round3(percentile(times, 50)),
    p95_ms: round3(percentile(times, 95)),
  };
  console.log(JSON.stringify(line));
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  for (const file of files) {
    const loaded = (await import(pathToFileURL(path.join(DIR, file)).href)) as {
      default: Bench | Bench[];
    };
    const benches = Array.isArray(loaded.default) ? loaded.default : [loaded.default];
    for (const bench of benches) {
      if (filters.length === 0 || filters.some((f) => bench.name.includes(f))) await measure(bench);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
