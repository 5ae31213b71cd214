/** The portable map file: read (`parseMapFile`), write (`serializeMapFile`), and re-id on import. */
export { parseMapFile, type ParseResult } from './import';
export { serializeMapFile, toMapFile } from './export';
export { remapCollidingIds, type IdKind, type RemapResult } from './idRemap';
export { CURRENT_VERSION, type CurrentMapFile } from './migrations';
export { FILE_FORMAT, MAX_ELEMENTS, type MapFileV1 } from './schema';
export { type MapFileV2 } from './schemaV2';
export { MAX_FILE_CHARS, MAX_DEPTH } from './safeJson';
