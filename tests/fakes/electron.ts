/**
 * FAKE `electron` module for unit tests. The Electron binary cannot be downloaded or run on
 * our machines, so tests replace `electron` with this recorder:
 *   vi.mock('electron', () => import('../../fakes/electron'));
 * It implements only what our main-process code calls and records what that code
 * configures (window options, IPC handlers, menu templates, guards, permissions) so tests
 * can assert on it. It is not Electron: behaviour here proves nothing about Electron itself.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: (...args: never[]) => void) {
    this.permissionRequestHandler = handler as (...args: unknown[]) => void;
  }
  setPermissionCheckHandler(handler: (...args: never[]) => boolean) {
    this.permissionCheckHandler = handler as (...args: unknown[]) => boolean;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  /** What the page answers to executeJavaScript (the print view's printReady flag). */
  pageAnswer: unknown = 'true';
  readonly executeJavaScript = vi.fn(async (_code: string) => this.pageAnswer);
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) =>
    new TextEncoder().encode('%PDF-1.7 fake'),
  );
  /** Emits a cancellable event the way Electron does; returns whether it was prevented. */
  emitCancellable(name: string, details: Record<string, unknown> = {}): boolean {
    let prevented = false;
    const event = { ...details, preventDefault: () => (prevented = true) };
    this.emit(name, event, details.url);
    return prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly calls: string[] = [];
  loaded: { url?: string; file?: string; hash?: string } = {};
  maximized = false;
  minimized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loaded = { url };
    return Promise.resolve();
  }
  loadFile(file: string, options?: { hash?: string }) {
    this.loaded = { file, ...(options?.hash !== undefined ? { hash: options.hash } : {}) };
    return Promise.resolve();
  }
  destroy() {
    this.destroyed = true;
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
  restore() {
    this.calls.push('restore');
    this.minimized = false;
  }
  maximize() {
    this.calls.push('maximize');
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    const o = this.options as { x?: number; y?: number; width?: number; height?: number };
    return { x: o.x ?? 100, y: o.y ?? 100, width: o.width ?? 1280, height: o.height ?? 800 };
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  gotLock = true;
  readonly paths: Record<string, string> = {
    userData: '/fake/userData',
    documents: '/fake/Documents',
  };
  readonly quit = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.gotLock);
  getPath(name: string) {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`fake electron: no path ${name}`);
    return path;
  }
  whenReady() {
    return Promise.resolve();
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
};

export const Menu = {
  applicationMenu: null as { template: unknown[] } | null,
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null) {
    Menu.applicationMenu = menu;
  },
};

export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  showItemInFolder: vi.fn((_path: string) => {}),
};

/** The save dialog answers with `dialog.nextSave` (a path, or null for Cancel). */
export const dialog = {
  nextSave: null as string | null,
  showSaveDialog: vi.fn(async (..._args: unknown[]) =>
    dialog.nextSave === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: dialog.nextSave },
  ),
};

export const nativeTheme = { shouldUseDarkColors: false };

export const screen = {
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }] as Array<{
    x: number;
    y: number;
    width: number;
    height: number;
  }>,
  getAllDisplays() {
    return screen.workAreas.map((workArea) => ({ workArea, bounds: workArea }));
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    contextBridge.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn((_channel: string, ..._args: unknown[]) =>
    Promise.resolve({ ok: true, value: null }),
  );
}
export const ipcRenderer = new FakeIpcRenderer();

/** Forgets everything recorded so each test starts from a fresh "Electron". */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.gotLock = true;
  app.paths.userData = '/fake/userData';
  app.quit.mockClear();
  app.requestSingleInstanceLock.mockClear();
  ipcMain.handlers.clear();
  Menu.applicationMenu = null;
  shell.openExternal.mockClear();
  shell.showItemInFolder.mockClear();
  dialog.nextSave = null;
  dialog.showSaveDialog.mockClear();
  nativeTheme.shouldUseDarkColors = false;
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockClear();
  BrowserWindow.instances = [];
}

export default {
  app,
  ipcMain,
  Menu,
  shell,
  dialog,
  nativeTheme,
  screen,
  contextBridge,
  ipcRenderer,
  BrowserWindow,
};
