import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron'));

import type { DesktopBridge } from '../../../shared/api/bridge';
import { CLOSE_REPLY_CHANNEL, CLOSE_REQUEST_CHANNEL } from '../../../shared/api/closing';
import { channels } from '../../../shared/api/contract';
import { MENU_EVENT_CHANNEL } from '../../../shared/api/menu';
import { OPEN_FILE_EVENT_CHANNEL } from '../../../shared/api/openFile';
import type * as Fake from '../../fakes/electron';

let fake: typeof Fake;
let bridge: DesktopBridge;

beforeEach(async () => {
  vi.resetModules();
  // The fake instance the freshly imported preload sees.
  fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron();
  await import('../../../main/preload/index');
  bridge = fake.contextBridge.exposed.get('decisionMap') as DesktopBridge;
});

describe('preload bridge', () => {
  it('exposes exactly one function per contract channel plus the three subscriptions, and nothing else', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['decisionMap']);
    expect(Object.keys(bridge).sort()).toEqual(
      [...channels, 'onMenuCommand', 'onOpenFile', 'onCloseRequest'].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(fake.ipcRenderer);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards a call as one invoke with exactly the channel and the args', async () => {
    const reply = await bridge['maps:create']({ name: 'Purchasing' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['maps:create', { name: 'Purchasing' }]]);
    expect(reply).toEqual({ ok: true, value: null });
  });

  it('passes on only valid menu commands, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'edit:undo');
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'rm -rf');
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, { command: 'edit:undo' });
    expect(listener.mock.calls).toEqual([['edit:undo']]);
    unsubscribe();
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'edit:redo');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.listenerCount(MENU_EVENT_CHANNEL)).toBe(0);
  });

  it('keeps files opened before the page subscribed, hands them to the first subscriber, drops malformed events', () => {
    // Main sends once the page has loaded; React subscribes a moment later.
    fake.ipcRenderer.emit(OPEN_FILE_EVENT_CHANNEL, {}, { kind: 'opened', id: 'm-1' });
    fake.ipcRenderer.emit(OPEN_FILE_EVENT_CHANNEL, {}, { kind: 'opened' });
    fake.ipcRenderer.emit(OPEN_FILE_EVENT_CHANNEL, {}, '<script>');
    fake.ipcRenderer.emit(OPEN_FILE_EVENT_CHANNEL, {}, { kind: 'refused', message: 'No.' });
    const listener = vi.fn();
    const unsubscribe = bridge.onOpenFile(listener);
    expect(listener.mock.calls).toEqual([
      [{ kind: 'opened', id: 'm-1' }],
      [{ kind: 'refused', message: 'No.' }],
    ]);
    fake.ipcRenderer.emit(OPEN_FILE_EVENT_CHANNEL, {}, { kind: 'opened', id: 'm-2' });
    expect(listener).toHaveBeenLastCalledWith({ kind: 'opened', id: 'm-2' });
    unsubscribe();
    fake.ipcRenderer.emit(OPEN_FILE_EVENT_CHANNEL, {}, { kind: 'opened', id: 'm-3' });
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

describe('answering main before the window closes', () => {
  const replies = () =>
    fake.ipcRenderer.invoke.mock.calls.filter(([channel]) => channel === CLOSE_REPLY_CHANNEL);
  const ask = (request: unknown) => fake.ipcRenderer.emit(CLOSE_REQUEST_CHANNEL, {}, request);

  it('says everything is saved when the page set no handler (no map can be open yet)', async () => {
    ask({ requestId: 7 });
    await vi.waitFor(() =>
      expect(replies()).toEqual([[CLOSE_REPLY_CHANNEL, { requestId: 7, saved: true }]]),
    );
  });

  it('passes on what the page answers, and a handler that throws as not saved', async () => {
    const stop = bridge.onCloseRequest(async () => ({ saved: false, message: 'Disk full.' }));
    ask({ requestId: 1 });
    await vi.waitFor(() => expect(replies()).toHaveLength(1));
    expect(replies()[0]).toEqual([
      CLOSE_REPLY_CHANNEL,
      { requestId: 1, saved: false, message: 'Disk full.' },
    ]);
    stop();
    bridge.onCloseRequest(() => Promise.reject(new Error('boom')));
    ask({ requestId: 2 });
    await vi.waitFor(() => expect(replies()).toHaveLength(2));
    expect(replies()[1]![1]).toMatchObject({ requestId: 2, saved: false });
  });

  it('ignores a request that is not one, and checks what the page answers', async () => {
    bridge.onCloseRequest(async () => ({ saved: 'yes' }) as never);
    ask({ requestId: 'x' });
    ask('close');
    ask({ requestId: 3 });
    await vi.waitFor(() => expect(replies()).toHaveLength(1));
    expect(replies()[0]![1]).toMatchObject({ requestId: 3, saved: false });
  });
});

// A sandboxed preload can require only 'electron'; a bundled zod or node module would fail
// at runtime in the real app. Checked on the build output when there is one.
const builtPreload = join(import.meta.dirname, '../../../out/preload/index.cjs');
it.skipIf(!existsSync(builtPreload))('the built preload requires nothing but electron', () => {
  const required = [
    ...readFileSync(builtPreload, 'utf8').matchAll(/require\((["'])([^"']+)\1\)/g),
  ].map((m) => m[2]);
  expect(new Set(required)).toEqual(new Set(['electron']));
});
