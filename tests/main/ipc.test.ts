import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

import { channels, type Handlers } from '../../shared/api/contract';
import { isAppPage, resolveAppLocation } from '../../main/appLocation';
import { registerApi, trustedSender } from '../../main/ipc';
import { BrowserWindow, FakeWebContents, ipcMain, resetFakeElectron } from '../fakes/electron';

const location = resolveAppLocation('/app/out/main', undefined);
const appPage = pathToFileURL(location.indexHtml).href;

function fakeService() {
  const handlers = Object.fromEntries(
    channels.map((c) => [c, vi.fn(() => [])]),
  ) as unknown as Handlers;
  return {
    handlers,
    called: () =>
      Object.values(handlers).some((h) => (h as ReturnType<typeof vi.fn>).mock.calls.length > 0),
  };
}

let window: BrowserWindow;
let service: ReturnType<typeof fakeService>;

beforeEach(() => {
  resetFakeElectron();
  window = new BrowserWindow({});
  service = fakeService();
  registerApi(
    ipcMain as never,
    service,
    trustedSender(
      () => window as never,
      (url) => isAppPage(url, location),
    ),
  );
});
afterEach(() => vi.restoreAllMocks());

const fromApp = () => ({ sender: window.webContents, senderFrame: { url: `${appPage}#/` } });
const call = (channel: string, event: unknown, args: unknown) => {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, args) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string };
  }>;
};

describe('registerApi', () => {
  it('registers exactly the contract channels, each once', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    expect(ipcMain.handlers.size).toBe(channels.length);
    // Registering again would be a second handler per channel: Electron (and the fake) refuse.
    expect(() => registerApi(ipcMain as never, service, () => true)).toThrow(/second handler/);
  });

  it('calls the service for a valid request from the app page', async () => {
    const reply = await call('maps:create', fromApp(), { name: 'Purchasing' });
    expect(reply).toEqual({ ok: true, value: [] });
    expect(service.handlers['maps:create']).toHaveBeenCalledWith({ name: 'Purchasing' });
  });

  it.each([
    ['a wrong type', 'maps:create', { name: 5 }],
    ['an extra key', 'maps:create', { name: 'x', isAdmin: true }],
    ['a missing key', 'maps:rename', { name: 'x' }],
    ['args that are not an object', 'maps:list', 'DROP TABLE maps'],
    ['an empty operation list', 'map:apply', { id: 'm1', ops: [] }],
  ])(
    'rejects %s with INVALID_REQUEST and does not call the service',
    async (_case, channel, args) => {
      const reply = await call(channel, fromApp(), args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      expect(service.called()).toBe(false);
    },
  );

  it('has no handler for an unknown channel (Electron rejects such an invoke itself)', () => {
    for (const name of ['maps:drop', '__proto__', 'constructor', 'menu:command']) {
      expect(ipcMain.handlers.has(name)).toBe(false);
    }
  });

  it.each([
    ['another window', () => ({ sender: new FakeWebContents(), senderFrame: { url: appPage } })],
    [
      'a frame of another origin',
      () => ({ sender: window.webContents, senderFrame: { url: 'https://evil.example/' } }),
    ],
    [
      'another local file',
      () => ({ sender: window.webContents, senderFrame: { url: 'file:///tmp/evil.html' } }),
    ],
    ['a frame that is gone', () => ({ sender: window.webContents, senderFrame: null })],
    [
      'a frame that throws when read',
      () => ({
        sender: window.webContents,
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      }),
    ],
  ])('refuses %s with FORBIDDEN and does not call the service', async (_case, event) => {
    const reply = await call('maps:create', event(), { name: 'Purchasing' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(service.called()).toBe(false);
  });

  it('refuses calls once the window is destroyed', async () => {
    window.destroyed = true;
    const reply = await call('maps:list', fromApp(), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('logs an unexpected failure without the arguments and replies INTERNAL', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(service.handlers['maps:create']).mockImplementation(() => {
      throw new Error('disk on fire');
    });
    const reply = await call('maps:create', fromApp(), { name: 'Secret salary review' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toContain('disk on fire');
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(log.mock.calls)).not.toContain('Secret salary review');
  });
});
