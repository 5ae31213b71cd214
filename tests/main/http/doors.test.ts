/**
 * One rule for what a map may hold, at every door (issue 12, items 4 and 8). For a table of
 * hostile and borderline ids and texts, each door answers the same: a map file's import
 * (the pure parser, and maps:import through the IPC dispatch and over HTTP) and an edit
 * (map:apply through the IPC dispatch and over HTTP), against a real workspace on SQLite.
 * What one accepts, all accept and store exactly; what one refuses, all refuse, naming the
 * field, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { LIMITS } from '../../../shared/content/limits';
import { parseMapFile } from '../../../shared/file-format/import';
import type { MapDocument } from '../../../shared/model';
import { example } from '../../shared/file-format/helpers';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

const viaIpc = (channel: string, args: unknown) =>
  dispatch(h.service.handlers, channel, args) as Promise<Reply>;
const viaHttp = async (channel: string, args: unknown): Promise<Reply> =>
  (await h.api(channel, args)).json() as Reply;

const mapCount = async () => ((await viaHttp('maps:list', {})).value as unknown[]).length;

/** A map with one step `s-1` and one parked question `p-1`, to edit. */
async function freshMap(): Promise<string> {
  const created = await viaHttp('maps:create', { name: 'Door test' });
  const id = (created.value as { id: string }).id;
  const reply = await viaHttp('map:apply', {
    id,
    base: 0,
    ops: [
      {
        type: 'elements/add',
        steps: [
          {
            id: 's-1',
            label: 'Step',
            kind: 'task',
            performer: null,
            produces: [],
            notes: '',
            position: { x: 0, y: 0 },
          },
        ],
        transitions: [],
      },
      { type: 'parking/add', item: { id: 'p-1', text: 'Who decides?', target: null } },
    ],
  });
  expect(reply.ok).toBe(true);
  return id;
}

const open = async (id: string) =>
  (await viaHttp('map:open', { id })).value as { doc: MapDocument };

interface Field {
  /** Where the value goes in docs/file-format.md's example file, and the path a refusal names. */
  readonly inFile: (file: ReturnType<typeof example>, value: string) => string;
  /** The edit that sets the value on a fresh map, and the path a refusal names. */
  readonly edit: (value: string) => { op: unknown; path: string };
  /** Whether the stored map holds the value exactly. */
  readonly holds: (doc: MapDocument, value: string) => boolean;
}

const FIELDS: Record<'role id' | 'step label' | 'parked question', Field> = {
  'role id': {
    inFile: (file, value) => {
      file.map.roles.push({ id: value, name: 'Someone', kind: 'role' });
      return 'map.roles[2].id';
    },
    edit: (value) => ({
      op: { type: 'role/add', role: { id: value, name: 'Someone', kind: 'role' } },
      path: 'ops[0].role.id',
    }),
    holds: (doc, value) => Object.hasOwn(doc.roles, value) && doc.roles[value]!.id === value,
  },
  'step label': {
    inFile: (file, value) => {
      file.map.steps[0].label = value;
      return 'map.steps[0].label';
    },
    edit: (value) => ({
      op: { type: 'step/update', id: 's-1', patch: { label: value } },
      path: 'ops[0].patch.label',
    }),
    holds: (doc, value) => Object.values(doc.steps).some((s) => s.label === value),
  },
  'parked question': {
    inFile: (file, value) => {
      file.map.parkingLot[0].text = value;
      return 'map.parkingLot[0].text';
    },
    edit: (value) => ({
      op: { type: 'parking/update', id: 'p-1', patch: { text: value } },
      path: 'ops[0].patch.text',
    }),
    holds: (doc, value) => doc.parkingLot.some((p) => p.text === value),
  },
};

type Case = [string, keyof typeof FIELDS, string, 'accepted' | 'refused', string?];

/** The last column: a word the refusal must contain besides the field's path, if any. */
const CASES: Case[] = [
  ['a lone high surrogate', 'role id', 'r-\uD800', 'refused', 'half of a character'],
  ['a lone low surrogate', 'role id', '\uDC00', 'refused', 'half of a character'],
  ['a pair in the wrong order', 'role id', 'r\uDE80\uD83D', 'refused', 'half of a character'],
  ['constructor', 'role id', 'constructor', 'refused', 'reserves'],
  ['__proto__', 'role id', '__proto__', 'refused', 'reserves'],
  ['toString', 'role id', 'toString', 'refused', 'reserves'],
  ['hasOwnProperty', 'role id', 'hasOwnProperty', 'refused', 'reserves'],
  ['an empty id', 'role id', '', 'refused'],
  ['an id of 101 characters', 'role id', 'r'.repeat(101), 'refused'],
  ['the id of a step', 'role id', 's-1', 'refused'],
  ['an id of 100 characters', 'role id', 'r'.repeat(100), 'accepted'],
  ['an id of 50 emoji (100 units)', 'role id', '🚀'.repeat(50), 'accepted'],
  ['an id with quotes, a line break and U+FFFD', 'role id', 'r "q"\n\uFFFD', 'accepted'],
  ['a label ending in half an emoji', 'step label', 'Launch \uD83D', 'refused', 'half'],
  ['a label starting with a low half', 'step label', '\uDE80 Launch', 'refused', 'half'],
  ['a label of 501 characters', 'step label', 'x'.repeat(501), 'refused'],
  ['a label of 500 characters', 'step label', 'x'.repeat(LIMITS.label), 'accepted'],
  ['a label of 250 emoji', 'step label', '🚀'.repeat(250), 'accepted'],
  ['a label with NUL, BOM and separators', 'step label', 'a\u0000b\uFEFF\u2028c', 'accepted'],
  ['an empty parked question', 'parked question', '', 'refused'],
  ['a parked question of spaces', 'parked question', '   ', 'refused', 'only spaces'],
  ['a parked question of 2,001', 'parked question', '?'.repeat(2001), 'refused'],
  ['a parked question of 2,000', 'parked question', '?'.repeat(2000), 'accepted'],
  ['a parked question with half a pair', 'parked question', 'Who?\uDBFF', 'refused', 'half'],
];

