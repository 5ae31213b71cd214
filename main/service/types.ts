/**
 * The workspace service: everything the app does with its data, behind the API contract.
 * Electron IPC and browser-mode HTTP both call these same handlers; neither transport
 * knows about SQLite.
 */
import type { Handlers, WorkspaceStatus } from '../../shared/api/contract';
import type { SaveHost } from '../files/saveFile';
import type { PdfPrinter } from '../pdf/exportPdf';

export interface WorkspaceOptions {
  /** Folder holding the workspace database, its backups and settings. Created if missing. */
  readonly dataDir: string;
  /** Clock, replaceable in tests. */
  readonly now?: () => Date;
  /**
   * Where `files:save` asks for a place and shows the result: the native dialogs in the
   * desktop app. Without one (browser mode, tests) the call is refused; the page downloads.
   */
  readonly files?: SaveHost;
  /**
   * Renders the print view to PDF for `export:pdf`: the desktop app's hidden window.
   * Without one (browser mode, tests) the call is refused with PDF_DESKTOP_ONLY.
   */
  readonly pdf?: PdfPrinter;
}

export interface WorkspaceService {
  /** One handler per contract channel, given already-validated arguments. */
  readonly handlers: Handlers;
  /** Whether the database opened; when it did not, map calls fail with a coded error. */
  status(): WorkspaceStatus;
  /** Closes the database cleanly (checkpointing the WAL). Safe to call twice. */
  close(): void;
}
