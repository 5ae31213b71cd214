/**
 * The portable map file, version 2: version 1 plus what the decision-rights matrix needs —
 * `recommenders` and `informed` on each decision, and the map's `notation` (RACI, RAPID or
 * DACI). Built from version 1's released parts, which stay as they are; the new fields are
 * optional in the file and get their empty defaults, like every optional field of version 1.
 *
 * Once released, this schema is never edited: a version 3 gets its own schema and a
 * migration from this one (see `migrations.ts`).
 */
import { z } from 'zod';
import { DEFAULT_NOTATION, NOTATIONS } from '../model';
import { DECISION_QUESTION_IDS } from '../questions';
import {
  decisionV1,
  FILE_FORMAT,
  mapFileV1Schema,
  MAX_ELEMENTS,
  optionalIds,
  transitionV1,
  type MapFileV1,
} from './schema';

const decisionV2 = decisionV1.extend({
  recommenders: optionalIds(),
  informed: optionalIds(),
  // Optional and only written when not empty, so a file without it is as valid as before
  // and no version is needed: the questions the room answered (issue 19).
  fromRoom: z.array(z.enum(DECISION_QUESTION_IDS)).max(DECISION_QUESTION_IDS.length).optional(),
});

/** One arrow as version 2 writes it (also what a BPMN export's `dm:data` carries). */
export const transitionV2 = transitionV1.extend({ decision: decisionV2 });

const mapV1 = mapFileV1Schema.shape.map;

/** The whole file, version 2. `format` and `version` are checked before this runs. */
export const mapFileV2Schema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(2),
  map: mapV1.extend({
    notation: z.enum(NOTATIONS).default(DEFAULT_NOTATION),
    transitions: z
      .array(transitionV2)
      .max(MAX_ELEMENTS)
      .default(() => []),
  }),
});

/** A version 2 file after validation: every optional field filled in except `position`. */
export type MapFileV2 = z.output<typeof mapFileV2Schema>;

/**
 * Version 1 to version 2, pure: every decision gains no recommenders and no one informed
 * (version 1 could not say), and the map is read in the default notation.
 */
export function upgradeV1(file: MapFileV1): MapFileV2 {
  return {
    ...file,
    version: 2,
    map: {
      ...file.map,
      notation: DEFAULT_NOTATION,
      transitions: file.map.transitions.map((t) => ({
        ...t,
        decision: { ...t.decision, recommenders: [], informed: [] },
      })),
    },
  };
}
