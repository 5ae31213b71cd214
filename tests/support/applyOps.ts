/** A map:apply call for tests, benchmarks and the kill-test child (no vitest imports here). */
import type { Handlers, ParsedArgs } from '../../shared/api/contract';
import type { MapId } from '../../shared/model';
import type { Operation } from '../../shared/operations/types';

/**
 * Calls map:apply with the model's own Operation values. The contract's parsed types have
 * mutable arrays where the model's are readonly: the same data, so the cast is safe here
 * (in the app, dispatch hands the handler freshly parsed objects).
 */
export function applyOps(handlers: Handlers, id: MapId, ops: readonly Operation[]) {
  return handlers['map:apply']({ id, ops: ops as ParsedArgs<'map:apply'>['ops'] });
}
