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
  setup?(): Context | Promise<Context>;
  beforeEach?(context: Context): void | Promise<void>;
  run(context: Context): unknown;
  teardown?(context: Context): void | Promise<void>;
}

/** Lets a bench file list benches with different context types in one array. */
export function bench<Context>(definition: Bench<Context>): Bench<unknown> {
  return definition as Bench<unknown>;
}
