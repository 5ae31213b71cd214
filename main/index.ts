/**
 * The Electron main process: lifecycle only. One instance per data folder (a second launch
 * on the same folder hands its files to the first and quits), one workspace, one window;
 * the window closes only once its edits are saved (main/closing.ts); the workspace closes
 * on quit.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app, ipcMain, type BrowserWindow } from 'electron';
import { MENU_EVENT_CHANNEL } from '../shared/api/menu';
import { OPEN_FILE_EVENT_CHANNEL } from '../shared/api/openFile';
import { isAppPage, resolveAppLocation } from './appLocation';
import { installCloseGuard, type CloseGuard } from './closing';
import { resolveDataDir } from './config/dataDir';
import { DEV_PRODUCT_NAME, instanceUserData } from './config/instance';
import { installContextMenu } from './contextMenu';
import { filesInArgs, systemFileOpener, type SystemFileOpener } from './files/openFromSystem';
import { registerApi, trustedSender } from './ipc';
import { initLogging, log, logError } from './log';
import { installMenu } from './menu';
import { watchPage } from './pageFailures';
import { electronPdfPrinter } from './pdf/printToPdf';
import { desktopSaveHost } from './saveDialog';
import { installSecurityGuards } from './security/guards';
import { openWorkspace } from './service/workspace';
import { BACKUP_WORKER } from './store/backup/workerPath';
import { UNTRUSTED_WORKER } from './untrusted/workerPath';
import { createMainWindow, loadAppPage } from './window';

/** electron-builder.yml's appId: the Windows taskbar groups the app's windows by it. */
const APP_USER_MODEL_ID = 'com.decisionmap.app';

// A packaged app ignores ELECTRON_RENDERER_URL and keeps its name; a development run gets
// its own name (and so its own userData folder and lock, main/config/instance.ts).
const dev = !app.isPackaged;
// Electron's default userData (appData + product name): the default data folder, as before.
const productUserData = app.getPath('userData');
const dataDir = resolveDataDir(process.argv, process.env, productUserData);
chooseUserData();
// Windows: without this, a pinned shortcut (which electron-builder's NSIS installer gives
// the appId as its AppUserModelID) and the running window show as two taskbar icons.
// Windows only (https://www.electronjs.org/docs/latest/api/app#appsetappusermodelidid-windows).
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

/** Before the lock is asked for: the lock is keyed on this folder (main/config/instance.ts). */
function chooseUserData(): void {
  if (dev) app.setName(DEV_PRODUCT_NAME);
  const userData = instanceUserData({
    dataDir,
    productUserData,
    appData: app.getPath('appData'),
    dev,
    platform: process.platform,
  });
  if (userData === productUserData) return;
  try {
    // setPath throws for a folder that does not exist (docs, app.setPath).
    mkdirSync(userData, { recursive: true });
    app.setPath('userData', userData);
  } catch (error) {
    // One lock for every data folder again: a second launch then joins the first.
    logError('app', 'could not use a userData folder of its own for this data folder', error);
  }
}

function start(): void {
  // A packaged app ignores ELECTRON_RENDERER_URL: an environment variable must never be
  // able to point the installed app at some other page.
  const location = resolveAppLocation(
    __dirname,
    dev ? process.env.ELECTRON_RENDERER_URL : undefined,
  );
  const isOurPage = (url: string) => isAppPage(url, location);
  // <data folder>/logs/decision-map.log, rotated, without map content (main/log); stderr
  // too in development. The file is created only when the first line is written.
  initLogging(join(dataDir, 'logs'), { stderr: dev });
  let window: BrowserWindow | null = null;
  // Files the system asks us to open arrive before the workspace is open on a cold start
  // (macOS sends open-file before ready); they wait here until the opener exists.
  let opener: SystemFileOpener | null = null;
  const filesBeforeReady: string[] = filesInArgs(process.argv.slice(1), process.cwd());
  const openFile = (file: string) => {
    if (!opener) {
      filesBeforeReady.push(file);
      return;
    }
    void opener.open(file);
    // macOS keeps running with no window: the file needs one to open in.
    if (!window) openWindow();
  };

  installSecurityGuards(isOurPage);

  // macOS: a double-clicked file, or one dropped on the dock icon.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFile(file);
  });

  // Windows and Linux start a second instance with the file as an argument; it hands its
  // arguments and its working directory over here and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const file of filesInArgs(argv.slice(1), workingDirectory)) openFile(file);
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Set once the app is ready, before the first window.
  let closeGuard: CloseGuard | null = null;
  const openWindow = () => {
    const created = createMainWindow(location, dataDir);
    const page = watchPage(created, isOurPage, () => loadAppPage(created, location));
    closeGuard?.guard(created, page.pageCanAnswer);
    installContextMenu(created);
    // Events for the page wait while it (re)loads: its listener exists only once it has.
    created.webContents.on('did-start-loading', () => opener?.pageGone());
    created.webContents.on('did-finish-load', () => opener?.pageReady());
    created.on('closed', () => {
      opener?.pageGone();
      if (window === created) window = null;
    });
    window = created;
  };

  void app.whenReady().then(() => {
    const printer = electronPdfPrinter(location, isOurPage);
    const service = openWorkspace({
      dataDir,
      app: 'desktop',
      files: desktopSaveHost(() => window),
      pdf: printer,
      // Rolling backups in <data folder>/backups, taken by a worker thread; close() on quit
      // stops a running one before the database closes (so no -wal/-shm stay behind).
      backups: {
        worker: BACKUP_WORKER,
        report: (level, message, cause) => log(level, 'backup', message, cause),
      },
      // Imported PDFs are read in a worker thread the app can always end.
      untrustedWorker: UNTRUSTED_WORKER,
      // The participants' page is built beside the app's; the room lists this machine's addresses.
      room: { pageDir: dirname(location.indexHtml) },
    });
    app.on('will-quit', () => service.close());
    const fromMainWindow = trustedSender(() => window, isOurPage);
    // The hidden print windows show our page too, and read the map they print.
    registerApi(ipcMain, service, (event) => fromMainWindow(event) || printer.isPrintSender(event));
    closeGuard = installCloseGuard(ipcMain);
    installMenu((command) => window?.webContents.send(MENU_EVENT_CHANNEL, command), { dev });
    opener = systemFileOpener(service.handlers, (event) => {
      window?.webContents.send(OPEN_FILE_EVENT_CHANNEL, event);
      window?.focus();
    });
    for (const file of filesBeforeReady.splice(0)) void opener.open(file);
    openWindow();
    // macOS keeps the app running with no window; clicking the dock icon opens one again.
    app.on('activate', () => {
      if (!window) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
