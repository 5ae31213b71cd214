/**
 * The one contract between the renderer and main. Every call is named once here with
 * schemas for its argument and result; main registers exactly these handlers, the preload
 * exposes exactly these calls, and the browser-mode client posts exactly these names.
 */
import { z } from 'zod';
import { STAGES, type MapDocument, type MapId, type MapSummary } from '../model';
import { FILE_KINDS } from '../export/fileKinds';
import { idField, nameField } from '../content/fields';
import { MAX_FILE_CHARS } from '../file-format/safeJson';
import { LIMITS } from '../content/limits';
import { operationSchema } from '../operations/schema';
import { printOptionsSchema } from '../print/options';
import {
  roomControlSchema,
  roomInterfaceSchema,
  roomOpenArgsSchema,
  roomSnapshotSchema,
} from '../room/facilitator';

// Map ids and names follow the same rules as in a map file (shared/content).
const mapId = idField.transform((v) => v as MapId);
const mapName = nameField.trim().min(1, 'A map needs a name.');
const none = z.strictObject({});

const mapSummary = z.custom<MapSummary>((v) => typeof v === 'object' && v !== null);
const mapDocument = z.custom<MapDocument>((v) => typeof v === 'object' && v !== null);

/** The example maps bundled with the app. */
export const EXAMPLES = ['campaign-launch'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('ready'), path: z.string() }),
  /**
   * `in-use`: another process holds the data folder (the message names it); `gone`: the
   * open workspace file was deleted or replaced, writes stopped, `workspace:rescue` saves it.
   */
  z.strictObject({
    state: z.enum(['unreadable', 'too-new', 'in-use', 'gone']),
    path: z.string(),
    message: z.string(),
  }),
]);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

/**
 * A backup's id is its plain file name, exactly as `workspace:backups` lists it: never a
 * path. Main checks it again against the files actually there.
 */
const backupId = z
  .string()
  .min(1)
  .max(255)
  .refine((v) => !/[/\\\0]/.test(v) && v !== '.' && v !== '..', 'Not a backup name.');

export const BACKUP_KINDS = ['rolling', 'before-upgrade'] as const;

export const backupInfoSchema = z.strictObject({
  id: z.string(),
  /** `rolling`: taken while the app ran; `before-upgrade`: taken before a schema upgrade. */
  kind: z.enum(BACKUP_KINDS),
  /** The workspace file it is a copy of, e.g. `workspace.db`. */
  database: z.string(),
  /** ISO 8601, UTC. */
  takenAt: z.string(),
  /** Bytes. */
  size: z.number().int(),
  /** Live maps in it, when that could be read cheaply. */
  maps: z.number().int().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const openedMapSchema = z.strictObject({ doc: mapDocument, revision: z.number().int() });
export type OpenedMap = z.infer<typeof openedMapSchema>;

/** Largest file the app saves through main: a 2x PNG of a large map, as base64. */
export const MAX_SAVE_CHARS = 200 * 1024 * 1024;

export const savedFileSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), path: z.string() }),
  /** The person closed the save dialog without choosing a place. */
  z.strictObject({ saved: z.literal(false) }),
]);
export type SavedFile = z.infer<typeof savedFileSchema>;

/** A 40 MB PDF as base64: far more than any exported map, within browser mode's body limit. */
export const MAX_PDF_BASE64 = Math.ceil((40 * 1024 * 1024) / 3) * 4;
/** The largest PDF, in bytes, whose base64 text fits MAX_PDF_BASE64. */
export const MAX_PDF_BYTES = (MAX_PDF_BASE64 / 4) * 3;

/** The screens that each stand behind a recovery screen of their own in the renderer. */
export const SCREENS = ['home', 'editor', 'workshop', 'compare', 'print'] as const;
export type Screen = (typeof SCREENS)[number];

/** A 50 MB process model (BPMN, draw.io) as base64: the largest such file Decision Map reads. */
export const MAX_MODEL_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

/** A new map from a process model, with the import's report in the user's words. */
export const importedModelSchema = z.strictObject({
  map: mapSummary,
  /** "Imported 23 steps, 31 arrows, …; left out: 2 boundary events without a target". */
  report: z.string(),
});
export type ImportedModel = z.infer<typeof importedModelSchema>;

