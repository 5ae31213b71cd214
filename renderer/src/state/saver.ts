/**
 * Sends a map's edits to main in order, one transaction per batch. Structural edits are
 * sent at once; typing is sent when it pauses (SAVE_DELAY_MS), so a word is one save,
 * not one save per keystroke. Only one batch is in flight at a time, which keeps the
 * order of edits on disk the order they were made.
 *
 * Each batch says which revision of the map it was made on (`base`). When another tab or
 * window saved the map first, main refuses the batch as stale; the saver then has the map
 * loaded again with every unsaved edit replayed on top (`rebase`) and sends the ones that
 * still apply, based on the new revision.
 */
import type { Operation } from '../../../shared/operations/types';
import { LIMITS } from '../../../shared/content/limits';

export const SAVE_DELAY_MS = 500;

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'retrying'; readonly message: string };

export interface Rebased {
  /** The revision of the map as loaded again. */
  readonly revision: number;
  /** The unsaved edits that still apply to it, in order: sent next. */
  readonly kept: readonly Operation[];
}

export interface SaverOptions {
  /** Saves a batch made on revision `base`; resolves with the map's new revision. */
  send(ops: readonly Operation[], base: number): Promise<number>;
  onState(state: SaveState): void;
  /** The edit can never be saved (the map changed underneath): the page must reload it. */
  onRejected(error: unknown): void;
  /** Whether an error means the edit itself was refused, rather than a passing failure. */
  isRefusal(error: unknown): boolean;
  /** Whether an error means the map was saved elsewhere since the batch's base. */
  isStale(error: unknown): boolean;
  /**
   * Loads the map again, then calls `unsaved()` (which hands over every edit not saved yet,
   * emptying the queue) and replays them onto it. A failure before `unsaved()` is called
   * leaves the edits queued.
   */
  rebase(unsaved: () => readonly Operation[]): Promise<Rebased>;
  /** Every failed save, for a caller that reacts to particular errors. */
  onFailure?(error: unknown): void;
}

export class Saver {
  private pending: Operation[] = [];
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 1000;
  /** The revision the next batch is made on; null until the map is loaded. */
  private base: number | null = null;

  constructor(private readonly options: SaverOptions) {}

  /** The revision the next batch will be based on; null until the map is loaded. */
  get revision(): number | null {
    return this.base;
  }

  /** The map was loaded (again) at `revision`: edits from now on are made on it. */
  loaded(revision: number): void {
    this.base = revision;
  }

  /** Queues edits; `soon` waits for typing to pause, otherwise they are sent now. */
  enqueue(ops: readonly Operation[], soon: boolean): void {
    this.pending.push(...ops);
    this.options.onState({ kind: 'pending' });
    if (soon) this.schedule(SAVE_DELAY_MS);
    else void this.flush();
  }

  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.inFlight !== null;
  }

  /** Sends everything queued; resolves when it is on disk (or failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) {
      await this.inFlight;
      // Another flush may have sent what was left meanwhile: wait for that batch too.
      return this.flush();
    }
    if (this.pending.length === 0 || this.base === null) return;
    const batch = this.pending.splice(0, LIMITS.opsPerSave);
    const base = this.base;
    this.options.onState({ kind: 'saving' });
    this.inFlight = this.options
      .send(batch, base)
      .then((revision) => {
        this.base = revision;
        this.retryDelay = 1000;
        if (this.pending.length === 0) this.options.onState({ kind: 'saved' });
      })
      .catch(async (error: unknown) => {
        this.options.onFailure?.(error);
        if (this.options.isStale(error)) {
          this.pending.unshift(...batch);
          await this.rebase(error);
          return;
        }
        if (this.options.isRefusal(error)) {
          this.pending = [];
          this.options.onRejected(error);
          return;
        }
        // A passing failure (disk full, app busy): keep the edits and try again.
        this.pending.unshift(...batch);
        this.retryLater(error);
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    if (this.pending.length > 0 && this.timer === null) return this.flush();
  }

  /** Loads the map as saved now and puts the unsaved edits that still apply on top. */
  private async rebase(cause: unknown): Promise<void> {
    try {
      const { revision, kept } = await this.options.rebase(() => this.pending.splice(0));
      this.base = revision;
      this.pending.unshift(...kept);
      if (this.pending.length === 0) this.options.onState({ kind: 'saved' });
    } catch {
      // Not loaded (the app is unreachable): the edits stay queued; the next try is stale
      // again and rebases then.
      this.retryLater(cause);
    }
  }

  private retryLater(error: unknown): void {
    this.options.onState({
      kind: 'retrying',
      message: error instanceof Error ? error.message : 'Not saved yet.',
    });
    this.schedule(this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, 15_000);
  }

  /** Stops timers; queued edits are dropped only if the caller did not flush first. */
  dispose(): void {
    this.clearTimer();
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
