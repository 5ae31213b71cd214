/**
 * The workspace service: everything the app does with its data, behind the API contract.
 * Electron IPC and browser-mode HTTP both call these same handlers; neither transport
 * knows about SQLite.
 */
import type { Handlers, WorkspaceStatus } from '../../shared/api/contract';
import type { SaveHost } from '../files/saveFile';
import type { PdfPrinter } from '../pdf/exportPdf';
import type { RoomOptions } from '../room/host';
import type { BackupOptions, BackupScheduler } from '../store/backup';
import type { AppKind } from './workspaceLock';

export interface WorkspaceOptions {
  /** Folder holding the workspace database, its backups and settings. Created if missing. */
  readonly dataDir: string;
  /** Which app this is, named to a second process refused the folder. Default: desktop. */
  readonly app?: AppKind;
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
  /**
   * Rolling backups into `<dataDir>/backups/`, taken by a worker thread while the workspace
   * is open (see main/store/backup). Without it (tests, the command line) none are taken;
   * listing and restoring backups work either way.
   */
  readonly backups?: BackupOptions;
  /**
   * The untrusted-file worker (main/untrusted), in which imported PDFs are read within
   * their time and memory budgets. The app's entry points always pass it; without it
   * (tests) a PDF is read in-process, within the same budgets but for the hard stops.
   */
  readonly untrustedWorker?: string;
  /**
   * The room (main/room): where its page was built, and in browser mode the addresses it may
   * listen on. Without it (the command line, most tests) no room can be opened.
   */
  readonly room?: RoomOptions;
}

export interface WorkspaceService {
  /** One handler per contract channel, given already-validated arguments. */
  readonly handlers: Handlers;
  /** Whether the database opened; when it did not, map calls fail with a coded error. */
  status(): WorkspaceStatus;
  /** The rolling backups' schedule (started on open), or null without `options.backups`. */
  readonly backups: BackupScheduler | null;
  /**
   * Stops the backups (waiting, synchronously, for a running one to let go of the file),
   * then closes the database cleanly: the WAL is checkpointed and no -wal/-shm files stay
   * behind. Never throws (a failed write at shutdown is logged). Last, the data folder's lock
   * is released. Safe to call twice.
   */
  close(): void;
}
