/**
 * The main window when its page cannot be shown (main/pageFailures.ts), against the fake
 * `electron`: a failed load shows a plain error page with Reload, a crash reloads, a crash
 * loop stops on the error page. The events are emitted with the arguments Electron's docs
 * give them (tests/fakes/electron.ts cites them); this proves what the app does with them,
 * not that Electron sends them at these moments.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

import { isAppPage, resolveAppLocation } from '../../main/appLocation';
import { errorPageUrl, watchPage, type PageWatch } from '../../main/pageFailures';
import { createMainWindow, loadAppPage } from '../../main/window';
import { BrowserWindow, resetFakeElectron } from '../fakes/electron';

const built = resolveAppLocation('/opt/Decision Map/resources/app.asar/out/main', undefined);
const appUrl = pathToFileURL(built.indexHtml).href;
let dataDir: string;
let window: BrowserWindow;
let watch: PageWatch;
let clock: number;

beforeEach(() => {
  resetFakeElectron();
  dataDir = mkdtempSync(join(tmpdir(), 'dm-page-failures-'));
  createMainWindow(built, dataDir);
  window = BrowserWindow.instances[0]!;
  clock = 1_000_000;
  watch = watchPage(
    window as never,
    (url) => isAppPage(url, built),
    () => loadAppPage(window as never, built),
    () => clock,
  );
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const page = () =>
  decodeURIComponent(window.webContents.url.replace(/^data:text\/html;charset=utf-8,/, ''));
const showsErrorPage = () => window.webContents.url.startsWith('data:text/html');

describe('a page that does not load', () => {
  it('shows a plain error page with Reload, and shows the window that never got ready-to-show', () => {
    expect(window.calls).not.toContain('show');
    window.webContents.failLoad(-6, 'ERR_FILE_NOT_FOUND', appUrl);
    expect(showsErrorPage()).toBe(true);
    expect(page()).toContain('Decision Map could not show this window');
    expect(page()).toContain('ERR_FILE_NOT_FOUND');
    expect(page()).toContain('<a href="#reload">Reload</a>');
    expect(page()).not.toMatch(/<script/i);
    expect(window.calls).toContain('show');
  });

  it('ignores a load replaced by another (ERR_ABORTED), a frame’s failure and foreign pages', () => {
    window.webContents.failLoad(-3, 'ERR_ABORTED', appUrl);
    window.webContents.failLoad(-6, 'ERR_FILE_NOT_FOUND', appUrl, false);
    window.webContents.failLoad(-105, 'ERR_NAME_NOT_RESOLVED', 'https://example.com/');
    expect(showsErrorPage()).toBe(false);
  });

  it('Reload loads our page again (an in-page navigation to #reload)', () => {
    window.webContents.failLoad(-6, 'ERR_FILE_NOT_FOUND', appUrl);
    window.webContents.followInPageLink('#reload');
    expect(window.webContents.url).toBe(appUrl);
    expect(window.loaded).toEqual({ file: built.indexHtml });
  });

  it('writes the error text as text', () => {
    const html = decodeURIComponent(errorPageUrl('<img src=x onerror=alert(1)> & "so"'));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;so&quot;');
    expect(html).toContain("default-src 'none'");
  });
});

describe('a renderer that dies', () => {
  it('reloads our page after a crash; a clean exit is not a crash', () => {
    window.webContents.url = 'file:///somewhere/else.html';
    window.webContents.crash('clean-exit', 0);
    expect(window.webContents.url).toBe('file:///somewhere/else.html');
    window.webContents.crash('crashed');
    expect(window.webContents.url).toBe(appUrl);
    expect(watch.pageCanAnswer()).toBe(true);
  });

  it('stops reloading after three crashes within a minute, and shows the error page', () => {
    for (let crash = 1; crash <= 3; crash++) {
      window.webContents.crash('crashed');
      expect(showsErrorPage()).toBe(false);
      clock += 10_000;
    }
    window.webContents.crash('oom');
    expect(showsErrorPage()).toBe(true);
    expect(page()).toContain('stopped unexpectedly several times');
    // Reload from the error page starts the count afresh.
    window.webContents.followInPageLink('#reload');
    window.webContents.crash('crashed');
    expect(showsErrorPage()).toBe(false);
  });

  it('a crash a minute after the others is counted on its own', () => {
    for (let crash = 1; crash <= 3; crash++) window.webContents.crash('crashed');
    clock += 61_000;
    window.webContents.crash('crashed');
    expect(showsErrorPage()).toBe(false);
  });
});

describe('whether the page can answer before the window closes', () => {
  it('not after its preload failed, until it loads again', () => {
    expect(watch.pageCanAnswer()).toBe(true);
    window.webContents.preloadFails();
    expect(watch.pageCanAnswer()).toBe(false);
    loadAppPage(window as never, built);
    expect(watch.pageCanAnswer()).toBe(true);
  });
});
