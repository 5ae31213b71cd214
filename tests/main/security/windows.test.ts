/**
 * Every window the app creates, created the way the app creates it: main/index.ts started
 * against the fake `electron` (the workspace mocked), then the PDF printer it hands to the
 * workspace asked to print, which opens the hidden print window. One table of secure
 * webPreferences and one set of guard checks apply to every window the fake recorded, so a
 * window added later is held to the same rules. A source scan makes sure no other place in
 * main/ creates windows or web views.
 *
 * tests/main/window.test.ts, tests/main/security/guards.test.ts and
 * tests/main/pdf/printToPdf.test.ts check each piece on its own; this
 * file checks the assembled app, and the full tables of refused URLs and permissions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron'));

const service = vi.hoisted(() => ({
  handlers: {},
  status: () => ({ state: 'ready', path: '' }),
  close: () => {},
}));
const openWorkspace = vi.hoisted(() => vi.fn((_options: unknown) => service));
vi.mock('../../../main/service/workspace', () => ({ openWorkspace }));

import type { PdfPrinter } from '../../../main/pdf/exportPdf';
import { resolveAppLocation } from '../../../main/appLocation';
import type { MapId } from '../../../shared/model';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/print/options';
import type * as Fake from '../../fakes/electron';

const repoRoot = resolve(import.meta.dirname, '../../..');
const mainDir = join(repoRoot, 'main');
/** main/index.ts resolves its files from its own folder, as the bundle does from out/main. */
const location = resolveAppLocation(mainDir, undefined);
const appPage = pathToFileURL(location.indexHtml).href;

/**
 * Starts main/index.ts as a launch of the installed app would, then prints a PDF through the
 * printer it gave the workspace. At the top level, not in beforeAll: the tables below are
 * built from the windows this records.
 */
async function launchAndPrint(): Promise<{ fake: typeof Fake; windows: Fake.BrowserWindow[] }> {
  vi.stubEnv('DECISION_MAP_DATA_DIR', '/tmp/dm-security-windows');
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.resetModules();
  const fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron();
  fake.app.isPackaged = true;
  await import('../../../main/index');
  await new Promise((done) => setTimeout(done, 0));
  const printer = (openWorkspace.mock.calls[0]![0] as { pdf: PdfPrinter }).pdf;
  await printer.print('m1' as MapId, DEFAULT_PRINT_OPTIONS, 'Map <b>name</b>');
  vi.unstubAllEnvs();
  return { fake, windows: [...fake.BrowserWindow.instances] };
}

const { fake, windows } = await launchAndPrint();

/**
 * [option, required value, Electron's default when the option is left out (undefined: it
 * must be set explicitly, because its default changed across versions or matters too much)].
 */
const SECURE_PREFERENCES: ReadonlyArray<readonly [string, unknown, unknown]> = [
  ['contextIsolation', true, undefined],
  ['sandbox', true, undefined],
  ['nodeIntegration', false, undefined],
  ['nodeIntegrationInWorker', false, undefined],
  ['nodeIntegrationInSubFrames', false, undefined],
  ['webSecurity', true, undefined],
  ['allowRunningInsecureContent', false, undefined],
  ['webviewTag', false, undefined],
  ['experimentalFeatures', false, false],
  ['enableBlinkFeatures', undefined, undefined],
  ['enableRemoteModule', undefined, undefined],
  ['nodeIntegrationInWebView', undefined, undefined],
  ['additionalArguments', undefined, undefined],
  ['navigateOnDragDrop', false, false],
];

const each = () => windows.map((w, i) => [i === 0 ? 'the main window' : `window ${i}`, w] as const);

