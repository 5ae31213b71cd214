/**
 * A fake of our own API interface (`Api`, shared/api/contract.ts) for building a store in a
 * node-only test: it keeps maps in memory with a revision each, as main's store does, saves
 * a batch made on the current revision, and refuses one made on an older revision with
 * MAP_STALE. A test can have the next saves refused with any coded error, or have "another
 * window" save the map first. Calls it does not fake fail with INVALID_REQUEST, so a test
 * that reaches one says so.
 */
import { channels, type Api, type Args } from '../../shared/api/contract';
import { ERROR_MESSAGES, type ErrorCode } from '../../shared/errors';
import type { MapDocument, MapId } from '../../shared/model';
import { applyOperations } from '../../shared/operations/apply';
import type { Operation } from '../../shared/operations/types';
import { ApiError } from '../../renderer/src/api/apiError';

const refusal = (code: ErrorCode) => new ApiError(code, ERROR_MESSAGES[code]);

export class FakeDecisionMapApi {
  private readonly saved = new Map<MapId, { doc: MapDocument; revision: number }>();
  /** Every batch the store asked to save, refused or not, in order. */
  readonly saveCalls: Args<'map:apply'>[] = [];
  /** The code every save is refused with while set (main's coded errors); null saves them. */
  refuseSavesWith: ErrorCode | null = null;
  readonly api: Api;

  constructor(maps: readonly MapDocument[]) {
    for (const doc of maps) this.saved.set(doc.info.id, { doc, revision: 1 });
    const calls: Record<string, (args: unknown) => Promise<unknown>> = {};
    for (const channel of channels) {
      calls[channel] = () => Promise.reject(refusal('INVALID_REQUEST'));
    }
    calls['map:open'] = async (args) => this.open(args as Args<'map:open'>);
    calls['map:apply'] = async (args) => this.apply(args as Args<'map:apply'>);
    this.api = calls as Api;
  }

  /** The map as saved now, and its revision. */
  savedMap(id: MapId): { doc: MapDocument; revision: number } {
    const entry = this.saved.get(id);
    if (!entry) throw new Error(`No map ${id} in the fake.`);
    return entry;
  }

  /** Another window saves edits to the map first: its revision moves on. */
  saveElsewhere(id: MapId, ops: readonly Operation[]): void {
    const { doc, revision } = this.savedMap(id);
    this.saved.set(id, { doc: applyOperations(doc, ops), revision: revision + 1 });
  }

  private async open({ id }: Args<'map:open'>) {
    const entry = this.saved.get(id as MapId);
    if (!entry) throw refusal('MAP_NOT_FOUND');
    return { doc: entry.doc, revision: entry.revision };
  }

  private async apply(args: Args<'map:apply'>) {
    this.saveCalls.push(args);
    if (this.refuseSavesWith) throw refusal(this.refuseSavesWith);
    const id = args.id as MapId;
    const { doc, revision } = this.savedMap(id);
    if (args.base !== revision) throw refusal('MAP_STALE');
    const next = { doc: applyOperations(doc, args.ops as Operation[]), revision: revision + 1 };
    this.saved.set(id, next);
    return { revision: next.revision };
  }
}
