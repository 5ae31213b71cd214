/**
 * The workspace service: everything the app does with its data, behind the API contract.
 * Electron IPC and browser-mode HTTP both call these same handlers; neither transport
 * knows about SQLite.
 */
import type { Handlers, WorkspaceStatus } from '../../shared/api/contract';

export interface WorkspaceOptions {
  /** Folder holding the workspace database, its backups and settings. Created if missing. */
  readonly dataDir: string;
  /** Clock, replaceable in tests. */
  readonly now?: () => Date;
}

export interface WorkspaceService {
  /** One handler per contract channel, given already-validated arguments. */
  readonly handlers: Handlers;
  /** Whether the database opened; when it did not, map calls fail with a coded error. */
  status(): WorkspaceStatus;
  /** Closes the database cleanly (checkpointing the WAL). Safe to call twice. */
  close(): void;
}
