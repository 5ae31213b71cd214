import { describe, expect, it } from 'vitest';
import { MAX_CLOSE_MESSAGE } from '../../../shared/api/closing';
import type { Operation } from '../../../shared/operations/types';
import {
  SAVE_ATTEMPTS_BEFORE_CLOSE,
  saveBeforeClose,
} from '../../../renderer/src/state/saveBeforeClose';
import { Saver } from '../../../renderer/src/state/saver';

const rename = (name: string): Operation => ({ type: 'map/rename', name });

/** A real Saver in front of a "disk" that fails the first `failures` saves. */
function page(failures: number) {
  const saved: Operation[][] = [];
  let attempts = 0;
  let lastError: string | null = null;
  const saver = new Saver({
    send: async (ops, base) => {
      attempts++;
      if (attempts <= failures) throw new Error('Your change could not be saved to disk.');
      saved.push([...ops]);
      return base + 1;
    },
    onState: (state) => (lastError = state.kind === 'retrying' ? state.message : null),
    onRejected: () => {},
    isRefusal: () => false,
    // One window on the map: its saves are never stale.
    isStale: () => false,
    rebase: () => Promise.reject(new Error('not stale')),
  });
  saver.loaded(0);
  const answer = () =>
    saveBeforeClose({
      flush: () => saver.flush(),
      hasUnsaved: () => saver.hasUnsaved,
      lastError: () => lastError,
    });
  return { saver, saved, answer, attempts: () => attempts };
}

describe('the page’s answer before the desktop window closes', () => {
  it('sends a typed edit at once (not after the typing pause) and says saved', async () => {
    const p = page(0);
    p.saver.enqueue([rename('Launch')], true);
    expect(await p.answer()).toEqual({ saved: true });
    expect(p.saved).toEqual([[rename('Launch')]]);
  });

  it('tries a failing save again before giving up', async () => {
    const p = page(SAVE_ATTEMPTS_BEFORE_CLOSE - 1);
    p.saver.enqueue([rename('Launch')], true);
    expect(await p.answer()).toEqual({ saved: true });
    expect(p.saved).toEqual([[rename('Launch')]]);
  });

  it('says not saved, and why, when every attempt fails; the edit stays queued', async () => {
    const p = page(Infinity);
    p.saver.enqueue([rename('Launch')], false);
    await Promise.resolve();
    const before = p.attempts();
    expect(await p.answer()).toEqual({
      saved: false,
      message: 'Your change could not be saved to disk.',
    });
    expect(p.attempts() - before).toBe(SAVE_ATTEMPTS_BEFORE_CLOSE);
    expect(p.saver.hasUnsaved).toBe(true);
    p.saver.dispose();
  });

  it('keeps its message short enough for main to show', async () => {
    const answer = await saveBeforeClose({
      flush: async () => {},
      hasUnsaved: () => true,
      lastError: () => 'x'.repeat(5000),
    });
    expect(answer.saved).toBe(false);
    expect(!answer.saved && answer.message.length).toBe(MAX_CLOSE_MESSAGE);
  });
});
