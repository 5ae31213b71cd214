/**
 * The right-click menu. Electron shows none by default: a page gets only the
 * `context-menu` event, with what was clicked (docs, webContents `context-menu` event and
 * ContextMenuParams: https://www.electronjs.org/docs/latest/api/web-contents#event-context-menu).
 * Text fields get spelling suggestions, Cut, Copy, Paste and Select All; selected text
 * elsewhere gets Copy. The canvas has its own commands, so nothing else gets a menu.
 * Spelling suggestions come from Chromium's spellchecker, on by default
 * (docs, "SpellChecker": `webContents.replaceMisspelling`,
 * `session.addWordToSpellCheckerDictionary`).
 */
import {
  Menu,
  type BrowserWindow,
  type ContextMenuParams,
  type MenuItemConstructorOptions,
} from 'electron';

export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

type Params = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>;

/** The menu's items for what was clicked; empty when there should be no menu. */
export function contextMenuTemplate(
  params: Params,
  spelling: SpellingActions,
): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (!params.isEditable) {
    return params.selectionText.trim() !== '' ? [{ role: 'copy', enabled: flags.canCopy }] : [];
  }
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, 5);
    for (const suggestion of suggestions)
      items.push({ label: suggestion, click: () => spelling.replaceMisspelling(suggestion) });
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    items.push(
      { label: 'Add to Dictionary', click: () => spelling.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  items.push(
    { role: 'cut', enabled: flags.canCut },
    { role: 'copy', enabled: flags.canCopy },
    { role: 'paste', enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', enabled: flags.canSelectAll },
  );
  return items;
}

/** Pops up the menu for the window's page on every right click. */
export function installContextMenu(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}
