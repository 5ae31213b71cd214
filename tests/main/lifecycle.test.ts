import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

const service = vi.hoisted(() => ({
  handlers: {} as Record<string, (args: unknown) => Promise<unknown>>,
  status: () => ({ state: 'ready', path: '' }),
  close: vi.fn(),
}));
const openWorkspace = vi.hoisted(() => vi.fn(() => service));
vi.mock('../../main/service/workspace', () => ({ openWorkspace }));

import { CLOSE_REPLY_CHANNEL } from '../../shared/api/closing';
import { channels } from '../../shared/api/contract';
import { MENU_EVENT_CHANNEL } from '../../shared/api/menu';
import { OPEN_FILE_EVENT_CHANNEL } from '../../shared/api/openFile';
import { DEV_PRODUCT_NAME, INSTANCES_FOLDER } from '../../main/config/instance';
import type * as Fake from '../fakes/electron';

let fake: typeof Fake;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Starts main/index.ts afresh, as a new launch of the app would. `alongside`: the earlier
 * launches are still running (their single-instance locks stay taken).
 */
async function launch(setup: (f: typeof Fake) => void = () => {}, alongside = false) {
  vi.resetModules();
  fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron({ keepOtherInstances: alongside });
  setup(fake);
  await import('../../main/index');
  await flush();
}

beforeEach(() => {
  vi.stubEnv('DECISION_MAP_DATA_DIR', '/tmp/dm-lifecycle-data');
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  openWorkspace.mockClear();
  service.close.mockClear();
});
afterEach(() => vi.unstubAllEnvs());

