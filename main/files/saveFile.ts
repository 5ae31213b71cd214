/**
 * `files:save`, without Electron: decodes what the page sends, asks the host where it goes,
 * writes it atomically and asks the host to show it. The desktop app's host is the native
 * save dialog and file manager (`main/saveDialog.ts`); browser mode has none, because the
 * page downloads files itself there.
 */
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import { FILE_KIND_INFO, safeFileName, type FileKind } from '../../shared/export/fileKinds';
import { writeFileAtomic } from './writeAtomic';

export interface SaveHost {
  /** Asks where to save, offering `suggestedName`; null when the person cancels. */
  chooseTarget(suggestedName: string, kind: FileKind): Promise<string | null>;
  /** Shows the saved file in its folder. */
  reveal(file: string): void;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes to write: text as UTF-8, binary kinds from base64 (refused when malformed). */
export function decodeContent(kind: FileKind, content: string): Uint8Array {
  if (!FILE_KIND_INFO[kind].binary) return Buffer.from(content, 'utf8');
  if (!BASE64.test(content)) throw new AppError('INVALID_REQUEST');
  return Buffer.from(content, 'base64');
}

/** The `files:save` handler; without a host (browser mode) it refuses with DESKTOP_ONLY. */
export function fileHandlers(host: SaveHost | null): Pick<Handlers, 'files:save'> {
  return {
    'files:save': async ({ suggestedName, kind, content }) => {
      if (!host) throw new AppError('DESKTOP_ONLY');
      const bytes = decodeContent(kind, content);
      const target = await host.chooseTarget(safeFileName(suggestedName, kind), kind);
      if (target === null) return { saved: false };
      try {
        writeFileAtomic(target, bytes);
      } catch (error) {
        const failure = new AppError('FILE_NOT_SAVED');
        failure.cause = error;
        throw failure;
      }
      host.reveal(target);
      return { saved: true, path: target };
    },
  };
}
