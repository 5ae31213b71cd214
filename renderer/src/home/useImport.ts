import { useCallback, useRef, useState } from 'react';
import type { MapId } from '../../../shared/model';
import { useAppStore } from '../state/store';
import { Refusal } from '../files/refusal';
import { readImportFile, type ImportSource } from './importFile';

/**
 * Importing a chosen or dropped file on Home: read it, send it to main, open the new map.
 * Any refusal becomes Home's notice, in the person's words, and nothing changes.
 */
export function useImport(open: (id: MapId) => void) {
  const [importing, setImporting] = useState<string | null>(null);
  const busy = useRef(false);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const store = useAppStore.getState();
      if (files.length === 0 || busy.current) return;
      if (files.length > 1) {
        store.setNotice('Import one file at a time. Nothing was changed.');
        return;
      }
      const file = files[0]!;
      busy.current = true;
      store.setNotice(null);
      store.setImportReport(null);
      setImporting(`Importing “${file.name}”…`);
      try {
        const id = await importSource(await readImportFile(file));
        if (id) open(id);
      } catch (error) {
        store.setNotice(
          error instanceof Refusal
            ? error.message
            : `“${file.name}” could not be imported. Nothing was changed.`,
        );
      } finally {
        busy.current = false;
        setImporting(null);
      }
    },
    [open],
  );

  return { importing, importFiles };
}

/** Sends what was read to main; the new map's id, or null when main refused it. */
async function importSource(source: ImportSource): Promise<MapId | null> {
  const store = useAppStore.getState();
  // A PDF that Decision Map exported carries the map file; main reads it out.
  if (source.kind === 'model') return store.importModel(source.fileName, source.base64);
  return source.kind === 'map' ? store.importMap(source.text) : store.importPdf(source.base64);
}
