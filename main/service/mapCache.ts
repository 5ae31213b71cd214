/**
 * Opened maps kept in memory. Main is the only writer, so a cached map always equals its
 * rows; a save updates the entry instead of re-reading thousands of rows. Bounded, least
 * recently used first out, so a long session that opened many large maps stays small.
 */
import type { MapId } from '../../shared/model';
import type { LoadedMap } from '../store';

export type CachedMap = Omit<LoadedMap, 'deletedAt'>;

export class MapCache {
  private readonly entries = new Map<MapId, CachedMap>();

  constructor(private readonly capacity = 16) {}

  get(id: MapId): CachedMap | undefined {
    const entry = this.entries.get(id);
    if (entry) {
      // Re-inserting moves the entry to the end: Map iterates in insertion order.
      this.entries.delete(id);
      this.entries.set(id, entry);
    }
    return entry;
  }

  set(id: MapId, entry: CachedMap): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(id: MapId): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}
