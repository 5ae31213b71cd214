/**
 * The fake `app` of tests/fakes/electron.ts: paths, the single-instance lock, quitting.
 * Cited behaviour is from Electron's docs (Electron 45, node_modules/electron/electron.d.ts);
 * see the header of electron.ts for what a test against this fake proves.
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * The single-instance locks held on this "machine", by userData folder. On globalThis, not
 * in the module: a test that starts main/index.ts twice (two launches, two processes) gets
 * a fresh copy of this module each time (vi.resetModules), and the locks must outlive that
 * the way the OS's do.
 */
const machine = globalThis as { __fakeElectronLocks?: Map<string, FakeApp> };
export const singleInstanceLocks: Map<string, FakeApp> = (machine.__fakeElectronLocks ??=
  new Map());

export class FakeApp extends EventEmitter {
  isPackaged = false;
  /** false: act as if another process held the lock, without modelling that process. */
  gotLock = true;
  name = 'Decision Map';
  readonly paths: Record<string, string> = {};
  /** Set by electron.ts: the windows not yet destroyed. */
  liveWindows: () => Array<{ close(): void }> = () => [];
  quitting = false;
  /** will-quit has been emitted: this "process" is ending and holds no lock any more. */
  shutDown = false;

  /**
   * A fresh app for the next launch. `keepRunning`: the launch so far keeps running as
   * another process would (the module is shared by every launch in a test file, so its
   * listeners and locks move to a detached FakeApp that stands for that process).
   */
  reset(root: string, keepRunning = false) {
    if (keepRunning) this.detachAsOtherProcess();
    this.removeAllListeners();
    this.isPackaged = false;
    this.gotLock = true;
    this.name = 'Decision Map';
    this.quitting = false;
    this.shutDown = false;
    for (const key of Object.keys(this.paths)) delete this.paths[key];
    Object.assign(this.paths, {
      appData: join(root, 'appData'),
      userData: join(root, 'appData', 'Decision Map'),
      documents: join(root, 'Documents'),
    });
    this.quit.mockClear();
    this.requestSingleInstanceLock.mockClear();
    this.setAppUserModelId.mockClear();
  }

  /** The process of the launch so far, as its own app: it keeps its listeners and locks. */
  private detachAsOtherProcess() {
    const other = new FakeApp();
    for (const name of this.eventNames())
      for (const listener of this.rawListeners(name))
        other.on(name, listener as (...args: unknown[]) => void);
    Object.assign(other.paths, this.paths);
    other.isPackaged = this.isPackaged;
    other.shutDown = this.shutDown;
    for (const [key, holder] of singleInstanceLocks)
      if (holder === this) singleInstanceLocks.set(key, other);
  }

  getPath(name: string) {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`fake electron: no path ${name}`);
    return path;
  }

  /**
   * docs, app.setPath: "If the path specifies a directory that does not exist, an `Error`
   * is thrown ... You can only override paths of a `name` defined in `app.getPath`."
   */
  setPath(name: string, path: string) {
    if (!(name in this.paths)) throw new Error(`fake electron: no path ${name}`);
    if (!existsSync(path)) throw new Error(`Failed to set path: ${path} does not exist`);
    this.paths[name] = path;
  }

  getName() {
    return this.name;
  }

  /** docs, app.setName: overrides the name Electron uses internally (not the userData path). */
  setName(name: string) {
    this.name = name;
  }

  /**
   * docs: "Changes the Application User Model ID to `id`." — `@platform win32`. Electron
   * defines the method on Windows only, so elsewhere calling it is a TypeError.
   */
  readonly setAppUserModelId = vi.fn((_id: string) => {
    if (process.platform !== 'win32')
      throw new TypeError('app.setAppUserModelId is not a function');
  });

  /**
   * docs, app.requestSingleInstanceLock: "The single instance lock is scoped to the
   * application's user data directory (`app.getPath('userData')`)"; it "returns `false` if
   * your process should immediately quit as it has sent its parameters to another instance
   * that has already acquired the lock". And the `second-instance` event is "emitted inside
   * the primary instance ... `argv` is an Array of the second instance's command line
   * arguments, and `workingDirectory` is its current working directory". The fake sends
   * this process's process.argv and process.cwd(), on a later turn (it crosses processes).
   */
  readonly requestSingleInstanceLock = vi.fn((additionalData?: Record<string, unknown>) => {
    if (!this.gotLock) return false;
    const key = this.paths.userData!;
    const holder = singleInstanceLocks.get(key);
    if (holder && holder !== this && !holder.shutDown) {
      const argv = [...process.argv];
      const workingDirectory = process.cwd();
      setTimeout(() =>
        holder.emit('second-instance', {}, argv, workingDirectory, additionalData ?? {}),
      );
      return false;
    }
    singleInstanceLocks.set(key, this);
    return true;
  });

  whenReady() {
    return Promise.resolve();
  }

  /**
   * docs, app.quit(): "Try to close all windows. The `before-quit` event will be emitted
   * first. If all windows are successfully closed, the `will-quit` event will be emitted
   * and by default the application will terminate." Calling it again while quitting, or
   * after, does nothing more.
   */
  readonly quit = vi.fn(() => {
    if (this.quitting || this.shutDown) return;
    const beforeQuit = { defaultPrevented: false, preventDefault: () => {} };
    beforeQuit.preventDefault = () => (beforeQuit.defaultPrevented = true);
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    for (const window of this.liveWindows()) {
      window.close();
      if (!this.quitting) return; // a window cancelled the quit
    }
    if (this.liveWindows().length > 0) return;
    this.shutDown = true;
    this.quitting = false;
    for (const [key, holder] of singleInstanceLocks)
      if (holder === this) singleInstanceLocks.delete(key);
    this.emit('will-quit', { preventDefault: () => {} });
  });

  /** A window's close was prevented: a quit in progress is cancelled. */
  closeCancelled() {
    this.quitting = false;
  }

  /**
   * docs, app event `window-all-closed`: "Emitted when all windows have been closed ... If
   * the user pressed Cmd + Q, or the developer called `app.quit()`, Electron will first try
   * to close all the windows and then emit the `will-quit` event, and in this case the
   * `window-all-closed` event would not be emitted."
   */
  windowClosed(stillOpen: number) {
    if (stillOpen === 0 && !this.quitting && !this.shutDown) this.emit('window-all-closed');
  }
}

export const app = new FakeApp();
