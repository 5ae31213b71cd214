/**
 * Opening files the system hands the desktop app (double-click on a `.decisionmap.json`,
 * a file dropped on the dock icon, a path on the command line), without Electron: read
 * the file, import it through the same handlers the page uses, and tell the page. The
 * page may not be loaded yet (a cold start by double-click), so what happened waits in a
 * queue until it is; nothing is lost between the two.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../shared/api/contract';
import { MAX_PDF_BYTES } from '../../shared/api/contract';
import { isOpenableFileName, type OpenFileEvent } from '../../shared/api/openFile';
import { AppError, toErrorPayload } from '../../shared/errors';
import { MAX_FILE_CHARS } from '../../shared/file-format/safeJson';
import type { MapId } from '../../shared/model';
import { DATA_DIR_FLAG } from '../config/dataDir';

type ImportHandlers = Pick<Handlers, 'maps:import' | 'maps:importPdf'>;

/**
 * The files named among command-line arguments, as absolute paths (flags are skipped).
 *
 * - Relative paths are resolved against `workingDirectory`: for a second launch that is
 *   its own folder, which Electron passes with `second-instance` ("`workingDirectory` is
 *   its current working directory", https://www.electronjs.org/docs/latest/api/app
 *   #event-second-instance), not ours.
 * - `file:` URLs are turned into paths: the `.desktop` entry electron-builder writes on
 *   Linux starts the app with `Exec=… %U`, and the freedesktop Desktop Entry spec says
 *   `%U` passes "a list of URLs", so a double-clicked file arrives as
 *   `file:///home/…/Plan.decisionmap.json`. Other URLs are not files and are ignored.
 */
export function filesInArgs(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `--data-dir DIR` names a folder, not a file to open.
    if (arg === DATA_DIR_FLAG) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const file = argumentPath(arg);
    if (file !== null && isOpenableFileName(file)) files.push(path.resolve(workingDirectory, file));
  }
  return files;
}

/** A path for a plain argument or a file: URL; null for any other URL. */
function argumentPath(arg: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      // A file: URL with a host (file://server/share on Linux) or a bad encoding.
      return null;
    }
  }
  // Some other scheme ("https://…"): a URL, not a file. A Windows drive ("C:\…") is a path.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return arg;
}

const refusal = (file: string, problem: string) =>
  new AppError('INVALID_FILE', `“${path.basename(file)}” ${problem} Nothing was changed.`);

/** Imports one file; the new map's id, or throws an AppError whose message names the file. */
export async function importFromDisk(file: string, handlers: ImportHandlers): Promise<MapId> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw refusal(file, 'is not a file.');
    const limit = /\.pdf$/i.test(file) ? MAX_PDF_BYTES : MAX_FILE_CHARS;
    if (stat.size > limit) throw refusal(file, 'is larger than Decision Map reads.');
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refusal(file, 'could not be read. It may have been moved, or you may not have access.');
  }
  try {
    if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
      return (await handlers['maps:importPdf']({ base64: bytes.toString('base64') })).id;
    }
    // `fatal` refuses bytes that are not UTF-8 rather than import mangled characters.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return (await handlers['maps:import']({ text })).id;
  } catch (error) {
    if (error instanceof TypeError)
      throw refusal(file, 'is not a Decision Map file: it is not text.');
    // The import's own refusal says what is wrong with the content; name the file too.
    const { message } = toErrorPayload(error);
    throw new AppError('INVALID_FILE', `“${path.basename(file)}”: ${message}`);
  }
}

export interface SystemFileOpener {
  /** Imports the file and tells the page, now or once it has loaded. */
  open(file: string): Promise<void>;
  /** The page has loaded and listens: send what waited. */
  pageReady(): void;
  /** The page is gone (closed or reloading): keep events until it is back. */
  pageGone(): void;
}

export function systemFileOpener(
  handlers: ImportHandlers,
  send: (event: OpenFileEvent) => void,
): SystemFileOpener {
  const waiting: OpenFileEvent[] = [];
  let ready = false;
  // One file at a time, in the order the system gave them: the page ends on the last one.
  let chain = Promise.resolve();

  const deliver = (event: OpenFileEvent) => {
    if (ready) send(event);
    else waiting.push(event);
  };

  return {
    open(file) {
      chain = chain.then(async () => {
        try {
          deliver({ kind: 'opened', id: await importFromDisk(file, handlers) });
        } catch (error) {
          deliver({ kind: 'refused', message: toErrorPayload(error).message });
        }
      });
      return chain;
    },
    pageReady() {
      ready = true;
      for (const event of waiting.splice(0)) send(event);
    },
    pageGone() {
      ready = false;
    },
  };
}
