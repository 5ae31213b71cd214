/**
 * The desktop app's PDF printer against the fake `electron`: what the hidden window is
 * (locked down like the main one, never shown), what it loads, what it waits for, how it
 * prints, that it is always destroyed, and that it is trusted as an IPC sender only while
 * it lives and shows our page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron'));

import type { IpcMainInvokeEvent } from 'electron';
import { resolveAppLocation } from '../../../main/appLocation';
import { electronPdfPrinter } from '../../../main/pdf/printToPdf';
import type { MapId } from '../../../shared/model';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/print/options';
import { BrowserWindow, failNextLoad, resetFakeElectron } from '../../fakes/electron';

const location = resolveAppLocation('/opt/Decision Map/resources/app.asar/out/main', undefined);
const pageUrl = 'file:///opt/Decision%20Map/resources/app.asar/out/renderer/index.html#/print/m1';
const isAppPage = (url: string) => url.startsWith('file:///opt/Decision%20Map/');
const id = 'm1' as MapId;

beforeEach(() => resetFakeElectron());

const event = (sender: unknown, url = pageUrl) =>
  ({ sender, senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

describe('electronPdfPrinter', () => {
  it('prints the print route in a hidden, locked-down window, then destroys it', async () => {
    const printer = electronPdfPrinter(location, isAppPage);
    const bytes = await printer.print(id, { ...DEFAULT_PRINT_OPTIONS, size: 'A3' }, 'Launch <Q3>');
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    expect(BrowserWindow.instances).toHaveLength(1);
    const window = BrowserWindow.instances[0]!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: location.preloadPath,
      backgroundThrottling: false,
    });
    expect(window.loaded).toEqual({
      file: location.indexHtml,
      hash: '/print/m1?size=A3&orientation=landscape&sections=summary%2Ccomparison%2Cmap%2Cregister%2Cmatrix%2Cfindings%2Cparking&footer=printer',
    });
    const options = window.webContents.printToPDF.mock.calls[0]![0];
    expect(options).toMatchObject({
      pageSize: 'A3',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
    });
    expect(options.footerTemplate).toContain('Launch &lt;Q3&gt;');
    expect(options.footerTemplate).toContain("class='totalPages'");
    expect(window.destroyed).toBe(true);
  });

  it('loads the dev server in development', async () => {
    const dev = resolveAppLocation('/repo/out/main', 'http://localhost:5173/');
    await electronPdfPrinter(dev, isAppPage).print(id, DEFAULT_PRINT_OPTIONS, 'Map');
    expect(BrowserWindow.instances[0]!.loaded.url).toMatch(
      /^http:\/\/localhost:5173\/#\/print\/m1\?size=A4&orientation=landscape/,
    );
  });

  it('gives up with PDF_FAILED when the page reports an error, and still destroys the window', async () => {
    const printer = electronPdfPrinter(location, isAppPage);
    const printing = printer.print(id, DEFAULT_PRINT_OPTIONS, 'Map');
    const window = BrowserWindow.instances[0]!;
    window.webContents.pageAnswer = 'error';
    await expect(printing).rejects.toMatchObject({ code: 'PDF_FAILED' });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(true);
  });

  it('trusts a print window as a sender only while it prints, and only on our page', async () => {
    const printer = electronPdfPrinter(location, isAppPage);
    const printing = printer.print(id, DEFAULT_PRINT_OPTIONS, 'Map');
    const window = BrowserWindow.instances[0]!;
    window.webContents.pageAnswer = '';
    await new Promise((resolve) => setTimeout(resolve, 20));
    const during = [
      printer.isPrintSender(event(window.webContents)),
      printer.isPrintSender(event(window.webContents, 'https://evil.example/')),
      printer.isPrintSender(event({})),
    ];
    window.webContents.pageAnswer = 'true';
    await printing;
    expect(during).toEqual([true, false, false]);
    expect(printer.isPrintSender(event(window.webContents))).toBe(false);
  });

  it('gives up with PDF_FAILED when the print window’s page crashes while it waits, instead of hanging', async () => {
    const printer = electronPdfPrinter(location, isAppPage);
    const printing = printer.print(id, DEFAULT_PRINT_OPTIONS, 'Map');
    const window = BrowserWindow.instances[0]!;
    // Never ready: before the fix only the 60 s deadline ended this job.
    window.webContents.pageAnswer = '';
    await vi.waitFor(() => expect(window.webContents.executeJavaScript).toHaveBeenCalled());
    window.webContents.crash('oom');
    await expect(printing).rejects.toMatchObject({ code: 'PDF_FAILED' });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(true);
    expect(window.webContents.listenerCount('render-process-gone')).toBe(0);
  });

  it('gives up with PDF_FAILED when the print view does not load', async () => {
    failNextLoad(-6, 'ERR_FILE_NOT_FOUND');
    const printing = electronPdfPrinter(location, isAppPage).print(
      id,
      DEFAULT_PRINT_OPTIONS,
      'Map',
    );
    await expect(printing).rejects.toMatchObject({ code: 'PDF_FAILED' });
    expect(BrowserWindow.instances[0]!.destroyed).toBe(true);
  });
});
