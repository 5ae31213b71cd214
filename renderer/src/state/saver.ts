/**
 * Sends a map's edits to main in order, one transaction per batch. Structural edits are
 * sent at once; typing is sent when it pauses (SAVE_DELAY_MS), so a word is one save,
 * not one save per keystroke. Only one batch is in flight at a time, which keeps the
 * order of edits on disk the order they were made.
 */
import type { Operation } from '../../../shared/operations/types';
import { LIMITS } from '../../../shared/operations/schema';

export const SAVE_DELAY_MS = 500;

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'retrying'; readonly message: string };

export interface SaverOptions {
  send(ops: readonly Operation[]): Promise<void>;
  onState(state: SaveState): void;
  /** The edit can never be saved (the map changed underneath): the page must reload it. */
  onRejected(error: unknown): void;
  /** Whether an error means the edit itself was refused, rather than a passing failure. */
  isRefusal(error: unknown): boolean;
}

export class Saver {
  private pending: Operation[] = [];
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 1000;

  constructor(private readonly options: SaverOptions) {}

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
      if (this.pending.length > 0) return this.flush();
      return;
    }
    if (this.pending.length === 0) return;
    const batch = this.pending.splice(0, LIMITS.opsPerSave);
    this.options.onState({ kind: 'saving' });
    this.inFlight = this.options
      .send(batch)
      .then(() => {
        this.retryDelay = 1000;
        if (this.pending.length === 0) this.options.onState({ kind: 'saved' });
      })
      .catch((error: unknown) => {
        if (this.options.isRefusal(error)) {
          this.pending = [];
          this.options.onRejected(error);
          return;
        }
        // A passing failure (disk full, app busy): keep the edits and try again.
        this.pending.unshift(...batch);
        this.options.onState({
          kind: 'retrying',
          message: error instanceof Error ? error.message : 'Not saved yet.',
        });
        this.schedule(this.retryDelay);
        this.retryDelay = Math.min(this.retryDelay * 2, 15_000);
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    if (this.pending.length > 0 && this.timer === null) return this.flush();
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
