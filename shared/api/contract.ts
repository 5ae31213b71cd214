/**
 * The one contract between the renderer and main. Every call is named once here with
 * schemas for its argument and result; main registers exactly these handlers, the preload
 * exposes exactly these calls, and the browser-mode client posts exactly these names.
 */
import { z } from 'zod';
import { STAGES, type MapDocument, type MapId, type MapSummary } from '../model';
import { MAX_FILE_CHARS } from '../file-format/safeJson';
import { LIMITS, operationSchema } from '../operations/schema';

const mapId = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .transform((v) => v as MapId);
const mapName = z.string().trim().min(1, 'A map needs a name.').max(LIMITS.name);
const none = z.strictObject({});

const mapSummary = z.custom<MapSummary>((v) => typeof v === 'object' && v !== null);
const mapDocument = z.custom<MapDocument>((v) => typeof v === 'object' && v !== null);

/** The example maps bundled with the app. */
export const EXAMPLES = ['campaign-launch'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('ready'), path: z.string() }),
  z.strictObject({
    state: z.enum(['unreadable', 'too-new']),
    path: z.string(),
    message: z.string(),
  }),
]);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const openedMapSchema = z.strictObject({ doc: mapDocument, revision: z.number().int() });
export type OpenedMap = z.infer<typeof openedMapSchema>;

export const contract = {
  'workspace:status': { args: none, result: workspaceStatusSchema },
  /** Leaves an unreadable workspace file alone and starts an empty one beside it. */
  'workspace:startFresh': { args: none, result: workspaceStatusSchema },
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
  'maps:delete': { args: z.strictObject({ id: mapId }), result: z.null() },
  'maps:restore': { args: z.strictObject({ id: mapId }), result: mapSummary },
  'maps:emptyTrash': { args: none, result: z.strictObject({ removed: z.number().int() }) },
  'map:open': { args: z.strictObject({ id: mapId }), result: openedMapSchema },
  /** Applies edits in order, in one transaction: all are saved or none. */
  'map:apply': {
    args: z.strictObject({
      id: mapId,
      ops: z.array(operationSchema).min(1).max(LIMITS.opsPerSave),
    }),
    result: z.strictObject({ revision: z.number().int() }),
  },
} as const;

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
