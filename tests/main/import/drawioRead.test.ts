/**
 * Reading draw.io files: draw.io's own templates, compressed and not, come out as pages of
 * cells with plain-text labels; files made to hurt are refused with a plain sentence, each
 * within a second, in-process and in the untrusted-file worker.
 */
import { describe, expect, test } from 'vitest';
import { readDrawio } from '../../../main/import/drawio';
import { FileRefused } from '../../../main/untrusted/limits';
import { parseUntrusted } from '../../../main/untrusted/run';
import { UNTRUSTED_WORKER } from '../../../main/untrusted/workerPath';
import {
  compressPage,
  deflateBomb,
  edge,
  fixture,
  manyCells,
  model,
  mxfile,
  vertex,
} from '../../support/drawioFiles';

async function refusal(reading: Promise<unknown>): Promise<FileRefused> {
  const error = await reading.then(
    () => new Error('the file was read, not refused'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileRefused);
  return error as FileRefused;
}

describe('draw.io files as draw.io writes them', () => {
  test('a compressed template: its cells, labels as text without HTML', async () => {
    const file = await readDrawio(fixture('flowchart.xml'));
    expect(file.pages.map((p) => p.name)).toEqual(['Page-1']);
    const labels = file.pages[0]!.cells.filter((c) => c.vertex).map((c) => c.label);
    expect(labels).toContain('Lamp plugged in?');
    expect(labels).toContain('Bulb burned out?');
    const rhombus = file.pages[0]!.cells.find((c) => c.label === 'Lamp plugged in?')!;
    expect(rhombus.style.startsWith('rhombus')).toBe(true);
    expect(rhombus.geometry).toEqual({ x: 170, y: 170, width: 100, height: 80 });
    const yes = file.pages[0]!.cells.filter((c) => c.edge && c.label === 'Yes');
    expect(yes).toHaveLength(2);
  });

  test('an uncompressed file of two pages, with UserObject cells and HTML labels', async () => {
    const file = await readDrawio(fixture('sourdough-process.drawio'));
    expect(file.pages.map((p) => p.name)).toEqual([
      'Make sourdough starter',
      'Make sourdough loaf',
    ]);
    const first = file.pages[0]!.cells;
    // A UserObject carries the id and label of the mxCell inside it.
    expect(first.find((c) => c.label === 'Start bread making process')?.vertex).toBe(true);
    expect(first.some((c) => c.label === 'Mouldy?')).toBe(true);
    for (const cell of [...first, ...file.pages[1]!.cells]) {
      expect(cell.label).not.toMatch(/<[a-z/]|&nbsp;|&lt;/i);
    }
  });

  test('the same diagram compressed and not reads the same', async () => {
    const page = model(
      vertex('a', 'Draft brief') +
        vertex('b', 'Review', 'rhombus;html=1;') +
        edge('e', 'a', 'b', 'Ready'),
    );
    const plain = await readDrawio(mxfile([['P', page]]));
    const packed = await readDrawio(mxfile([['P', compressPage(page)]]));
    expect(packed).toEqual(plain);
    expect(plain.pages[0]!.cells).toHaveLength(5);
  });

  test('a bare mxGraphModel is one page; unnamed pages are numbered', async () => {
    const bare = await readDrawio(Buffer.from(model(vertex('a', 'One'))));
    expect(bare.pages.map((p) => p.name)).toEqual(['Page 1']);
    const unnamed = await readDrawio(
      Buffer.from(`<mxfile><diagram>${compressPage(model(''))}</diagram><diagram/></mxfile>`),
    );
    expect(unnamed.pages.map((p) => p.name)).toEqual(['Page 1', 'Page 2']);
  });

  test('a label in plain text keeps its angle brackets; an HTML one loses its tags', async () => {
    const page = model(
      vertex('a', 'a &lt;b&gt; c', 'rounded=0;') +
        vertex(
          'b',
          'Plug&lt;br&gt;in &amp;amp; test&amp;nbsp;&lt;div&gt;now&lt;/div&gt;',
          'html=1;',
        ),
    );
    const cells = (await readDrawio(mxfile([['P', page]]))).pages[0]!.cells;
    expect(cells.find((c) => c.id === 'a')!.label).toBe('a <b> c');
    expect(cells.find((c) => c.id === 'b')!.label).toBe('Plug in & test now');
  });

  test('half a character is never let through: refused in XML, replaced in HTML', async () => {
    const html = model(vertex('a', 'a&amp;#xD83D;b', 'html=1;'));
    const label = (await readDrawio(mxfile([['P', html]]))).pages[0]!.cells[2]!.label;
    expect(label).toBe('a\uFFFDb');
    const xml = model(vertex('a', '&#xD800;'));
    expect((await refusal(readDrawio(mxfile([['P', xml]])))).message).toMatch(/not XML/);
  });
});

const XML_BOMB = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><mxfile><diagram name="x">${model('<mxCell id="a" value="&lol2;" vertex="1" parent="1"/>')}</diagram></mxfile>`;
const EXTERNAL = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><mxGraphModel><root><mxCell id="0" value="&x;"/></root></mxGraphModel>`;

const HOSTILE: readonly [string, () => Uint8Array, string, RegExp][] = [
  ['entities declared in a DOCTYPE', () => Buffer.from(XML_BOMB), 'damaged', /DOCTYPE or entities/],
  ['an external entity', () => Buffer.from(EXTERNAL), 'damaged', /DOCTYPE or entities/],
  [
    'a DOCTYPE inside a compressed page',
    () => mxfile([['P', compressPage(`<!DOCTYPE x [<!ENTITY a "b">]>${model('')}`)]]),
    'damaged',
    /DOCTYPE or entities/,
  ],
  [
    'a deflate bomb',
    () => deflateBomb(300 * 1024 * 1024),
    'inflated-bytes',
    /unpacks to more than/,
  ],
  ['not XML', () => Buffer.from('%PDF-1.7 this is not a diagram'), 'damaged', /not XML/],
  [
    'bytes that are not text',
    () => Uint8Array.from([0x3c, 0xff, 0xfe, 0x00, 0x80]),
    'damaged',
    /not XML/,
  ],
  [
    'XML that is not draw.io',
    () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'),
    'damaged',
    /not a draw\.io diagram/,
  ],
  [
    'XML that breaks off',
    () => Buffer.from('<mxfile><diagram name="a"><mxGraphModel><root>'),
    'damaged',
    /not XML/,
  ],
  ['broken base64', () => mxfile([['P', 'not*base64!!']]), 'damaged', /could not be unpacked/],
  [
    'base64 that is not deflate',
    () => mxfile([['P', Buffer.from('plain text, not deflate').toString('base64')]]),
    'damaged',
    /could not be unpacked/,
  ],
  [
    'a compressed page that is not a model',
    () => mxfile([['P', compressPage('<html/>')]]),
    'damaged',
    /not a draw\.io diagram/,
  ],
  ['100,001 cells', () => manyCells(100_001), 'nodes', /more than 200,000 elements/],
];

describe('files made to hurt are refused at once, with a plain sentence', () => {
  test.each(HOSTILE)('%s', async (_, make, reason, message) => {
    const bytes = make();
    const started = performance.now();
    const refused = await refusal(readDrawio(bytes));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(refused.reason).toBe(reason);
    expect(refused.message).toMatch(message);
    expect(refused.message).toMatch(/Nothing was changed\.$/);
  });

  test('in the untrusted-file worker too, and a real template still reads there', async () => {
    const refused = await refusal(
      parseUntrusted(UNTRUSTED_WORKER, 'drawio', deflateBomb(300 * 1024 * 1024)),
    );
    expect(refused.reason).toBe('inflated-bytes');
    const entities = await refusal(
      parseUntrusted(UNTRUSTED_WORKER, 'drawio', Buffer.from(XML_BOMB)),
    );
    expect(entities.code).toBe('INVALID_FILE');
    const file = await parseUntrusted(UNTRUSTED_WORKER, 'drawio', fixture('swimlane.xml'));
    expect(file.pages[0]!.cells.some((c) => c.label === 'Inside Sales Rep')).toBe(true);
  });
});
