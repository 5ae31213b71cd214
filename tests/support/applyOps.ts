/** A map:apply call for tests, benchmarks and the kill-test child (no vitest imports here). */
import type { Handlers, OpenedMap, ParsedArgs } from '../../shared/api/contract';
import type { MapId } from '../../shared/model';
import type { Operation } from '../../shared/operations/types';

/**
 * Calls map:apply with the model's own Operation values, based on the map's revision as
 * stored now (or `base`, to test a stale one). The contract's parsed types have mutable
 * arrays where the model's are readonly: the same data, so the cast is safe here (in the
 * app, dispatch hands the handler freshly parsed objects). The workspace's handlers answer
 * synchronously, which keeps this usable from synchronous loops.
 */
export function applyOps(
  handlers: Handlers,
  id: MapId,
  ops: readonly Operation[],
  base: number = (handlers['map:open']({ id }) as OpenedMap).revision,
) {
  return handlers['map:apply']({ id, base, ops: ops as ParsedArgs<'map:apply'>['ops'] });
}
