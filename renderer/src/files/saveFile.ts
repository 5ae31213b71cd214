/**
 * Saving a file the page made (a map file, a CSV, a picture of the canvas). In the desktop
 * app main shows the save dialog, writes the file and shows it in its folder; in a browser
 * the file is downloaded, which is the only way a page can save.
 */
import { FILE_KIND_INFO, type FileKind } from '../../../shared/export/fileKinds';
import { api, isDesktopApp } from '../api/client';
import { base64ToBytes } from './base64';

/** Text for text kinds, base64 for binary kinds (what `files:save` carries). */
export type FileContent = { readonly text: string } | { readonly base64: string };

export interface FileToSave {
  readonly name: string;
  readonly kind: FileKind;
  readonly content: FileContent;
}

/** Where the file went: a path on disk, "downloaded", or nowhere (the dialog was cancelled). */
export type SaveOutcome =
  { readonly saved: true; readonly path: string | null } | { readonly saved: false };

function download(file: FileToSave): void {
  const { mime } = FILE_KIND_INFO[file.kind];
  const part = 'text' in file.content ? file.content.text : base64ToBytes(file.content.base64);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the download once click() returns; give it a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves a file the way this mode can; throws an ApiError with words to show on failure. */
export async function saveFile(file: FileToSave): Promise<SaveOutcome> {
  if (!isDesktopApp) {
    download(file);
    return { saved: true, path: null };
  }
  const content = 'text' in file.content ? file.content.text : file.content.base64;
  const result = await api['files:save']({ suggestedName: file.name, kind: file.kind, content });
  return result.saved ? { saved: true, path: result.path } : { saved: false };
}
