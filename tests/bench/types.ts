/**
 * One benchmark: `setup` builds whatever it needs once (untimed), `beforeEach` runs before
 * every iteration (untimed, e.g. to make a cache cold), `run` is the timed part.
 */
export interface Bench<Context = unknown> {
  readonly name: string;
  /** The size the figure is about (steps in the map, maps in the list, ...). */
  readonly n: number;
  readonly iterations?: number;
  readonly warmup?: number;
  /**
   * Also sample the process's resident memory (worker threads included) every few
   * milliseconds while `run` runs, and add `peak_rss_mb` (the highest seen) and
   * `rss_growth_mb` (the most one run added to what was resident when it started) to the
   * line. Only meaningful when `run` leaves the main thread free, e.g. works in a worker.
   */
  readonly memory?: boolean;
  setup?(): Context | Promise<Context>;
  beforeEach?(context: Context): void | Promise<void>;
  run(context: Context): unknown;
  teardown?(context: Context): void | Promise<void>;
}

/**
 * A benchmark that takes its own measurements, for work that cannot be timed from outside
 * (frame times inside a browser page): each iteration returns one or more figures in
 * milliseconds per measurement name, and every name becomes one line with the median and the
 * 95th percentile of its figures over the iterations. `name` is what filters match.
 */
export interface SampledBench<Context = unknown> {
  readonly kind: 'sampled';
  readonly name: string;
  readonly n: number;
  readonly iterations: number;
  readonly warmup?: number;
  setup?(): Context | Promise<Context>;
  sample(context: Context): Promise<Readonly<Record<string, number | readonly number[]>>>;
  teardown?(context: Context): void | Promise<void>;
}

/** Lets a bench file list benches with different context types in one array. */
export function bench<Context>(definition: Bench<Context>): Bench<unknown> {
  return definition as Bench<unknown>;
}

export function sampledBench<Context>(definition: SampledBench<Context>): SampledBench<unknown> {
  return definition as SampledBench<unknown>;
}

/**
 * Figures that are not times (how many arrows cross, how long they are): each entry of
 * `figures` becomes one line, `{ name: "<name>.<entry>", n, ...its figures }`.
 */
export interface FiguresBench {
  readonly kind: 'figures';
  readonly name: string;
  figures(): Readonly<Record<string, { readonly n: number } & Readonly<Record<string, number>>>>;
}

/**
 * A load test that measures itself from start to end (the room: many clients at once for a
 * minute) and reports one line of its own figures: `{ name, n, ...figures }`.
 */
export interface LoadBench {
  readonly kind: 'load';
  readonly name: string;
  readonly n: number;
  run(): Promise<Readonly<Record<string, number>>>;
}
