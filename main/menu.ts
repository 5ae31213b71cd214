/**
 * The native menu. Commands that depend on context (undo in a text field vs undo on the
 * canvas, new map, fit view) are sent to the page, which decides what they mean; plain
 * window and clipboard actions use Electron's roles.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/menu';

export interface MenuOptions {
  /** Development build: adds reload and developer tools. */
  readonly dev?: boolean;
}

export function menuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, extra: MenuItemConstructorOptions = {}) =>
    ({ label, click: () => send(cmd), ...extra }) satisfies MenuItemConstructorOptions;

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('New Map', 'map:new', { accelerator: 'CmdOrCtrl+N' }),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Not the native undo/redo roles: only the page knows whether undo means text or map.
        command('Undo', 'edit:undo', { accelerator: 'CmdOrCtrl+Z' }),
        command('Redo', 'edit:redo', { accelerator: 'CmdOrCtrl+Shift+Z' }),
        // Ctrl+Y is the usual redo on Windows and Linux; hidden so Redo is listed once.
        ...(mac ? [] : [command('Redo', 'edit:redo', { accelerator: 'Ctrl+Y', visible: false })]),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Fit View', 'view:fit'),
        command('Auto-layout', 'view:autoLayout'),
        { type: 'separator' },
        ...(options.dev
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        // '?' is shown but not registered: a registered '?' would swallow the key while the
        // user types in a text field. The page handles '?' itself when nothing is focused.
        // (macOS cannot show an unregistered accelerator, so none is shown there.)
        command(
          'Keyboard Shortcuts',
          'help:shortcuts',
          mac ? {} : { accelerator: '?', registerAccelerator: false },
        ),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
}

/** Builds the menu and makes it the application menu; commands go to the main window. */
export function installMenu(send: (command: MenuCommand) => void, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, send, options)));
}
