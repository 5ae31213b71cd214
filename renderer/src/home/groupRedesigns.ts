import type { MapSummary } from '../../../shared/model';

export interface ListedMap {
  readonly map: MapSummary;
  /** A to-be map listed under the as-is map it was derived from. */
  readonly nested: boolean;
}

/**
 * Home's order: newest first, except that each to-be map sits right under its as-is map, so
 * a process and its redesigns are seen together. A to-be map whose as-is map is gone (in
 * the trash) stands on its own.
 */
export function groupRedesigns(maps: readonly MapSummary[]): ListedMap[] {
  const live = new Set(maps.map((m) => m.id as string));
  const redesigns = new Map<string, MapSummary[]>();
  for (const map of maps) {
    if (map.derivedFrom && live.has(map.derivedFrom)) {
      const list = redesigns.get(map.derivedFrom) ?? [];
      list.push(map);
      redesigns.set(map.derivedFrom, list);
    }
  }
  const listed: ListedMap[] = [];
  for (const map of maps) {
    if (map.derivedFrom && live.has(map.derivedFrom)) continue;
    listed.push({ map, nested: false });
    for (const redesign of redesigns.get(map.id) ?? [])
      listed.push({ map: redesign, nested: true });
  }
  return listed;
}
