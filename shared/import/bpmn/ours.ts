/**
 * Our own BPMN extension: what a BPMN file cannot say (who decides, criteria, change rules,
 * the exact kind and position of a step) travels in `<dm:data>` extension elements of our
 * namespace, as the same JSON entries the portable map file writes. Other tools keep and
 * ignore them; our import reads them back, so import(export(map)) is the same map.
 */
import { z } from 'zod';
import { informationV1, parkingLotItemV1, roleV1, stepV1 } from '../../file-format/schema';
import { transitionV2 } from '../../file-format/schemaV2';
import { DEFAULT_NOTATION, NOTATIONS, STAGES } from '../../model';
import { labelField, longTextField, nameField } from '../../content/fields';

/** The namespace of our extension elements; versioned by its last segment. */
export const DM_NAMESPACE = 'https://decisionmap.app/schema/bpmn/1';
export const DM_PREFIX = 'dm';

/** What the process's `dm:data` carries: the map's own fields and its roster. */
export const ourMapSchema = z.strictObject({
  name: nameField.min(1),
  purpose: longTextField.default(''),
  stage: z.enum(STAGES).default('as-is'),
  // Version 2 of the map file: the notation, and recommenders and informed on each decision
  // (an export written before them reads with their defaults).
  notation: z.enum(NOTATIONS).default(DEFAULT_NOTATION),
  roles: z.array(roleV1).default(() => []),
  information: z.array(informationV1).default(() => []),
  parkingLot: z.array(parkingLotItemV1).default(() => []),
  votes: z.record(labelField, z.number().int().min(1)).default(() => ({})),
});
export type OurMap = z.output<typeof ourMapSchema>;
export type OurStep = z.output<typeof stepV1>;
export type OurTransition = z.output<typeof transitionV2>;

/** Reads one `dm:data` text against `schema`; null when absent or not what we write. */
function read<S extends z.ZodType>(schema: S, text: string | null): z.output<S> | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const readOurMap = (text: string | null): OurMap | null => read(ourMapSchema, text);
export const readOurStep = (text: string | null): OurStep | null => read(stepV1, text);
export const readOurTransition = (text: string | null): OurTransition | null =>
  read(transitionV2, text);
