import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

import { MENU_COMMANDS, isMenuCommand, type MenuCommand } from '../../shared/api/menu';
import { installMenu, menuTemplate } from '../../main/menu';
import { commandWords } from '../../shared/commands';
import { Menu, resetFakeElectron } from '../fakes/electron';

type Item = MenuItemConstructorOptions;
const flatten = (items: readonly Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
const click = (item: Item) => (item.click as unknown as () => void)();

function build(platform: NodeJS.Platform, dev = false) {
  const sent: MenuCommand[] = [];
  const items = flatten(menuTemplate(platform, (c) => sent.push(c), { dev }));
  const byLabel = (label: string) => items.filter((i) => i.label === label);
  return { sent, items, byLabel };
}

beforeEach(() => resetFakeElectron());

describe.each(['linux', 'win32', 'darwin'] as const)('menu on %s', (platform) => {
  it('sends Undo and Redo to the page instead of using the native roles', () => {
    const { sent, items, byLabel } = build(platform);
    const [undo] = byLabel('Undo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    expect(undo?.role).toBeUndefined();
    click(undo!);
    const redos = byLabel('Redo');
    expect(redos.map((r) => r.accelerator)).toEqual(
      platform === 'darwin' ? ['CmdOrCtrl+Shift+Z'] : ['CmdOrCtrl+Shift+Z', 'Ctrl+Y'],
    );
    expect(redos.filter((r) => r.visible !== false)).toHaveLength(1);
    redos.forEach(click);
    expect(sent).toEqual(['edit:undo', ...redos.map(() => 'edit:redo')]);
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
  });

  it('has New Map on Ctrl/Cmd+N and the clipboard, zoom and window roles', () => {
    const { sent, items, byLabel } = build(platform);
    const [newMap] = byLabel('New Map');
    expect(newMap?.accelerator).toBe('CmdOrCtrl+N');
    click(newMap!);
    expect(sent).toEqual(['map:new']);
    const roles = items.map((i) => i.role).filter(Boolean);
    for (const role of [
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'about',
      'quit',
    ]) {
      expect(roles).toContain(role);
    }
    expect(roles).toContain(platform === 'darwin' ? 'close' : 'quit');
  });

  it('reaches every menu command, and sends nothing else', () => {
    const { sent, items } = build(platform);
    items.filter((i) => typeof i.click === 'function').forEach(click);
    expect(sent.every(isMenuCommand)).toBe(true);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('names and keys the editor commands as the shortcut list does', () => {
    const { items, sent } = build(platform);
    // The visible item that sends the command.
    const item = (cmd: MenuCommand) =>
      items.find((i) => {
        if (i.visible === false || typeof i.click !== 'function') return false;
        sent.length = 0;
        click(i);
        return sent[0] === cmd;
      });
    for (const cmd of MENU_COMMANDS.filter((c) => c !== 'map:new')) {
      const words = commandWords(cmd);
      const shown = item(cmd);
      expect(shown?.label?.toLowerCase(), cmd).toBe(words.name.toLowerCase());
    }
    // A plain key is shown where the platform can show it, never registered.
    const fit = item('view:fit')!;
    expect(fit.label).toBe('Fit View');
    if (platform === 'darwin') expect(fit.accelerator).toBeUndefined();
    else {
      expect(fit.accelerator).toBe('F');
      expect(fit.registerAccelerator).toBe(false);
    }
    expect(item('view:autoLayout')!.accelerator).toBe(platform === 'darwin' ? undefined : 'L');
    expect(item('help:shortcuts')!.accelerator).toBe(platform === 'darwin' ? undefined : '?');
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (dev: boolean) => build(platform, dev).items.map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

it("shows '?' for Keyboard Shortcuts without registering it (typing '?' must still work)", () => {
  const [shortcuts] = build('linux').byLabel('Keyboard Shortcuts');
  expect(shortcuts).toMatchObject({ accelerator: '?', registerAccelerator: false });
  expect(build('darwin').byLabel('Keyboard Shortcuts')[0]?.accelerator).toBeUndefined();
});

it('installMenu sets the application menu and routes clicks to the given sender', () => {
  const send = vi.fn();
  installMenu(send, { dev: false });
  const items = flatten(Menu.applicationMenu!.template as Item[]);
  click(items.find((i) => i.label === 'Fit View')!);
  expect(send).toHaveBeenCalledWith('view:fit');
});
