/**
 * Closing the desktop window with edits pending, end to end through the fake `electron`:
 * main/index.ts (its close guard, main/closing.ts), the real preload, and on the page side
 * the renderer's own Saver and saveBeforeClose, joined by the fake's IPC (connectPage), with
 * the workspace service mocked so a save can succeed, fail or hang.
 *
 * What this proves, and what it cannot: the fake's `close` event, `destroy()` and
 * `app.quit()` behave as Electron's docs say (cited in tests/fakes/). Given that, the window
 * never closes before the page's edits are on disk unless the person chose "Quit anyway".
 * Whether real Electron emits these exactly so is outside what can be run here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

const service = vi.hoisted(() => ({
  handlers: {} as Record<string, (args: unknown) => unknown>,
  status: () => ({ state: 'ready', path: '' }),
  close: vi.fn(),
}));
vi.mock('../../main/service/workspace', () => ({ openWorkspace: () => service }));

import type { DesktopBridge } from '../../shared/api/bridge';
import { CLOSE_REPLY_CHANNEL, CLOSE_REQUEST_CHANNEL } from '../../shared/api/closing';
import type { Operation } from '../../shared/operations/types';
import { KEEP_OPEN, QUIT_ANYWAY, SAVE_BEFORE_CLOSE_TIMEOUT_MS } from '../../main/closing';
import { saveBeforeClose } from '../../renderer/src/state/saveBeforeClose';
import { Saver } from '../../renderer/src/state/saver';
import type * as Fake from '../fakes/electron';

let fake: typeof Fake;
let window: Fake.BrowserWindow;
/** What reached the "disk": every batch map:apply was given, in order. */
let saved: unknown[];
/** How map:apply answers: save it, refuse it for now (a passing failure), or never answer. */
let disk: 'ok' | 'failing' | 'hanging';
let page: { saver: Saver; lastError: string | null };
/** shared/errors as the launched app sees it (vi.resetModules gives each launch its own). */
let errors: typeof import('../../shared/errors');
const rename = (name: string): Operation => ({ type: 'map/rename', name });

