/**
 * Runs every `tests/bench/*.bench.ts` (each default-exports a Bench or a SampledBench, or an
 * array of them) and prints one JSON line per measurement, so results can be diffed or
 * charted by a script; a sampled figure `X.bare` is followed by `X.ratio` (reportRatio). Optional arguments filter benchmarks by name substring:
 *   npx tsx tests/bench/run.ts store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, FiguresBench, LoadBench, SampledBench } from './types';

// tsx runs this file as CommonJS (the package has no "type": "module"), so no import.meta.
const DIR = __dirname;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;

function report(
  name: string,
  n: number,
  samples: number[],
  extra: Readonly<Record<string, number>> = {},
): void {
  const times = [...samples].sort((a, b) => a - b);
  const line = {
    name,
    n,
    median_ms: round3(percentile(times, 50)),
    p95_ms: round3(percentile(times, 95)),
    ...extra,
  };
  console.log(JSON.stringify(line));
}

async function measureSampled(bench: SampledBench): Promise<void> {
  const context = await bench.setup?.();
  const warmup = bench.warmup ?? 1;
  const samples = new Map<string, number[]>();
  try {
    for (let i = 0; i < warmup + bench.iterations; i++) {
      const figures = await bench.sample(context);
      if (i < warmup) continue;
      for (const [name, value] of Object.entries(figures)) {
        const list = samples.get(name) ?? [];
        list.push(...(typeof value === 'number' ? [value] : value));
        samples.set(name, list);
      }
    }
  } finally {
    await bench.teardown?.(context);
  }
  for (const [name, values] of samples) {
    if (values.length > 0) report(name, bench.n, values);
    const ours = samples.get(name.replace(/\.bare$/, ''));
    if (name.endsWith('.bare') && ours && ours.length > 0 && values.length > 0) {
      reportRatio(`${name.replace(/\.bare$/, '')}.ratio`, bench.n, ours, values);
    }
  }
}

/**
 * A figure `X.bare` is the anchor of `X` (the same measure on a reference page, in the same
 * run): `X.ratio` follows it, ours over the anchor's, median over median and p95 over p95,
 * in the fields that hold milliseconds elsewhere.
 */
function reportRatio(name: string, n: number, ours: number[], anchor: number[]): void {
  const a = [...ours].sort((x, y) => x - y);
  const b = [...anchor].sort((x, y) => x - y);
  // An anchor of 0 (no long task at all on the bare page) has no ratio: no line.
  if (percentile(b, 50) === 0 || percentile(b, 95) === 0) return;
  const ratio = (p: number) => Math.round((percentile(a, p) / percentile(b, p)) * 100) / 100;
  console.log(JSON.stringify({ name, n, median_ms: ratio(50), p95_ms: ratio(95) }));
}

const MB = 1024 * 1024;

/** Samples resident memory every 2 ms until stopped: the peak, and the growth over the start. */
function watchMemory(): () => { peak: number; growth: number } {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { peak, growth: peak - start };
  };
}

async function measure(bench: Bench): Promise<void> {
  const context = await bench.setup?.();
  const warmup = bench.warmup ?? 5;
  const iterations = bench.iterations ?? 100;
  const times: number[] = [];
  let peak = 0;
  let growth = 0;
  try {
    for (let i = 0; i < warmup + iterations; i++) {
      await bench.beforeEach?.(context);
      const stopWatching = bench.memory ? watchMemory() : null;
      const start = performance.now();
      await bench.run(context);
      const elapsed = performance.now() - start;
      const memory = stopWatching?.();
      if (i < warmup) continue;
      times.push(elapsed);
      peak = Math.max(peak, memory?.peak ?? 0);
      growth = Math.max(growth, memory?.growth ?? 0);
    }
  } finally {
    await bench.teardown?.(context);
  }
  const extra: Record<string, number> = bench.memory
    ? { peak_rss_mb: Math.round(peak / MB), rss_growth_mb: Math.round(growth / MB) }
    : {};
  report(bench.name, bench.n, times, extra);
}

type AnyBench = Bench | SampledBench | FiguresBench | LoadBench;

function printFigures(bench: FiguresBench): void {
  for (const [name, figures] of Object.entries(bench.figures())) {
    console.log(JSON.stringify({ name: `${bench.name}.${name}`, ...figures }));
  }
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  for (const file of files) {
    const loaded = (await import(pathToFileURL(path.join(DIR, file)).href)) as {
      default: AnyBench | AnyBench[];
    };
    const benches = Array.isArray(loaded.default) ? loaded.default : [loaded.default];
    for (const bench of benches) {
      if (filters.length > 0 && !filters.some((f) => bench.name.includes(f))) continue;
      if (!('kind' in bench)) await measure(bench);
      else if (bench.kind === 'sampled') await measureSampled(bench);
      else if (bench.kind === 'load') {
        // The room's load test (room.bench.ts) times its own clients and prints its line.
        console.log(JSON.stringify({ name: bench.name, n: bench.n, ...(await bench.run()) }));
      } else printFigures(bench);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
