/**
 * FAKE `electron` module for unit tests. The Electron binary cannot be downloaded or run on
 * our machines, so tests replace `electron` with this recorder:
 *   vi.mock('electron', () => import('../../fakes/electron'));
 * It implements only what our main-process code calls and records what that code
 * configures (window options, IPC handlers, menu templates, guards, permissions) so tests
 * can assert on it. It is not Electron: behaviour here proves nothing about Electron itself.
 *
 * Where our code relies on how Electron behaves, the fake behaves the way Electron's
 * documentation (Electron 45, as in node_modules/electron/electron.d.ts) says, and each such
 * place cites it. A test against this fake proves that our code does the right thing IF
 * Electron behaves as documented; it cannot catch a documentation that is wrong.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { app, FakeApp, singleInstanceLocks } from './electronApp';

export { app, singleInstanceLocks };

/** Where this test process's fake app paths point (setPath needs real folders, made there). */
const fakeRoot = join(tmpdir(), `decision-map-fake-electron-${process.pid}`);
app.reset(fakeRoot);

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
  readonly addWordToSpellCheckerDictionary = vi.fn((_word: string) => true);
}

/** A cancellable Electron event. */
export function cancellableEvent(details: Record<string, unknown> = {}) {
  const event = {
    ...details,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** The URL of the page shown (what loadFile / loadURL last loaded). */
  url = '';
  crashed = false;
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /**
   * Records the message; when a page is connected (connectPage), delivers it to the
   * preload's ipcRenderer as well, cloned the way IPC serialises it.
   */
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
    if (ipcRenderer.page === this && !this.crashed)
      ipcRenderer.emit(channel, { sender: ipcRenderer }, ...structuredClone(args));
  }
  /** What the page answers to executeJavaScript (the print view's printReady flag). */
  pageAnswer: unknown = 'true';
  readonly executeJavaScript = vi.fn(async (_code: string) => this.pageAnswer);
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) =>
    new TextEncoder().encode('%PDF-1.7 fake'),
  );
  readonly replaceMisspelling = vi.fn((_word: string) => {});
  getURL() {
    return this.url;
  }
  /** docs, webContents.isCrashed(): "Whether the renderer process has crashed." */
  isCrashed() {
    return this.crashed;
  }
  isDestroyed() {
    return this.destroyed;
  }
  reload() {
    this.crashed = false;
    this.emit('did-start-loading');
  }
  /** Emits a cancellable event the way Electron does; returns whether it was prevented. */
  emitCancellable(name: string, details: Record<string, unknown> = {}): boolean {
    const event = cancellableEvent(details);
    this.emit(name, event, details.url);
    return event.defaultPrevented;
  }
  /**
   * The renderer process dies. docs, webContents event `render-process-gone`: "Emitted when
   * the renderer process unexpectedly disappears ... because it was crashed or killed";
   * listener (event, details: RenderProcessGoneDetails { reason, exitCode }). A page that
   * is gone answers no IPC (send() delivers nothing) until the next load.
   */
  crash(reason = 'crashed', exitCode = 139) {
    this.crashed = true;
    this.emit('render-process-gone', cancellableEvent(), { reason, exitCode });
  }
  /**
   * A failed load. docs, webContents event `did-fail-load`: "like `did-finish-load` but
   * emitted when the load failed"; listener (event, errorCode, errorDescription,
   * validatedURL, isMainFrame, frameProcessId, frameRoutingId).
   */
  failLoad(errorCode: number, errorDescription: string, url = this.url, isMainFrame = true) {
    this.emit(
      'did-fail-load',
      cancellableEvent(),
      errorCode,
      errorDescription,
      url,
      isMainFrame,
      1,
      1,
    );
  }
  /**
   * The preload threw. docs, webContents event `preload-error`: "Emitted when the preload
   * script `preloadPath` throws an unhandled exception `error`"; listener (event,
   * preloadPath, error). The page then has no bridge (renderer/src/api/client.ts).
   */
  preloadFails(error = new Error('preload failed')) {
    this.emit('preload-error', cancellableEvent(), '/app/out/preload/index.cjs', error);
  }
  /**
   * A link to `#…` followed in the page. docs, webContents event `did-navigate-in-page`:
   * "Examples of this occurring are when anchor links are clicked or when the DOM
   * `hashchange` event is triggered"; listener (event, url, isMainFrame, frameProcessId,
   * frameRoutingId). Not a `will-navigate` (docs: that event "is not emitted for in-page
   * navigations").
   */
  followInPageLink(hash: string) {
    this.url = this.url.replace(/#.*$/, '') + hash;
    this.emit('did-navigate-in-page', cancellableEvent(), this.url, true, 1, 1);
  }
  /** A right click. docs, webContents event `context-menu`: listener (event, params). */
  rightClick(params: Record<string, unknown>) {
    this.emit('context-menu', cancellableEvent(), params);
  }
}

