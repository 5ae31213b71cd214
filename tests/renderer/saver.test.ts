import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../../shared/operations/types';
import { SAVE_DELAY_MS, Saver, type SaveState } from '../../renderer/src/state/saver';

const rename = (name: string): Operation => ({ type: 'map/rename', name });

function setup(send: (ops: readonly Operation[]) => Promise<void>) {
  const states: SaveState['kind'][] = [];
  const rejected: unknown[] = [];
  const saver = new Saver({
    send,
    onState: (s) => states.push(s.kind),
    onRejected: (e) => rejected.push(e),
    isRefusal: (e) => e instanceof Error && e.message === 'refused',
  });
  return { saver, states, rejected };
}

describe('Saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a structural edit at once', async () => {
    const sent: Operation[][] = [];
    const { saver, states } = setup(async (ops) => void sent.push([...ops]));
    saver.enqueue([rename('A')], false);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([[rename('A')]]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('waits for typing to pause, then sends every keystroke in one batch, in order', async () => {
    const sent: Operation[][] = [];
    const { saver } = setup(async (ops) => void sent.push([...ops]));
    saver.enqueue([rename('A')], true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    saver.enqueue([rename('AB')], true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    expect(sent).toEqual([]);
    expect(saver.hasUnsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toEqual([[rename('A'), rename('AB')]]);
  });

  it('keeps edits and retries after a passing failure', async () => {
    let fail = true;
    const sent: Operation[][] = [];
    const { saver, states } = setup(async (ops) => {
      if (fail) throw new Error('disk busy');
      sent.push([...ops]);
    });
    saver.enqueue([rename('A')], false);
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toContain('retrying');
    expect(saver.hasUnsaved).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([[rename('A')]]);
    expect(states.at(-1)).toBe('saved');
  });

  it('drops refused edits and asks for a reload', async () => {
    const { saver, rejected } = setup(async () => {
      throw new Error('refused');
    });
    saver.enqueue([rename('A')], false);
    await vi.advanceTimersByTimeAsync(0);
    expect(rejected).toHaveLength(1);
    expect(saver.hasUnsaved).toBe(false);
  });

  it('never sends two batches at once, and keeps their order', async () => {
    const log: string[] = [];
    let release: () => void = () => {};
    const { saver } = setup(
      (ops) =>
        new Promise<void>((resolve) => {
          log.push(`start ${ops.map((o) => (o.type === 'map/rename' ? o.name : '')).join(',')}`);
          release = () => {
            log.push('end');
            resolve();
          };
        }),
    );
    saver.enqueue([rename('A')], false);
    saver.enqueue([rename('B')], false);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start A']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start A', 'end', 'start B']);
  });
});
