/**
 * The right-click menu's items for what was clicked (main/contextMenu.ts). Electron gives a
 * page no menu of its own; the parameters here are the `context-menu` event's
 * ContextMenuParams as its docs describe them.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

import { contextMenuTemplate } from '../../main/contextMenu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (over: Record<string, unknown> = {}) => ({
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [] as string[],
  editFlags: { ...flags, canUndo: true, canRedo: true, canDelete: true, canEditRichly: false },
  ...over,
});
const spelling = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const shape = (items: ReturnType<typeof contextMenuTemplate>) =>
  items.map((item) => item.role ?? item.label ?? item.type);

describe('the context menu', () => {
  it('offers cut, copy, paste and select all in a text field, enabled as the field allows', () => {
    const items = contextMenuTemplate(
      params({ editFlags: { ...flags, canCut: false, canCopy: false } }),
      spelling(),
    );
    expect(shape(items)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(items.map((item) => item.enabled)).toEqual([false, false, true, undefined, true]);
  });

  it('puts spelling suggestions first, each replacing the word, and Add to Dictionary', () => {
    const actions = spelling();
    const items = contextMenuTemplate(
      params({ misspelledWord: 'aproval', dictionarySuggestions: ['approval', 'approve'] }),
      actions,
    );
    expect(shape(items).slice(0, 4)).toEqual([
      'approval',
      'approve',
      'Add to Dictionary',
      'separator',
    ]);
    items[0]!.click!(undefined as never, undefined, undefined as never);
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('approval');
    items[2]!.click!(undefined as never, undefined, undefined as never);
    expect(actions.addToDictionary).toHaveBeenCalledWith('aproval');
  });

  it('says when there is no suggestion', () => {
    const items = contextMenuTemplate(params({ misspelledWord: 'xqzt' }), spelling());
    expect(items[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
  });

  it('offers Copy for selected text outside fields, and nothing on the canvas', () => {
    expect(
      shape(contextMenuTemplate(params({ isEditable: false, selectionText: 'Brief' }), spelling())),
    ).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), spelling())).toEqual([]);
  });
});