/** Starts main/index.ts and its preload as one app, and the page's saver on the bridge. */
async function launch() {
  vi.resetModules();
  fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron();
  await import('../../main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  await import('../../main/preload/index');
  errors = await import('../../shared/errors');
  window = fake.BrowserWindow.instances[0]!;
  fake.connectPage(window.webContents);
  const bridge = fake.contextBridge.exposed.get('decisionMap') as DesktopBridge;
  const state = { saver: null as unknown as Saver, lastError: null as string | null };
  state.saver = new Saver({
    // As renderer/src/api/client.ts does: a coded error becomes a thrown Error.
    send: async (ops, base) => {
      const reply = await bridge['map:apply']({ id: 'm1', base, ops: ops as never });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value.revision;
    },
    onState: (s) => (state.lastError = s.kind === 'retrying' ? s.message : null),
    onRejected: () => {},
    isRefusal: () => false,
    // One window on the map here: its saves are never stale.
    isStale: () => false,
    rebase: () => Promise.reject(new Error('not stale')),
  });
  state.saver.loaded(0);
  bridge.onCloseRequest(() =>
    saveBeforeClose({
      flush: () => state.saver.flush(),
      hasUnsaved: () => state.saver.hasUnsaved,
      lastError: () => state.lastError,
    }),
  );
  page = state;
}

beforeEach(async () => {
  vi.stubEnv('DECISION_MAP_DATA_DIR', '/tmp/dm-closing-data');
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  saved = [];
  disk = 'ok';
  service.close.mockClear();
  service.handlers['map:apply'] = (args) => {
    if (disk === 'failing') throw new errors.AppError('STORAGE_FAILED');
    if (disk === 'hanging') return new Promise(() => {});
    saved.push((args as { ops: unknown }).ops);
    return { revision: saved.length };
  };
  await launch();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

const requests = () => window.webContents.sent.filter((m) => m.channel === CLOSE_REQUEST_CHANNEL);

describe('closing the window with edits pending', () => {
  it('saves the edit typed just before, then closes, without asking anything', async () => {
    // Typing: the saver would wait for a pause before sending it.
    page.saver.enqueue([rename('Launch plan')], true);
    window.close();
    expect(window.destroyed).toBe(false);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(saved).toEqual([[rename('Launch plan')]]);
    expect(requests()).toHaveLength(1);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('closes at once when nothing is pending (the page still answers)', async () => {
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(requests()).toHaveLength(1);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('when saving keeps failing, asks; "Keep the window open" keeps the window and the edit', async () => {
    disk = 'failing';
    page.saver.enqueue([rename('Launch plan')], false);
    fake.dialog.choose(KEEP_OPEN);
    window.close();
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    const [parent, options] = fake.dialog.showMessageBox.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      message: 'Your latest changes are not saved yet.',
      buttons: [KEEP_OPEN, QUIT_ANYWAY],
      cancelId: 0,
    });
    // The page's own words for why, from the coded error table.
    expect(JSON.stringify(options)).toContain(errors.ERROR_MESSAGES.STORAGE_FAILED);
    await vi.waitFor(() => expect(page.saver.hasUnsaved).toBe(true));
    expect(window.destroyed).toBe(false);

    // The disk comes back; the next close saves the edit and closes.
    disk = 'ok';
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(saved).toEqual([[rename('Launch plan')]]);
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('closes with the edit unsaved only when the person chooses "Quit anyway"', async () => {
    disk = 'failing';
    page.saver.enqueue([rename('Launch plan')], false);
    fake.dialog.choose(QUIT_ANYWAY);
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(saved).toEqual([]);
  });

  it('when a save hangs, waits out the timeout, then asks', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    disk = 'hanging';
    page.saver.enqueue([rename('Launch plan')], false);
    fake.dialog.choose(KEEP_OPEN);
    window.close();
    await vi.advanceTimersByTimeAsync(SAVE_BEFORE_CLOSE_TIMEOUT_MS - 100);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
    // A second click while it waits starts nothing new.
    window.close();
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(fake.dialog.showMessageBox.mock.calls[0]![1])).toContain(
      'did not hear back from the window in time',
    );
    expect(requests()).toHaveLength(1);
    expect(window.destroyed).toBe(false);
  });

  it('does not ask a page whose preload failed: there is nothing in it to save', async () => {
    window.webContents.preloadFails();
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(requests()).toEqual([]);
  });

  it('takes an answer only from the page it asked', async () => {
    disk = 'hanging';
    page.saver.enqueue([rename('Launch plan')], false);
    window.close();
    await vi.waitFor(() => expect(requests()).toHaveLength(1));
    const { requestId } = requests()[0]!.args[0] as { requestId: number };
    const reply = fake.ipcMain.handlers.get(CLOSE_REPLY_CHANNEL)!;
    await reply({ sender: {} }, { requestId, saved: true });
    expect(window.destroyed).toBe(false);
  });
});

describe('quitting (Cmd+Q, File > Quit) with edits pending', () => {
  const platform = process.platform;
  afterEach(() => Object.defineProperty(process, 'platform', { value: platform }));

  it.each(['linux', 'win32', 'darwin'])(
    '%s: the quit waits for the save, then the workspace closes',
    async (os) => {
      Object.defineProperty(process, 'platform', { value: os });
      page.saver.enqueue([rename('Launch plan')], true);
      fake.app.quit();
      // The window's close was prevented, so the quit was cancelled for now.
      expect(service.close).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(service.close).toHaveBeenCalledTimes(1));
      expect(saved).toEqual([[rename('Launch plan')]]);
      expect(window.destroyed).toBe(true);
      expect(fake.app.shutDown).toBe(true);
    },
  );

  it('"Keep the window open" cancels the quit', async () => {
    disk = 'failing';
    page.saver.enqueue([rename('Launch plan')], false);
    fake.dialog.choose(KEEP_OPEN);
    fake.app.quit();
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(page.saver.hasUnsaved).toBe(true));
    expect(window.destroyed).toBe(false);
    expect(service.close).not.toHaveBeenCalled();
    expect(fake.app.shutDown).toBe(false);
  });
});