/** A draw.io file of several pages sent without a page: its pages, for the person to pick one. */
export const modelPagesSchema = z.strictObject({
  pages: z.array(z.strictObject({ name: z.string(), steps: z.number().int().min(0) })),
});
export type ModelPages = z.infer<typeof modelPagesSchema>;

export const contract = {
  'workspace:status': { args: none, result: workspaceStatusSchema },
  /** Leaves an unreadable workspace file alone and starts an empty one beside it. */
  'workspace:startFresh': { args: none, result: workspaceStatusSchema },
  /** Tries again to take the data folder after another process held it (`in-use`). */
  'workspace:retry': { args: none, result: workspaceStatusSchema },
  /**
   * The open workspace file vanished or was replaced (`gone`): copies everything it held,
   * through the connection still open on it, into a new workspace file in the data folder,
   * and makes that the workspace. Unsaved edits can then be saved again.
   */
  'workspace:rescue': { args: none, result: workspaceStatusSchema },
  /** The backups in the data folder, newest first; answered in every workspace state. */
  'workspace:backups': { args: none, result: z.array(backupInfoSchema) },
  /**
   * Copies a listed backup to a new workspace file beside the current one and opens it; the
   * current file is left exactly as it is. A backup that does not open changes nothing.
   */
  'workspace:restoreBackup': {
    args: z.strictObject({ id: backupId }),
    result: workspaceStatusSchema,
  },
  /**
   * A screen of the renderer failed and showed its recovery screen: the error goes to the
   * log, where main scrubs it like its own (no map content), never to the person.
   */
  'app:screenFailed': {
    args: z.strictObject({
      screen: z.enum(SCREENS),
      name: z.string().max(100),
      message: z.string().max(2000),
      stack: z.string().max(20_000),
    }),
    result: z.null(),
  },
  'maps:list': { args: none, result: z.array(mapSummary) },
  'maps:trash': { args: none, result: z.array(mapSummary) },
  'maps:create': {
    args: z.strictObject({ name: mapName, stage: z.enum(STAGES).optional() }),
    result: mapSummary,
  },
  /** A new map from an example bundled with the app. */
  'maps:createFromExample': {
    args: z.strictObject({ example: z.enum(EXAMPLES) }),
    result: mapSummary,
  },
  /** A new map from the text of a portable map file; a bad file is refused as INVALID_FILE. */
  'maps:import': {
    args: z.strictObject({ text: z.string().max(MAX_FILE_CHARS) }),
    result: mapSummary,
  },
  'maps:rename': { args: z.strictObject({ id: mapId, name: mapName }), result: mapSummary },
  'maps:duplicate': { args: z.strictObject({ id: mapId }), result: mapSummary },
  /**
   * "Start redesign": a to-be copy of an as-is map with the same element ids, linked to it
   * by `derivedFrom`. A to-be map is refused (REDESIGN_NEEDS_AS_IS). There is no compare
   * call: Compare opens both maps (it draws them side by side) and runs the pure
   * `compareMaps` of shared/compare where it needs it.
   */
  'maps:startRedesign': { args: z.strictObject({ id: mapId }), result: mapSummary },
  'maps:delete': { args: z.strictObject({ id: mapId }), result: z.null() },
  'maps:restore': { args: z.strictObject({ id: mapId }), result: mapSummary },
  'maps:emptyTrash': { args: none, result: z.strictObject({ removed: z.number().int() }) },
  'map:open': { args: z.strictObject({ id: mapId }), result: openedMapSchema },
  /**
   * Applies edits in order, in one transaction: all are saved or none. `base` is the
   * revision the edits were made on; when the map was saved since (another tab or window),
   * the edits are refused with MAP_STALE and nothing is written.
   */
  'map:apply': {
    args: z.strictObject({
      id: mapId,
      base: z.number().int().nonnegative(),
      ops: z.array(operationSchema).min(1).max(LIMITS.opsPerSave),
    }),
    result: z.strictObject({ revision: z.number().int() }),
  },
  /**
   * Desktop app only: asks where to save a file (the suggested name first), writes it and
   * shows it in its folder. `content` is text, or base64 for binary kinds (PNG, PDF).
   * Browser mode downloads files itself instead, and refuses this call.
   */
  'files:save': {
    args: z.strictObject({
      suggestedName: z.string().min(1).max(255),
      kind: z.enum(FILE_KINDS),
      content: z.string().max(MAX_SAVE_CHARS),
    }),
    result: savedFileSchema,
  },
  /**
   * Desktop app only: prints the map's print view (`#/print/ID?…`) to PDF in a hidden
   * window, attaches the portable map file, asks where to save it and shows it in its
   * folder. Browser mode refuses with PDF_DESKTOP_ONLY: there the page opens the print view
   * in a tab and the person prints it with the browser's Print → Save as PDF.
   */
  'export:pdf': {
    args: printOptionsSchema.extend({ id: mapId }),
    result: z.union([
      z.strictObject({ path: z.string() }),
      /** The person closed the save dialog without choosing a place. */
      z.strictObject({ cancelled: z.literal(true) }),
    ]),
  },
  /**
   * A new map from a PDF that Decision Map exported (the map file attached to it), sent as
   * base64. A PDF without one, or a damaged file, is refused as INVALID_FILE.
   */
  'maps:importPdf': {
    args: z.strictObject({ base64: z.string().max(MAX_PDF_BASE64) }),
    result: mapSummary,
  },
  /**
   * A new map from a process model someone already has: a BPMN 2.0 file (or, next, a
   * draw.io diagram), told apart by its content, sent as base64 with its file name (which
   * names the map when the file does not). Hostile or unreadable files are refused as
   * INVALID_FILE or FILE_OVER_LIMIT and nothing is written. A draw.io file of several pages
   * sent without `page` writes nothing either: the answer lists its pages, and the call is
   * made again with the index of the one the person picked.
   */
  'maps:importModel': {
    args: z.strictObject({
      fileName: z.string().max(255),
      base64: z.string().max(MAX_MODEL_BASE64),
      page: z.number().int().min(0).max(10_000).optional(),
    }),
    result: z.union([importedModelSchema, modelPagesSchema]),
  },
  /**
   * The room (issue 19): the network addresses a room can listen on. The desktop app lists
   * this machine's; browser mode only the one named by `--room-host` (none without it).
   */
  'room:interfaces': { args: none, result: z.array(roomInterfaceSchema) },
  /**
   * Opens a room for a map on one listed address, with a new join code; one room at a time,
   * so a room already open is closed first (its participants lose their access).
   */
  'room:open': { args: roomOpenArgsSchema, result: roomSnapshotSchema },
  /** Ends the room and every participant's access to it. */
  'room:close': { args: none, result: roomSnapshotSchema },
  /**
   * The room as the facilitator sees it. With `since`, waits (up to `ROOM_WAIT_MS`) until
   * the room has changed past that version, so the page sees joins, answers and dots at once.
   */
  'room:state': {
    args: z.strictObject({ since: z.number().int().min(-1).optional() }),
    result: roomSnapshotSchema,
  },
  /** Follow me, voting, reveal, the dot budget and the shared timer. */
  'room:control': { args: roomControlSchema, result: roomSnapshotSchema },
  /**
   * Marks an answer or question from the room as accepted (the page has applied it to the
   * map as its own edit) or parked (the page has put it in the map's parking lot).
   */
  'room:resolve': {
    args: z.strictObject({
      id: z.string().min(1).max(100),
      status: z.enum(['accepted', 'parked']),
    }),
    result: roomSnapshotSchema,
  },
} as const;

/** How long `room:state` with `since` waits for a change before answering anyway. */
export const ROOM_WAIT_MS = 20_000;

export type Contract = typeof contract;
export type ApiChannel = keyof Contract;
export type Args<C extends ApiChannel> = z.input<Contract[C]['args']>;
export type ParsedArgs<C extends ApiChannel> = z.output<Contract[C]['args']>;
export type Result<C extends ApiChannel> = z.output<Contract[C]['result']>;

export const channels = Object.keys(contract) as ApiChannel[];

/** What a caller of the API sees: one async function per channel. */
export type Api = { [C in ApiChannel]: (args: Args<C>) => Promise<Result<C>> };

/** What main implements: one handler per channel, given validated arguments. */
export type Handlers = {
  [C in ApiChannel]: (args: ParsedArgs<C>) => Result<C> | Promise<Result<C>>;
};

/** A reply crossing a process boundary: either a result or a coded error. */
export type Reply<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { code: string; message: string } };
