import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../../../shared/operations/types';
import {
  SAVE_DELAY_MS,
  Saver,
  type Rebased,
  type SaveState,
} from '../../../renderer/src/state/saver';

const rename = (name: string): Operation => ({ type: 'map/rename', name });

function setup(
  send: (ops: readonly Operation[], base: number) => Promise<void>,
  rebase: (unsaved: () => readonly Operation[]) => Promise<Rebased> = async () => {
    throw new Error('not expected');
  },
) {
  const states: SaveState['kind'][] = [];
  const rejected: unknown[] = [];
  let revision = 0;
  const saver = new Saver({
    send: async (ops, base) => {
      await send(ops, base);
      return (revision = base + 1);
    },
    onState: (s) => states.push(s.kind),
    onRejected: (e) => rejected.push(e),
    isRefusal: (e) => e instanceof Error && e.message === 'refused',
    isStale: (e) => e instanceof Error && e.message === 'stale',
    rebase,
  });
  saver.loaded(0);
  return { saver, states, rejected, revision: () => revision };
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

  it('bases each batch on the revision the last one saved', async () => {
    const bases: number[] = [];
    const { saver } = setup(async (_ops, base) => void bases.push(base));
    saver.enqueue([rename('A')], false);
    await vi.advanceTimersByTimeAsync(0);
    saver.enqueue([rename('B')], false);
    await vi.advanceTimersByTimeAsync(0);
    expect(bases).toEqual([0, 1]);
  });

  it('on a stale refusal, rebases every unsaved edit (those made meanwhile too) and sends the ones that still apply', async () => {
    const sent: { ops: Operation[]; base: number }[] = [];
    let stale = true;
    let handedOver: readonly Operation[] = [];
    let loadMap: () => void = () => {};
    const { saver, states } = setup(
      async (ops, base) => {
        if (stale) {
          stale = false;
          throw new Error('stale');
        }
        sent.push({ ops: [...ops], base });
      },
      async (unsaved) => {
        // The map loads while the person keeps editing.
        await new Promise<void>((resolve) => (loadMap = resolve));
        handedOver = unsaved();
        // The second edit no longer applies to the map as saved elsewhere.
        return { revision: 7, kept: handedOver.filter((op) => op !== handedOver[1]) };
      },
    );
    saver.enqueue([rename('A')], false);
    await vi.advanceTimersByTimeAsync(0);
    saver.enqueue([rename('B')], false);
    saver.enqueue([rename('C')], false);
    expect(saver.hasUnsaved).toBe(true);
    loadMap();
    await vi.advanceTimersByTimeAsync(0);
    expect(handedOver).toEqual([rename('A'), rename('B'), rename('C')]);
    expect(sent).toEqual([{ ops: [rename('A'), rename('C')], base: 7 }]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('keeps the edits queued when the map cannot be loaded again, and rebases on the next try', async () => {
    let loads = 0;
    const sent: Operation[][] = [];
    let stale = 2;
    const { saver, states } = setup(
      async (ops) => {
        if (stale-- > 0) throw new Error('stale');
        sent.push([...ops]);
      },
      async (unsaved) => {
        loads += 1;
        if (loads === 1) throw new Error('offline');
        return { revision: 3, kept: unsaved() };
      },
    );
    saver.enqueue([rename('A')], false);
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toContain('retrying');
    expect(saver.hasUnsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(loads).toBe(2);
    expect(sent).toEqual([[rename('A')]]);
  });
});
