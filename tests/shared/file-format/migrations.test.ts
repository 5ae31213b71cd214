/** The version chain: a new version adds a schema and one upgrade function. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CURRENT_VERSION,
  defineVersion,
  FILE_VERSIONS,
  readVersioned,
} from '../../../shared/file-format/migrations';
import { mapFileV1Schema, type MapFileV1 } from '../../../shared/file-format/schema';
import { example } from './helpers';

describe('file versions', () => {
  it('reads versions 1 and 2 today', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(FILE_VERSIONS.map((v) => v.version)).toEqual([1, 2]);
  });

  // The upgrade from version 1, as a table: what a version 1 file says, what version 2 holds.
  it.each([
    ['a decision with no one to recommend or inform', {}, { recommenders: [], informed: [] }],
    [
      'a decision with deciders and approvers keeps them',
      { deciders: ['r-cmo'], approvers: ['r-team'] },
      { deciders: ['r-cmo'], approvers: ['r-team'], recommenders: [], informed: [] },
    ],
  ])('upgrades %s', (_name, given, expected) => {
    const file = example();
    Object.assign(file.map.transitions[0].decision, given);
    const before = JSON.stringify(file);
    const result = readVersioned(file, 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.version).toBe(2);
    expect(result.file.map.notation).toBe('RACI');
    expect(result.file.map.transitions[0]!.decision).toMatchObject(expected);
    // Pure: the file it was given is untouched.
    expect(JSON.stringify(file)).toBe(before);
  });

  it('refuses recommenders or informed in a version 1 file: version 1 never had them', () => {
    const file = example();
    file.map.transitions[0].decision.informed = ['r-cmo'];
    const result = readVersioned(file, 1);
    expect(result.ok).toBe(false);
  });

  it('reads a version 2 file with the new fields as written', () => {
    const file = example();
    file.version = 2;
    file.map.notation = 'RAPID';
    file.map.transitions[0].decision.recommenders = ['r-team'];
    file.map.transitions[0].decision.informed = ['r-cmo'];
    const result = readVersioned(file, 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.map.notation).toBe('RAPID');
    expect(result.file.map.transitions[0]!.decision.recommenders).toEqual(['r-team']);
    expect(result.file.map.transitions[0]!.decision.informed).toEqual(['r-cmo']);
  });

  it('validates against the declared version, then upgrades step by step', () => {
    // A pretend version 2 that renames `purpose` to `goal`: one schema, one pure function.
    const v2Schema = z.object({
      format: z.literal('decision-map'),
      version: z.literal(2),
      goal: z.string(),
    });
    const v1ToV2 = (file: MapFileV1) => ({
      format: file.format,
      version: 2 as const,
      goal: file.map.purpose,
    });
    const versions = [
      defineVersion({ version: 1, schema: mapFileV1Schema, upgrade: v1ToV2 }),
      defineVersion({ version: 2, schema: v2Schema }),
    ];
    const fromV1 = readVersioned(example(), 1, versions);
    expect(fromV1).toEqual({
      ok: true,
      file: { format: 'decision-map', version: 2, goal: 'From brief to live campaign' },
    });
    const fromV2 = readVersioned({ format: 'decision-map', version: 2, goal: 'x' }, 2, versions);
    expect(fromV2).toEqual({ ok: true, file: { format: 'decision-map', version: 2, goal: 'x' } });
  });

  it('names fields as the file of that version spells them', () => {
    const file = example();
    file.map.steps[0].kind = 'nope';
    const result = readVersioned(file, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^map\.steps\[0\]\.kind must be one of/);
  });
});
