/**
 * draw.io files written the way draw.io writes them, for tests: a page compressed as
 * draw.io compresses it (URI encoding, raw deflate, base64), and files made to hurt.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';

export const DRAWIO_FIXTURES = path.join(__dirname, '..', 'fixtures', 'drawio');

export function fixture(name: string): Uint8Array {
  return readFileSync(path.join(DRAWIO_FIXTURES, name));
}

/** A page's XML as draw.io stores a compressed page. */
export function compressPage(xml: string): string {
  return deflateRawSync(Buffer.from(encodeURIComponent(xml), 'latin1')).toString('base64');
}

/** An `<mxGraphModel>` holding `cells` (mxCell elements) after the root and layer cells. */
export function model(cells: string): string {
  return `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${cells}</root></mxGraphModel>`;
}

/** A file of pages, each `[name, content]` with content already XML or compressed text. */
export function mxfile(pages: readonly (readonly [string, string])[]): Uint8Array {
  const diagrams = pages.map(
    ([name, content]) => `<diagram name="${name}" id="d${name}">${content}</diagram>`,
  );
  return Buffer.from(`<mxfile host="test">${diagrams.join('')}</mxfile>`);
}

export const vertex = (
  id: string,
  value: string,
  style = 'rounded=0;whiteSpace=wrap;html=1;',
  parent = '1',
  x = 0,
  y = 0,
) =>
  `<mxCell id="${id}" value="${value}" style="${style}" parent="${parent}" vertex="1"><mxGeometry x="${x}" y="${y}" width="120" height="60" as="geometry"/></mxCell>`;

export const edge = (id: string, source: string, target: string, value = '') =>
  `<mxCell id="${id}" value="${value}" style="edgeStyle=orthogonalEdgeStyle;html=1;" parent="1" source="${source}" target="${target}" edge="1"><mxGeometry relative="1" as="geometry"/></mxCell>`;

/** A page that unpacks to `bytes` of spaces: a few hundred kilobytes that ask for far more. */
export function deflateBomb(bytes: number): Uint8Array {
  const zeros = deflateRawSync(Buffer.alloc(bytes, 0x20), { level: 9 }).toString('base64');
  return mxfile([['Bomb', zeros]]);
}

/** `cells` shapes on one uncompressed page. */
export function manyCells(cells: number): Uint8Array {
  const parts: string[] = [];
  for (let i = 0; i < cells; i++) parts.push(vertex(`c${i}`, `Step ${i}`));
  return mxfile([['Many', model(parts.join(''))]]);
}