describe('every door answers the same', () => {
  it.each(CASES)('%s (%s)', async (_, fieldName, value, expected, words) => {
    const field = FIELDS[fieldName];
    const file = example();
    // Like the map edited below, the file holds a step s-1 and a parked question p-1. (Its
    // map id is taken after the first import; the service gives later imports a new one.)
    file.map.steps.push({ id: 's-1', label: 'Step', kind: 'task' });
    const filePath = field.inFile(file, value);
    const text = JSON.stringify(file);
    const before = await mapCount();

    const parsed = parseMapFile(text);
    const importIpc = await viaIpc('maps:import', { text });
    const importHttp = await viaHttp('maps:import', { text });
    const { op, path } = field.edit(value);
    const ipcMap = await freshMap();
    const applyIpc = await viaIpc('map:apply', { id: ipcMap, base: 1, ops: [op] });
    const httpMap = await freshMap();
    const applyHttp = await viaHttp('map:apply', { id: httpMap, base: 1, ops: [op] });

    const accepted = expected === 'accepted';
    expect({
      parse: parsed.ok,
      importIpc: importIpc.ok,
      importHttp: importHttp.ok,
      applyIpc: applyIpc.ok,
      applyHttp: applyHttp.ok,
    }).toEqual({
      parse: accepted,
      importIpc: accepted,
      importHttp: accepted,
      applyIpc: accepted,
      applyHttp: accepted,
    });

    if (accepted) {
      // Stored exactly as given, by every door, and read back from SQLite so.
      expect(await mapCount()).toBe(before + 4);
      for (const reply of [importIpc, importHttp]) {
        const { doc } = await open((reply.value as { id: string }).id);
        expect(field.holds(doc, value)).toBe(true);
      }
      for (const id of [ipcMap, httpMap])
        expect(field.holds((await open(id)).doc, value)).toBe(true);
      return;
    }

    // Refused: no map imported, nothing changed in the maps edited.
    expect(await mapCount()).toBe(before + 2);
    for (const id of [ipcMap, httpMap])
      expect(field.holds((await open(id)).doc, value)).toBe(false);
    if (parsed.ok) return;
    const named = parsed.problems.find((p) => p.includes(filePath) || p.includes('s-1'));
    expect(named, parsed.problems.join('\n')).toBeDefined();
    for (const reply of [importIpc, importHttp]) {
      expect(reply.error?.code).toBe('INVALID_FILE');
      expect(reply.error?.message).toContain(named!);
    }
    if (words) {
      expect(named).toContain(words);
      // The content rules name the field at the API as well, in the same words.
      for (const reply of [applyIpc, applyHttp]) {
        expect(reply.error?.code).toBe('INVALID_REQUEST');
        expect(reply.error?.message).toContain(`${path} `);
        expect(reply.error?.message).toContain(words);
      }
    }
  });
});

describe('ids that differ only in a half character', () => {
  it('are refused, not collapsed into one U+FFFD id that loses a step and a role', async () => {
    const file = example();
    // Both would be stored as "r-\uFFFD" and "s-\uFFFD": one role and one step would vanish.
    file.map.roles.push({ id: 'r-\uD800', name: 'One', kind: 'role' });
    file.map.roles.push({ id: 'r-\uDBFF', name: 'Other', kind: 'role' });
    file.map.steps.push({ id: 's-\uDC00', label: 'One', kind: 'task' });
    file.map.steps.push({ id: 's-\uDFFF', label: 'Other', kind: 'task' });
    const before = await mapCount();
    const reply = await viaHttp('maps:import', { text: JSON.stringify(file) });
    expect(reply.ok).toBe(false);
    expect(reply.error?.message).toMatch(
      /^This file could not be imported: map\.roles\[2\]\.id has half of a character at position 3 \(a lone surrogate, \\uD800\); text must be valid Unicode, so Decision Map does not keep it\. /,
    );
    expect(reply.error?.message).toContain('map.roles[3].id has half of a character');
    expect(reply.error?.message).toContain('map.steps[2].id has half of a character');
    expect(reply.error?.message).toMatch(/Nothing was changed\.$/);
    expect(await mapCount()).toBe(before);
  });

  it('are refused as an edit too, so no door can make the map that import refuses', async () => {
    const id = await freshMap();
    const reply = await viaHttp('map:apply', {
      id,
      base: 1,
      ops: [
        { type: 'role/add', role: { id: 'r-\uD800', name: 'One', kind: 'role' } },
        { type: 'role/add', role: { id: 'r-\uDBFF', name: 'Other', kind: 'role' } },
      ],
    });
    expect(reply.error?.code).toBe('INVALID_REQUEST');
    expect(reply.error?.message).toContain('ops[0].role.id has half of a character');
    expect(Object.keys((await open(id)).doc.roles)).toEqual([]);
  });
});

describe('bytes that are not UTF-8 over HTTP', () => {
  it('are refused, never turned into U+FFFD in silence', async () => {
    const before = await mapCount();
    // A surrogate written as UTF-8 bytes (CESU-8): no valid UTF-8 decoder accepts it.
    const body = Buffer.concat([
      Buffer.from('{"name":"Broken '),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('"}'),
    ]);
    const res = await h.send('/api/maps:create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-decision-map-token': h.web.token },
      body,
    });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await mapCount()).toBe(before);
  });
});