describe('the windows the app creates', () => {
  it('are the main window and the hidden print window, nothing else', () => {
    expect(windows).toHaveLength(2);
    expect(windows[0]!.options.show).toBe(false); // shown on ready-to-show
    expect(windows[1]!.options.show).toBe(false); // never shown
    expect(windows[1]!.loaded.hash).toMatch(/^\/print\/m1\?/);
    expect(windows[1]!.destroyed).toBe(true);
  });

  it('are created only in main/window.ts and main/pdf/printToPdf.ts', () => {
    const creators: string[] = [];
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.tsx?$/.test(entry.name)) {
          const code = readFileSync(path, 'utf8');
          if (/new\s+(?:\w+\.)?(?:BrowserWindow|BrowserView|WebContentsView)\b/.test(code))
            creators.push(relative(repoRoot, path).replaceAll('\\', '/'));
        }
      }
    };
    scan(mainDir);
    expect(creators.sort()).toEqual(['main/pdf/printToPdf.ts', 'main/window.ts']);
  });

  describe.each(SECURE_PREFERENCES)('webPreferences.%s', (option, required, electronDefault) => {
    it.each(each())(`is ${String(required)} in %s`, (_name, window) => {
      const prefs = window.options.webPreferences as Record<string, unknown>;
      const effective = option in prefs ? prefs[option] : electronDefault;
      expect(effective).toBe(required);
    });
  });

  it.each(each())('%s loads only our built preload, and our page from disk', (_name, window) => {
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs.preload).toBe(location.preloadPath);
    expect(String(prefs.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(window.loaded.file).toBe(location.indexHtml);
    expect(window.loaded.url).toBeUndefined();
  });
});

/** Every URL below must neither be navigated to nor opened outside the app. */
const REFUSED_URLS = [
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  '\\\\evil.example\\share\\payload.exe',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/5f3e',
  'about:blank',
  'decisionmap://open?map=1',
  'decision-map://open',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=evil',
  'smb://evil.example/share',
  'ssh://evil.example',
  'ftp://evil.example/file',
  'mailto:someone@example.com',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'http://example.com/',
  'http://127.0.0.1:8080/',
  'https://user:pass@evil.example/',
  'https://user@evil.example/',
  'https://',
  'not a url',
  '',
];

describe.each(each())('guards on %s', (_name, window) => {
  const contents = () => window.webContents;

  it.each(REFUSED_URLS.filter((u) => u !== ''))('refuses to navigate or redirect to %s', (url) => {
    expect(contents().emitCancellable('will-navigate', { url })).toBe(true);
    expect(contents().emitCancellable('will-redirect', { url })).toBe(true);
  });

  it('still navigates within our own page (routes live in the hash)', () => {
    expect(contents().emitCancellable('will-navigate', { url: `${appPage}#/print/m1` })).toBe(
      false,
    );
    expect(contents().emitCancellable('will-navigate', { url: 'https://example.com/' })).toBe(true);
  });

  it('denies every new window, and opens none of the refused URLs outside', () => {
    fake.shell.openExternal.mockClear();
    for (const url of [...REFUSED_URLS, appPage, 'https://example.com/help'])
      expect(contents().windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });

  it('opens https links with the system browser, exactly as given', () => {
    fake.shell.openExternal.mockClear();
    for (const url of [
      'https://example.com/',
      'https://docs.example.org/a?b=c#d',
      'HTTPS://X.ORG/',
    ])
      contents().windowOpenHandler!({ url });
    expect(fake.shell.openExternal.mock.calls).toEqual([
      ['https://example.com/'],
      ['https://docs.example.org/a?b=c#d'],
      ['HTTPS://X.ORG/'],
    ]);
  });

  it('prevents attaching a <webview>', () => {
    expect(contents().emitCancellable('will-attach-webview')).toBe(true);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'idle-detection',
    'hid',
    'serial',
    'usb',
    'storage-access',
    'window-management',
    'unknown',
  ])('denies the %s permission, asked or checked', (permission) => {
    const session = contents().session;
    const callback = vi.fn();
    session.permissionRequestHandler!(contents(), permission, callback, {
      requestingUrl: appPage,
    });
    expect(callback.mock.calls).toEqual([[false]]);
    expect(session.permissionCheckHandler!(contents(), permission, appPage, {})).toBe(false);
  });
});
