/**
 * The fetching half of ui/preloadable.tsx: a split-out view's code is fetched once however
 * often it is asked for, and a fetch that failed (a file gone since the page was opened) is
 * tried again on the next use rather than remembered.
 */
import { describe, expect, test, vi } from 'vitest';
import { preloadable } from '../../../renderer/src/ui/preloadable';

const View = () => null;

describe('preloadable', () => {
  test('fetches the code once, for every caller', async () => {
    const load = vi.fn(() => Promise.resolve(View));
    const view = preloadable(load);
    const [a, b] = await Promise.all([view.preload(), view.preload()]);
    await view.preload();
    expect(a).toBe(View);
    expect(b).toBe(View);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a failed fetch is reported, and tried again on the next use', async () => {
    const load = vi
      .fn<() => Promise<typeof View>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(View);
    const view = preloadable(load);
    await expect(view.preload()).rejects.toThrow('Failed to fetch');
    await expect(view.preload()).resolves.toBe(View);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
