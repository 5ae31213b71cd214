/** The SQLite workspace store: open (probe, configure, migrate) and read/write maps. */
export { openDatabase, type OpenDatabaseOptions, type OpenedDatabase } from './open';
export { MapStore, MapGone, MapStale, type LoadedMap, type MapEdit } from './mapStore';
export { MIGRATIONS, latestVersion, APPLICATION_ID, type Migration } from './migrations';
export { planRows, commitRows, type RowPlan, type SortIndex } from './sortPlan';
export { ELEMENT_TABLES, type ElementTable } from './rows';
