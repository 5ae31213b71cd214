import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import type { Handlers } from '../../../shared/api/contract';
import { screenFailedHandlers } from '../../../main/service/screenFailed';

afterEach(() => vi.restoreAllMocks());

describe('app:screenFailed', () => {
  it('logs the failed screen with the error scrubbed: no quoted content, frames kept', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    const reply = await dispatch(screenFailedHandlers() as Handlers, 'app:screenFailed', {
      screen: 'editor',
      name: 'TypeError',
      message: 'Cannot read "Secret launch plan"',
      stack:
        'TypeError: Cannot read "Secret launch plan"\n    at drawStep (http://127.0.0.1:5000/assets/index.js:10:5)',
    });
    expect(reply).toEqual({ ok: true, value: null });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ERROR [renderer] the editor screen failed');
    expect(lines[0]).toContain('TypeError: Cannot read');
    expect(lines[0]).toContain('at drawStep');
    expect(lines[0]).not.toContain('Secret');
  });

  it('refuses a screen it does not know and text past its limits', async () => {
    const handlers = screenFailedHandlers() as Handlers;
    const base = { screen: 'editor', name: 'Error', message: '', stack: '' };
    for (const args of [
      { ...base, screen: 'settings' },
      { ...base, message: 'x'.repeat(2001) },
      { ...base, extra: true },
    ]) {
      const reply = await dispatch(handlers, 'app:screenFailed', args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
  });
});
