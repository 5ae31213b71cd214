/**
 * The largest map the limits allow, made through the API, exports to a file that browser
 * mode imports again (issue 12, item 8). Its notes are all quotation marks, the text whose
 * JSON escaping grows the most: each is two bytes in the file and four in the request that
 * carries the file, so this is the largest import request a valid map file can make.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../main/http/server';
import { LIMITS } from '../../../shared/content/limits';
import { serializeMapFile } from '../../../shared/file-format/export';
import type { MapDocument } from '../../../shared/model';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const MB = 1024 * 1024;

it('is refused one edit past the file limit, and its export imports through HTTP', async () => {
  const created = (await h.api('maps:create', { name: 'As large as a map may be' })).json();
  const id = (created.value as { id: string }).id;
  const notes = '"'.repeat(LIMITS.text);
  let n = 0;
  let refusal: { code: string; message: string } | undefined;
  let base = 0;
  while (!refusal && n < 5000) {
    const steps = Array.from({ length: 50 }, () => ({
      id: `s-${n++}`,
      label: `Step ${n}`,
      kind: 'task',
      performer: null,
      produces: [],
      notes,
      position: { x: n * 10, y: 0 },
    }));
    const reply = (
      await h.api('map:apply', {
        id,
        base,
        ops: [{ type: 'elements/add', steps, transitions: [] }],
      })
    ).json() as {
      ok: boolean;
      value?: { revision: number };
      error?: { code: string; message: string };
    };
    if (!reply.ok) refusal = reply.error;
    else base = reply.value!.revision;
  }
  expect(refusal?.code).toBe('INVALID_EDIT');
  expect(refusal?.message).toContain('a map file holds at most 50 MB');

  const { doc } = (await h.api('map:open', { id })).json().value as { doc: MapDocument };
  const text = serializeMapFile(doc);
  const fileBytes = Buffer.byteLength(text);
  expect(fileBytes).toBeLessThanOrEqual(LIMITS.fileBytes);
  expect(fileBytes).toBeGreaterThan(LIMITS.fileBytes - 2 * MB);
  const body = JSON.stringify({ text });
  // Larger than the 60 MB the server used to take, within what it takes now.
  expect(Buffer.byteLength(body)).toBeGreaterThan(60 * MB);
  expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);

  const imported = (await h.api('maps:import', { text })).json() as {
    ok: boolean;
    value?: { id: string };
    error?: unknown;
  };
  expect(imported.error).toBeUndefined();
  const back = (await h.api('map:open', { id: imported.value!.id })).json().value as {
    doc: MapDocument;
  };
  // The same map under a new id (the original still holds its own) and, as a second import
  // of one name, named "(2)".
  expect(back.doc.info.name).toBe(`${doc.info.name} (2)`);
  expect({ ...back.doc, info: { ...back.doc.info, id, name: doc.info.name } }).toEqual(doc);
}, 180_000);
