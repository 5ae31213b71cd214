/**
 * docs/file-format.md is the public contract of the map file, so its table of fields must be
 * the schema's: every field the newest version's zod schema has is a row (by its path,
 * `map.transitions[].decision.informed`), and no row names a field the schema does not have.
 * A field added to the schema without a line in the docs fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseMapFile } from '../../../shared/file-format/import';
import { FILE_VERSIONS } from '../../../shared/file-format/migrations';
import { fixtureText } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
const DOC_PATH = 'docs/file-format.md';
const FIELDS_HEADING = '## Every field';

/** Wrappers that do not change which fields a value has: look through them. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/**
 * The path of every field under `schema`, parents before children, in schema order: objects
 * add `.key`, arrays `[]`; a record (the votes) is one field whose keys are data, not names.
 */
function fieldPaths(schema: z.ZodType, at = ''): string[] {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  if (WRAPPERS.has(def.type)) return fieldPaths(def.innerType as z.ZodType, at);
  if (def.type === 'pipe') return fieldPaths(def.in as z.ZodType, at);
  if (def.type === 'array') return fieldPaths(def.element as z.ZodType, `${at}[]`);
  if (def.type !== 'object') return [];
  const shape = def.shape as Record<string, z.ZodType>;
  return Object.entries(shape).flatMap(([key, field]) => {
    const own = at ? `${at}.${key}` : key;
    return [own, ...fieldPaths(field, own)];
  });
}

/** The paths in the first column of the table under FIELDS_HEADING: "| `map.id` | …". */
function documentedPaths(markdown: string): string[] {
  const start = markdown.indexOf(`\n${FIELDS_HEADING}\n`);
  if (start < 0) return [];
  const end = markdown.indexOf('\n## ', start + FIELDS_HEADING.length + 2);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]!);
}

function compare(schema: z.ZodType, markdown: string) {
  const inSchema = fieldPaths(schema);
  const inDoc = documentedPaths(markdown);
  return {
    undocumented: inSchema.filter((p) => !inDoc.includes(p)),
    notInSchema: inDoc.filter((p) => !inSchema.includes(p)),
  };
}

describe(DOC_PATH, () => {
  const newest = FILE_VERSIONS[FILE_VERSIONS.length - 1]!;
  const doc = fs.readFileSync(path.join(ROOT, DOC_PATH), 'utf8');

  it(`lists every field of file version ${newest.version}, and only those`, () => {
    expect(compare(newest.schema, doc)).toEqual({ undocumented: [], notInSchema: [] });
  });

  it('shows as its example the fixture the tests call the example, and it imports', () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block, 'no ```json example').toBeDefined();
    expect(JSON.parse(block!)).toEqual(JSON.parse(fixtureText('campaign-small.decisionmap.json')));
    expect(parseMapFile(block!).ok).toBe(true);
  });

  it('walks the schema down to the fields of a decision, positions and votes', () => {
    const paths = fieldPaths(newest.schema);
    expect(paths).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'map.notation',
        'map.votes',
        'map.steps[].position.x',
        'map.transitions[].decision.recommenders',
        'map.transitions[].decision.informed',
        'map.parkingLot[].target',
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('finds a field the docs do not name and a row the schema does not have', () => {
    const schema = z.strictObject({
      map: z.strictObject({
        name: z.string(),
        steps: z.array(z.strictObject({ id: z.string(), colour: z.string().optional() })),
      }),
    });
    const markdown = [
      '# File',
      '| `map.name` | ... |',
      FIELDS_HEADING,
      '| field | meaning |',
      '| `map` | the map |',
      '| `map.name` | its name |',
      '| `map.steps` | its steps |',
      '| `map.steps[].id` | an id |',
      '| `map.stage` | gone |',
      '## Next',
      '| `map.steps[].colour` | outside the section, so not counted |',
    ].join('\n');
    expect(compare(schema, markdown)).toEqual({
      undocumented: ['map.steps[].colour'],
      notInSchema: ['map.stage'],
    });
  });
});
