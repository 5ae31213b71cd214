import { useCallback, useRef, useState } from 'react';
import type { ModelPages } from '../../../shared/api/contract';
import type { MapId } from '../../../shared/model';
import { useAppStore } from '../state/store';
import { Refusal } from '../files/refusal';
import { readImportFile, type ImportSource } from './importFile';

/**
 * A draw.io file of several pages waiting for the person to pick one: `answer` with the
 * page's index imports it, with null cancels (nothing changes).
 */
export interface PageChoice {
  readonly fileName: string;
  readonly pages: ModelPages['pages'];
  readonly answer: (page: number | null) => void;
}

/**
 * Importing a chosen or dropped file on Home: read it, send it to main, open the new map.
 * Any refusal becomes Home's notice, in the person's words, and nothing changes. A draw.io
 * file of several pages waits on `pageChoice`, which the caller shows as the page picker.
 */
export function useImport(open: (id: MapId) => void) {
  const [importing, setImporting] = useState<string | null>(null);
  const [pageChoice, setPageChoice] = useState<PageChoice | null>(null);
  /**
   * The imports asked for, one after another. A file chosen or dropped while the one before
   * is still finishing (its refusal already shown, the list of maps still refreshing — long
   * on a loaded machine) waits its turn; dropping it unseen would lose what the person did.
   */
  const queue = useRef<Promise<void>>(Promise.resolve());

  const importNow = useCallback(
    async (files: readonly File[]) => {
      const store = useAppStore.getState();
      if (files.length === 0) return;
      if (files.length > 1) {
        store.setNotice('Import one file at a time. Nothing was changed.');
        return;
      }
      const file = files[0]!;
      store.setNotice(null);
      store.setImportReport(null);
      setImporting(`Importing “${file.name}”…`);
      try {
        const choosePage = (pages: ModelPages['pages']) =>
          new Promise<number | null>((resolve) =>
            setPageChoice({
              fileName: file.name,
              pages,
              answer: (page) => {
                setPageChoice(null);
                resolve(page);
              },
            }),
          );
        const id = await importSource(await readImportFile(file), choosePage);
        if (id) open(id);
      } catch (error) {
        store.setNotice(
          error instanceof Refusal
            ? error.message
            : `“${file.name}” could not be imported. Nothing was changed.`,
        );
      } finally {
        setImporting(null);
      }
    },
    [open],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      const turn = queue.current.then(() => importNow(files));
      // Every refusal becomes the notice; should something else throw, the next file still
      // gets its turn (and the caller still sees the error).
      queue.current = turn.catch(() => undefined);
      return turn;
    },
    [importNow],
  );

  return { importing, importFiles, pageChoice };
}

/**
 * Sends what was read to main; the new map's id, or null when main refused it or the person
 * cancelled the choice of a page.
 */
async function importSource(
  source: ImportSource,
  choosePage: (pages: ModelPages['pages']) => Promise<number | null>,
): Promise<MapId | null> {
  const store = useAppStore.getState();
  if (source.kind === 'model') {
    const opened = await store.importModel(source.fileName, source.base64);
    if (opened === null || typeof opened === 'string') return opened;
    const page = await choosePage(opened.pages);
    if (page === null) return null;
    const imported = await store.importModel(source.fileName, source.base64, page);
    // Sent with its page, the file is imported; a list of pages again would be a fault.
    return typeof imported === 'string' ? imported : null;
  }
  // A PDF that Decision Map exported carries the map file; main reads it out.
  return source.kind === 'map' ? store.importMap(source.text) : store.importPdf(source.base64);
}