describe('main process lifecycle', () => {
  it('quits at once, touching nothing, when another instance holds the lock', async () => {
    await launch((f) => (f.app.gotLock = false));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(openWorkspace).not.toHaveBeenCalled();
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('opens the workspace from the data dir, registers the API, builds the menu, opens one window', async () => {
    await launch();
    expect(fake.app.quit).not.toHaveBeenCalled();
    expect(openWorkspace).toHaveBeenCalledWith({
      dataDir: '/tmp/dm-lifecycle-data',
      // Named to a second app refused the folder (main/service/workspaceLock.ts).
      app: 'desktop',
      files: expect.objectContaining({ chooseTarget: expect.any(Function) }),
      pdf: expect.objectContaining({ print: expect.any(Function) }),
      // The backup worker's file (its source path here; the bundled chunk in the app).
      backups: {
        worker: expect.stringMatching(/backupWorker\.(ts|js)$/),
        report: expect.any(Function),
      },
      // Untrusted files (PDFs) are parsed in this worker, which main can stop.
      untrustedWorker: expect.stringMatching(/untrustedWorker\.(ts|js)$/),
      // The participants' page, built beside the app's (main/room).
      room: { pageDir: expect.stringMatching(/renderer$/) },
    });
    // The contract's calls, and the page's answer before the window closes.
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(
      [...channels, CLOSE_REPLY_CHANNEL].sort(),
    );
    expect(fake.Menu.applicationMenu).not.toBeNull();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });

  it('focuses and restores the first window when a second instance starts', async () => {
    await launch();
    const window = fake.BrowserWindow.instances[0]!;
    window.minimized = true;
    fake.app.emit('second-instance', {}, ['decision-map'], '/');
    expect(window.calls).toEqual(['restore', 'focus']);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });

  it('routes menu commands to the window and closes the workspace on quit', async () => {
    await launch();
    const window = fake.BrowserWindow.instances[0]!;
    const items = JSON.stringify(fake.Menu.applicationMenu!.template);
    expect(items).toContain('New Map');
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const find = (list: Item[]): Item | undefined =>
      list.map((i) => (i.label === 'Undo' ? i : i.submenu && find(i.submenu))).find(Boolean);
    find(fake.Menu.applicationMenu!.template as Item[])!.click!();
    expect(window.webContents.sent).toEqual([{ channel: MENU_EVENT_CHANNEL, args: ['edit:undo'] }]);

    expect(service.close).not.toHaveBeenCalled();
    fake.app.emit('will-quit');
    expect(service.close).toHaveBeenCalledTimes(1);
  });

  it('guards the window it creates (guards are installed before the first window)', async () => {
    await launch();
    const contents = fake.BrowserWindow.instances[0]!.webContents;
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.emitCancellable('will-navigate', { url: 'https://evil.example/' })).toBe(true);
  });

  it('uses ELECTRON_RENDERER_URL in development only, never in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await launch();
    expect(fake.BrowserWindow.instances[0]!.loaded).toEqual({ url: 'http://localhost:5173/' });

    await launch((f) => (f.app.isPackaged = true));
    const loaded = fake.BrowserWindow.instances[0]!.loaded;
    expect(loaded.url).toBeUndefined();
    expect(loaded.file).toMatch(/renderer[\\/]index\.html$/);
  });

  it('falls back to userData when neither flag nor environment names a data dir', async () => {
    vi.stubEnv('DECISION_MAP_DATA_DIR', '');
    await launch((f) => (f.app.paths.userData = '/home/u/.config/Decision Map'));
    expect(openWorkspace).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir: '/home/u/.config/Decision Map' }),
    );
  });

  describe('files opened from the system', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dm-open-file-'));
    const mapFile = join(dir, 'Purchasing.decisionmap.json');
    writeFileSync(mapFile, '{"format":"decision-map"}');
    const imported: string[] = [];
    beforeEach(() => {
      imported.length = 0;
      service.handlers['maps:import'] = async (args) => {
        imported.push((args as { text: string }).text);
        return { id: `m-${imported.length}` };
      };
    });
    afterEach(() => delete service.handlers['maps:import']);
    const sentFiles = (window: Fake.BrowserWindow) =>
      window.webContents.sent.filter((m) => m.channel === OPEN_FILE_EVENT_CHANNEL);

    it('imports a file named on the command line and tells the page once it has loaded', async () => {
      const argv = process.argv;
      process.argv = ['/opt/Decision Map/decision-map', '--no-sandbox', mapFile, 'notes.txt'];
      try {
        await launch();
      } finally {
        process.argv = argv;
      }
      await vi.waitFor(() => expect(imported).toHaveLength(1));
      const window = fake.BrowserWindow.instances[0]!;
      expect(sentFiles(window)).toEqual([]);
      window.webContents.emit('did-finish-load');
      expect(sentFiles(window)).toEqual([
        { channel: OPEN_FILE_EVENT_CHANNEL, args: [{ kind: 'opened', id: 'm-1' }] },
      ]);
    });

    it('imports a file macOS opens, and one a second launch was given, into the running window', async () => {
      await launch();
      const window = fake.BrowserWindow.instances[0]!;
      window.webContents.emit('did-finish-load');
      const event = { preventDefault: vi.fn() };
      fake.app.emit('open-file', event, mapFile);
      expect(event.preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => expect(sentFiles(window)).toHaveLength(1));

      fake.app.emit(
        'second-instance',
        {},
        ['decision-map', join(dir, 'missing.decisionmap.json')],
        '/',
      );
      await vi.waitFor(() => expect(sentFiles(window)).toHaveLength(2));
      expect(sentFiles(window)[1]!.args[0]).toEqual({
        kind: 'refused',
        message:
          '“missing.decisionmap.json” could not be read. It may have been moved, or you may not have access. Nothing was changed.',
      });
      expect(window.calls).toContain('focus');
    });

    it('holds events while the page reloads', async () => {
      await launch();
      const window = fake.BrowserWindow.instances[0]!;
      window.webContents.emit('did-finish-load');
      window.webContents.emit('did-start-loading');
      fake.app.emit('open-file', { preventDefault() {} }, mapFile);
      await vi.waitFor(() => expect(imported).toHaveLength(1));
      expect(sentFiles(window)).toEqual([]);
      window.webContents.emit('did-finish-load');
      expect(sentFiles(window)).toHaveLength(1);
    });
  });

  describe('one instance per data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dm-instances-'));
    const mapFile = join(dir, 'maps', 'Hiring plan.decisionmap.json');
    beforeEach(() => {
      service.handlers['maps:import'] = async () => ({ id: 'm-imported' });
    });
    afterEach(() => delete service.handlers['maps:import']);

    /** Launches with process.argv and process.cwd() as a person's shell would set them. */
    async function launchWith(argv: string[], cwd: string, alongside: boolean) {
      const saved = process.argv;
      const cwdSpy = vi.spyOn(process, 'cwd').mockReturnValue(cwd);
      process.argv = ['/opt/Decision Map/decision-map', ...argv];
      try {
        await launch((f) => (f.app.isPackaged = true), alongside);
      } finally {
        process.argv = saved;
        cwdSpy.mockRestore();
      }
      return fake;
    }

    it('gives each data folder its own userData folder, made before the lock is asked for', async () => {
      const first = await launchWith(['--data-dir', join(dir, 'team')], dir, false);
      const userData = first.app.getPath('userData');
      expect(
        userData.startsWith(join(first.app.getPath('appData'), 'Decision Map', INSTANCES_FOLDER)),
      ).toBe(true);
      expect(existsSync(userData)).toBe(true);
      expect(first.singleInstanceLocks.get(userData)).toBe(first.app);
    });

    it('lets two data folders run side by side, and hands a launch on a taken folder to its instance', async () => {
      await launchWith(['--data-dir', join(dir, 'team')], dir, false);
      const teamLock = fake.app.getPath('userData');
      const teamWindow = fake.BrowserWindow.instances[0]!;
      teamWindow.webContents.emit('did-finish-load');

      await launchWith(['--data-dir', join(dir, 'clients')], dir, true);
      expect(fake.app.getPath('userData')).not.toBe(teamLock);
      expect(fake.app.quit).not.toHaveBeenCalled();
      expect(fake.BrowserWindow.instances).toHaveLength(1);
      expect(openWorkspace).toHaveBeenCalledTimes(2);
      const clientsWindow = fake.BrowserWindow.instances[0]!;

      // A third launch on the team folder, typed in another folder with relative paths.
      writeFileSync(join(dir, 'Hiring.decisionmap.json'), '{"format":"decision-map"}');
      await launchWith(
        ['--data-dir', '../team', '../Hiring.decisionmap.json'],
        join(dir, 'elsewhere'),
        true,
      );
      expect(fake.app.getPath('userData')).toBe(teamLock);
      expect(fake.app.quit).toHaveBeenCalled();
      expect(fake.BrowserWindow.instances).toHaveLength(0);
      expect(openWorkspace).toHaveBeenCalledTimes(2);
      // The team instance got the file (second-instance: argv and working directory).
      await vi.waitFor(() =>
        expect(
          teamWindow.webContents.sent.filter((m) => m.channel === OPEN_FILE_EVENT_CHANNEL),
        ).toEqual([
          { channel: OPEN_FILE_EVENT_CHANNEL, args: [{ kind: 'opened', id: 'm-imported' }] },
        ]),
      );
      expect(teamWindow.calls).toContain('focus');
      expect(clientsWindow.webContents.sent).toEqual([]);
    });

    it('opens a relative path against the second launch’s folder, and a file: URL', async () => {
      const imported: string[] = [];
      service.handlers['maps:import'] = async (args) => {
        imported.push((args as { text: string }).text);
        return { id: `m-${imported.length}` };
      };
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(dir, 'maps'), { recursive: true });
      writeFileSync(mapFile, '{"format":"decision-map","n":1}');
      const first = await launchWith([], '/', false);
      first.app.emit(
        'second-instance',
        {},
        ['decision-map', 'maps/Hiring plan.decisionmap.json'],
        dir,
      );
      first.app.emit('second-instance', {}, ['decision-map', pathToFileURL(mapFile).href], '/');
      await vi.waitFor(() => expect(imported).toHaveLength(2));
      const window = first.BrowserWindow.instances[0]!;
      window.webContents.emit('did-finish-load');
      expect(
        window.webContents.sent
          .filter((m) => m.channel === OPEN_FILE_EVENT_CHANNEL)
          .map((m) => m.args[0]),
      ).toEqual([
        { kind: 'opened', id: 'm-1' },
        { kind: 'opened', id: 'm-2' },
      ]);
    });

    it('keeps the default userData folder for the default data folder', async () => {
      vi.stubEnv('DECISION_MAP_DATA_DIR', '');
      const first = await launchWith([], dir, false);
      expect(first.app.getPath('userData')).toBe(
        join(first.app.getPath('appData'), 'Decision Map'),
      );
    });

    it('gives a development run its own name and userData folder', async () => {
      vi.stubEnv('DECISION_MAP_DATA_DIR', '');
      await launch();
      expect(fake.app.getName()).toBe(DEV_PRODUCT_NAME);
      expect(fake.app.getPath('userData')).toBe(
        join(fake.app.getPath('appData'), DEV_PRODUCT_NAME),
      );
      // The workspace stays in the product's data folder (the workspace lock guards it).
      expect(openWorkspace).toHaveBeenLastCalledWith(
        expect.objectContaining({ dataDir: join(fake.app.getPath('appData'), 'Decision Map') }),
      );
    });
  });

  describe('Windows taskbar identity', () => {
    const platform = process.platform;
    afterEach(() => Object.defineProperty(process, 'platform', { value: platform }));

    it('sets the AppUserModelID to the appId on Windows, and only there', async () => {
      Object.defineProperty(process, 'platform', { value: 'win32' });
      await launch();
      expect(fake.app.setAppUserModelId).toHaveBeenCalledWith('com.decisionmap.app');
      Object.defineProperty(process, 'platform', { value: 'linux' });
      await launch();
      expect(fake.app.setAppUserModelId).not.toHaveBeenCalled();
    });
  });

  it('pops up a context menu on a right click in a text field', async () => {
    await launch();
    const window = fake.BrowserWindow.instances[0]!;
    window.webContents.rightClick({
      isEditable: true,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
    });
    const menu = fake.Menu.built.at(-1)!;
    expect(menu.popup).toHaveBeenCalledWith({ window });
    expect(JSON.stringify(menu.template)).toContain('"role":"paste"');
  });
});
