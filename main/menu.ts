/**
 * The native menu. Commands that depend on context (undo in a text field vs undo on the
 * canvas, new map, fit view) are sent to the page, which decides what they mean; plain
 * window and clipboard actions use Electron's roles.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/menu';
import { accelerator, chordText, commandWords } from '../shared/commands';

/** Menus write each word capitalised ("Fit View"); the shortcut list writes a sentence. */
const menuLabel = (name: string) =>
  name.replace(/(^| )(\w)/g, (_, space, c: string) => space + c.toUpperCase());

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
  /**
   * An editor command, named and keyed as in the shortcut list. A key with Ctrl/⌘ is the
   * menu's own; a plain key is shown but not registered, since a registered "F" or "?"
   * would swallow the key while the user types in a text field (the page handles it when
   * nothing is focused). macOS cannot show an unregistered accelerator, so none is shown.
   */
  const editor = (id: Exclude<MenuCommand, 'map:new'>, extra: MenuItemConstructorOptions = {}) => {
    const words = commandWords(id);
    const chord = words.keys[0];
    const key: MenuItemConstructorOptions = !chord
      ? {}
      : chord.mod
        ? { accelerator: accelerator(chord) }
        : mac
          ? {}
          : { accelerator: accelerator(chord), registerAccelerator: false };
    return command(menuLabel(words.name), id, { ...key, ...extra });
  };
  // Ctrl+Y is the usual redo on Windows and Linux; hidden so Redo is listed once.
  const moreRedo = mac
    ? []
    : commandWords('edit:redo')
        .keys.slice(1)
        .map((chord) => editor('edit:redo', { accelerator: chordText(chord), visible: false }));

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
        editor('edit:undo'),
        editor('edit:redo'),
        ...moreRedo,
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
        editor('view:fit'),
        editor('view:autoLayout'),
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
        editor('help:shortcuts'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
}

/** Builds the menu and makes it the application menu; commands go to the main window. */
export function installMenu(send: (command: MenuCommand) => void, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, send, options)));
}
