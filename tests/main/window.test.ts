import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

import { isAppPage, resolveAppLocation } from '../../main/appLocation';
import { createMainWindow } from '../../main/window';
import {
  isVisibleOnSomeDisplay,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  windowStateFile,
} from '../../main/windowState';
import { BrowserWindow, nativeTheme, resetFakeElectron, screen } from '../fakes/electron';

const mainDir = '/opt/Decision Map/resources/app.asar/out/main';
const built = resolveAppLocation(mainDir, undefined);
let dataDir: string;

beforeEach(() => {
  resetFakeElectron();
  dataDir = mkdtempSync(join(tmpdir(), 'dm-window-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const onlyWindow = () => {
  expect(BrowserWindow.instances).toHaveLength(1);
  return BrowserWindow.instances[0]!;
};

describe('the main window', () => {
  it('is created with locked-down webPreferences and the built preload', () => {
    createMainWindow(built, dataDir);
    const prefs = onlyWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe('/opt/Decision Map/resources/app.asar/out/preload/index.cjs');
    expect(String(prefs.preload).endsWith('preload/index.cjs')).toBe(true);
  });

  it('loads the built page from disk without a dev server, the dev server URL with one', () => {
    createMainWindow(built, dataDir);
    expect(onlyWindow().loaded).toEqual({
      file: '/opt/Decision Map/resources/app.asar/out/renderer/index.html',
    });

    resetFakeElectron();
    createMainWindow(resolveAppLocation(mainDir, 'http://localhost:5173'), dataDir);
    expect(onlyWindow().loaded).toEqual({ url: 'http://localhost:5173/' });
  });

  it('shows only when ready to show, on a background matching the theme', () => {
    nativeTheme.shouldUseDarkColors = true;
    createMainWindow(built, dataDir);
    const window = onlyWindow();
    expect(window.options.show).toBe(false);
    expect(window.options.backgroundColor).toBe('#0f1319');
    expect(window.calls).not.toContain('show');
    window.emit('ready-to-show');
    expect(window.calls).toContain('show');
  });
});

describe('window state', () => {
  it('round-trips through window-state.json, maximized included', () => {
    createMainWindow(built, dataDir);
    const first = onlyWindow();
    Object.assign(first.options, { x: 40, y: 60, width: 1000, height: 700 });
    first.maximized = true;
    first.emit('close');
    expect(JSON.parse(readFileSync(windowStateFile(dataDir), 'utf8'))).toEqual({
      x: 40,
      y: 60,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(readdirSync(dataDir)).toEqual(['window-state.json']); // no temp file left

    resetFakeElectron();
    createMainWindow(built, dataDir);
    const second = onlyWindow();
    expect(second.options).toMatchObject({ x: 40, y: 60, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.calls).toEqual(['maximize', 'show']);
  });

  it.each([
    [
      'off every display',
      JSON.stringify({ x: 5000, y: 5000, width: 800, height: 600, maximized: false }),
    ],
    ['corrupt', '{"x": 10, "y":'],
    [
      'the wrong shape',
      JSON.stringify({ x: 1, y: 1, width: 'wide', height: 600, maximized: false }),
    ],
    [
      'carrying extra keys',
      JSON.stringify({ x: 1, y: 1, width: 800, height: 600, maximized: false, evil: 1 }),
    ],
  ])('falls back to the default size, centred, when the file is %s', (_case, text) => {
    writeFileSync(windowStateFile(dataDir), text);
    createMainWindow(built, dataDir);
    const options = onlyWindow().options;
    expect(options).toMatchObject({ width: 1280, height: 800, center: true });
    expect(options.x).toBeUndefined();
  });

  it('uses a second display when the window was left there', () => {
    screen.workAreas = [
      { x: 0, y: 0, width: 1920, height: 1080 },
      { x: 1920, y: 0, width: 1280, height: 1024 },
    ];
    const state = { x: 2000, y: 100, width: 900, height: 700, maximized: false };
    saveWindowState(windowStateFile(dataDir), state);
    expect(loadWindowState(windowStateFile(dataDir), screen.workAreas)).toEqual(state);
    expect(loadWindowState(windowStateFile(dataDir), screen.workAreas.slice(0, 1))).toBeNull();
  });

  it('needs a grabbable part on screen, not just one pixel', () => {
    const area = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(isVisibleOnSomeDisplay({ x: 1900, y: 0, width: 800, height: 600 }, area)).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: 1700, y: 0, width: 800, height: 600 }, area)).toBe(true);
    expect(isVisibleOnSomeDisplay({ x: -700, y: -10, width: 800, height: 600 }, area)).toBe(true);
  });

  it('treats a missing file as no state, and rejects non-JSON', () => {
    expect(loadWindowState(join(dataDir, 'nope.json'), [])).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
    expect(existsSync(windowStateFile(dataDir))).toBe(false);
  });
});

describe('which page is ours', () => {
  it('in production, exactly the built index.html (any hash or query)', () => {
    const page = pathToFileURL(built.indexHtml).href;
    expect(page).toContain('Decision%20Map');
    expect(isAppPage(page, built)).toBe(true);
    expect(isAppPage(`${page}#/print?map=1`, built)).toBe(true);
    expect(isAppPage(pathToFileURL('/etc/passwd').href, built)).toBe(false);
    expect(isAppPage(pathToFileURL(`${mainDir}/index.js`).href, built)).toBe(false);
    expect(isAppPage('https://example.com/', built)).toBe(false);
    expect(isAppPage('file://evil-host/opt/x/index.html', built)).toBe(false);
    expect(isAppPage('', built)).toBe(false);
    expect(isAppPage('not a url', built)).toBe(false);
  });

  it('in dev, the dev server origin only', () => {
    const dev = resolveAppLocation(mainDir, 'http://localhost:5173');
    expect(isAppPage('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPage('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppPage('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPage(pathToFileURL(dev.indexHtml).href, dev)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(resolveAppLocation(mainDir, 'javascript:alert(1)').devServerUrl).toBeNull();
    expect(resolveAppLocation(mainDir, 'nonsense').devServerUrl).toBeNull();
  });
});
