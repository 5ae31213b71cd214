/**
 * Every released version of the map file, and the pure functions that upgrade one to the
 * next. Every import passes through `readVersioned`: a file is validated against the schema
 * of the version it declares (so messages name fields as the file spells them), then
 * upgraded step by step to the current version. Released entries are never edited.
 *
 * To release version 3: write `mapFileV3Schema`, give version 2 an `upgrade` (a pure
 * `(v2: MapFileV2) => MapFileV3`), append `{ version: 3, schema: mapFileV3Schema }`, and
 * point `CurrentMapFile` at the new type.
 */
import type { z } from 'zod';
import { capProblems, describeIssue } from './messages';
import { mapFileV1Schema } from './schema';
import { mapFileV2Schema, upgradeV1, type MapFileV2 } from './schemaV2';

/** The shape every import ends in and every export writes. */
export type CurrentMapFile = MapFileV2;

/** One released version: its schema and the upgrade of a valid file of it to the next. */
export interface FileVersion {
  readonly version: number;
  readonly schema: z.ZodType;
  readonly upgrade?: (file: never) => unknown;
}

/** Ties an upgrade's parameter to its schema's output, so a migration is type-checked. */
export function defineVersion<S extends z.ZodType>(entry: {
  version: number;
  schema: S;
  upgrade?: (file: z.output<S>) => unknown;
}): FileVersion {
  return entry as FileVersion;
}

/** Oldest first; each entry's `upgrade` produces the next entry's version. */
export const FILE_VERSIONS: readonly FileVersion[] = [
  defineVersion({ version: 1, schema: mapFileV1Schema, upgrade: upgradeV1 }),
  // Version 2: recommenders and informed on decisions, the map's notation (issue 18).
  defineVersion({ version: 2, schema: mapFileV2Schema }),
];

/** The newest version this app reads and writes. */
export const CURRENT_VERSION: number = FILE_VERSIONS[FILE_VERSIONS.length - 1]!.version;

export type VersionedResult =
  { ok: true; file: CurrentMapFile } | { ok: false; problems: string[] };

/**
 * Validates a parsed file against the schema of its declared `version` and upgrades it to
 * the newest version. `version` must already be known to be one of `versions`.
 */
export function readVersioned(
  raw: unknown,
  version: number,
  versions: readonly FileVersion[] = FILE_VERSIONS,
): VersionedResult {
  const start = versions.findIndex((entry) => entry.version === version);
  const entry = versions[start];
  if (!entry) return { ok: false, problems: [`Version ${version} of the map file is not known.`] };
  const parsed = entry.schema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    return { ok: false, problems: capProblems(parsed.error.issues.map(describeIssue)) };
  let file: unknown = parsed.data;
  for (const step of versions.slice(start, -1)) {
    if (!step.upgrade) throw new Error(`file version ${step.version} has no upgrade`);
    file = (step.upgrade as (file: unknown) => unknown)(file);
  }
  return { ok: true, file: file as CurrentMapFile };
}