/** Options for the next load of any window: it fails with this Chromium error. */
let nextLoadFailure: { code: number; description: string } | null = null;
export function failNextLoad(code: number, description: string) {
  nextLoadFailure = { code, description };
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
    return this.load(url);
  }
  loadFile(file: string, options?: { hash?: string }) {
    this.loaded = { file, ...(options?.hash !== undefined ? { hash: options.hash } : {}) };
    const url = pathToFileURL(file).href + (options?.hash ? `#${options.hash}` : '');
    return this.load(url);
  }
  /**
   * docs, BrowserWindow.loadURL: "the promise will resolve when the page has finished
   * loading (see `did-finish-load`), and rejects if the page fails to load (see
   * `did-fail-load`)". The fake resolves at once; tests emit did-finish-load themselves
   * when they need it. A failure set by failNextLoad emits did-fail-load and rejects.
   */
  private load(url: string) {
    this.webContents.url = url;
    this.webContents.crashed = false;
    this.webContents.emit('did-start-loading');
    const failure = nextLoadFailure;
    nextLoadFailure = null;
    if (failure) {
      this.webContents.failLoad(failure.code, failure.description, url);
      return Promise.reject(new Error(`${failure.description} (${failure.code}) loading '${url}'`));
    }
    return Promise.resolve();
  }
  /**
   * docs, BrowserWindow event `close`: "Emitted when the window is going to be closed ...
   * Calling `event.preventDefault()` will cancel the close." A cancelled close also
   * cancels a quit in progress (docs, app.quit(): "It is possible that a window cancels
   * the quitting").
   */
  close() {
    if (this.destroyed) return;
    const event = cancellableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) {
      app.closeCancelled();
      return;
    }
    this.destroy();
  }
  /**
   * docs, win.destroy(): "Force closing the window, the `unload` and `beforeunload` event
   * won't be emitted for the web page, and `close` event will also not be emitted for this
   * window, but it guarantees the `closed` event will be emitted."
   */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    app.windowClosed(BrowserWindow.instances.filter((w) => !w.destroyed).length);
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

app.liveWindows = () => BrowserWindow.instances.filter((w) => !w.destroyed);

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
};

type BuiltMenu = { template: unknown[]; popup: ReturnType<typeof vi.fn> };

export const Menu = {
  applicationMenu: null as { template: unknown[] } | null,
  /** Every menu built, in order (context menus included). */
  built: [] as BuiltMenu[],
  buildFromTemplate(template: unknown[]): BuiltMenu {
    const menu = { template, popup: vi.fn((_options?: unknown) => {}) };
    Menu.built.push(menu);
    return menu;
  },
  setApplicationMenu(menu: { template: unknown[] } | null) {
    Menu.applicationMenu = menu;
  },
};

export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  showItemInFolder: vi.fn((_path: string) => {}),
};

type MessageBoxOptions = { buttons?: string[]; cancelId?: number; message?: string };

/**
 * The save dialog answers with `dialog.nextSave` (a path, or null for Cancel). A message
 * box answers with `dialog.answer(options)`: by default its cancel button, as pressing
 * Escape would; `dialog.choose(label)` presses a button by its label.
 */
export const dialog = {
  nextSave: null as string | null,
  showSaveDialog: vi.fn(async (..._args: unknown[]) =>
    dialog.nextSave === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: dialog.nextSave },
  ),
  answer: (options: MessageBoxOptions): number | Promise<number> => options.cancelId ?? 0,
  choose(label: string) {
    dialog.answer = (options) => {
      const index = options.buttons?.indexOf(label) ?? -1;
      if (index < 0) throw new Error(`fake electron: no button '${label}'`);
      return index;
    };
  },
  showMessageBox: vi.fn(async (_window: unknown, options: MessageBoxOptions) => ({
    response: await dialog.answer(options),
    checkboxChecked: false,
  })),
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
  /** The page this preload runs in, once connectPage() joined the two sides. */
  page: FakeWebContents | null = null;
  /**
   * Unconnected: answers every call with an empty success. Connected: calls main's handler
   * for the channel with an event naming the page as sender, arguments and result cloned
   * as IPC clones them, and rejects like Electron when no handler is registered.
   */
  readonly invoke = vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => {
    const page = this.page;
    if (!page) return { ok: true, value: null };
    const handler = ipcMain.handlers.get(channel);
    if (!handler)
      throw new Error(`Error invoking remote method '${channel}': No handler registered`);
    const event = { sender: page, senderFrame: { url: page.url } };
    return structuredClone(await handler(event, ...structuredClone(args)));
  });
}
export const ipcRenderer = new FakeIpcRenderer();

/** Joins the preload's ipcRenderer to a window's web contents, as one page and its main. */
export function connectPage(contents: FakeWebContents) {
  ipcRenderer.page = contents;
}

/**
 * Forgets everything recorded so each test starts from a fresh "Electron".
 * `keepOtherInstances`: the launches so far keep running, as other processes, holding
 * their single-instance locks and answering `second-instance` (electronApp.ts).
 */
export function resetFakeElectron(options: { keepOtherInstances?: boolean } = {}): void {
  app.reset(fakeRoot, options.keepOtherInstances === true);
  if (!options.keepOtherInstances) singleInstanceLocks.clear();
  ipcMain.handlers.clear();
  Menu.applicationMenu = null;
  Menu.built = [];
  shell.openExternal.mockClear();
  shell.showItemInFolder.mockClear();
  dialog.nextSave = null;
  dialog.showSaveDialog.mockClear();
  dialog.answer = (options) => options.cancelId ?? 0;
  dialog.showMessageBox.mockClear();
  nativeTheme.shouldUseDarkColors = false;
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockClear();
  ipcRenderer.page = null;
  nextLoadFailure = null;
  BrowserWindow.instances = [];
}

export type { FakeApp };

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
