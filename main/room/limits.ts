/**
 * The room's two limits. Wrong join codes are counted per network address over a sliding
 * minute: five, then every try from that address is refused until the oldest falls out of
 * the minute, so guessing one code among a billion takes longer than any workshop. Each
 * participant's actions draw from a small bucket that refills steadily: a person tapping
 * quickly is never refused, a script flooding the room is.
 */

export const WRONG_CODES_PER_MINUTE = 5;
const MINUTE_MS = 60_000;

export class WrongCodeLimiter {
  private readonly tries = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether `address` may try a code now. */
  mayTry(address: string): boolean {
    return this.recent(address).length < WRONG_CODES_PER_MINUTE;
  }

  /** Counts a wrong code from `address`. */
  wrong(address: string): void {
    const list = this.recent(address);
    list.push(this.now());
    this.tries.set(address, list);
  }

  private recent(address: string): number[] {
    const since = this.now() - MINUTE_MS;
    const list = (this.tries.get(address) ?? []).filter((at) => at > since);
    if (list.length === 0) this.tries.delete(address);
    else this.tries.set(address, list);
    return list;
  }
}

/** A person's actions: a burst of `capacity`, then `perSecond`. */
export class ActionBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly capacity = 10,
    private readonly perSecond = 4,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.at = now();
  }

  /** Takes one action's token; false when the bucket is empty (the action is refused). */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
