/**
 * Reading draw.io's XML with saxes, a streaming parser: cells are collected as their tags
 * go by, so no document tree is ever built, and the parser neither expands entities nor
 * fetches anything (the text has already been checked for declarations in decode.ts).
 *
 * A file is `<mxfile>` with one `<diagram>` per page — its content either an
 * `<mxGraphModel>` or, compressed, text — or a bare `<mxGraphModel>` (one page). A cell is
 * an `<mxCell>`, or an `<object>`/`<UserObject>` carrying the id and label around one.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { DrawioCell, DrawioGeometry } from '../../../shared/import/drawioCells';
import type { Meter } from '../../untrusted/limits';
import { notDrawio, NOT_XML } from './decode';
import { labelText } from './labelText';

/** A page as read from the file: its cells, or its compressed text to unpack and read. */
export interface RawPage {
  readonly name: string;
  readonly cells: DrawioCell[] | null;
  readonly compressed: string;
}

const NOT_A_DIAGRAM = 'This file is XML, but not a draw.io diagram, so there is nothing to import.';

type Attributes = Record<string, string>;

/** Far beyond any drawing, and small enough that adding and scaling boxes stays finite. */
const MAX_COORDINATE = 1e9;

const number = (value: string | undefined): number => {
  const n = value === undefined ? 0 : Number(value);
  return Number.isFinite(n) ? Math.min(Math.max(n, -MAX_COORDINATE), MAX_COORDINATE) : 0;
};

/** Collects the cells of one `<mxGraphModel>` from the tags inside it. */
class CellCollector {
  readonly cells: DrawioCell[] = [];
  private wrapper: { id: string | undefined; label: string } | null = null;
  private cell: { attributes: Attributes; geometry: DrawioGeometry | null } | null = null;

  open(name: string, attributes: Attributes): void {
    if (name === 'object' || name === 'UserObject') {
      this.wrapper = { id: attributes.id, label: attributes.label ?? '' };
    } else if (name === 'mxCell') {
      this.cell = { attributes, geometry: null };
    } else if (name === 'mxGeometry' && this.cell && attributes.as === 'geometry') {
      this.cell.geometry = {
        x: number(attributes.x),
        y: number(attributes.y),
        width: number(attributes.width),
        height: number(attributes.height),
      };
    }
  }

  close(name: string): void {
    if (name === 'object' || name === 'UserObject') this.wrapper = null;
    if (name !== 'mxCell' || !this.cell) return;
    const { attributes: a, geometry } = this.cell;
    this.cell = null;
    const id = this.wrapper?.id ?? a.id;
    if (id === undefined) return;
    const style = a.style ?? '';
    this.cells.push({
      id,
      parent: a.parent ?? null,
      vertex: a.vertex === '1',
      edge: a.edge === '1',
      source: a.source ?? null,
      target: a.target ?? null,
      label: labelText(this.wrapper ? this.wrapper.label : (a.value ?? ''), style),
      style,
      geometry,
    });
  }
}

function newParser(meter: Meter): SaxesParser {
  const parser = new SaxesParser({ position: false });
  let seen = 0;
  parser.on('error', () => {
    throw notDrawio(NOT_XML);
  });
  parser.on('opentagstart', () => {
    if (++seen % 1024 === 0) meter.checkTime();
  });
  return parser;
}

/** The pages of a file's text: `<mxfile>` or a bare `<mxGraphModel>`. */
export function readPages(text: string, meter: Meter): RawPage[] {
  const parser = newParser(meter);
  const pages: { name: string; collector: CellCollector | null; text: string }[] = [];
  const path: string[] = [];
  let root: 'mxfile' | 'mxGraphModel' | null = null;
  let bare = null as CellCollector | null;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attributes = tag.attributes as Attributes;
    if (path.length === 0) {
      if (tag.name === 'mxfile') root = 'mxfile';
      else if (tag.name === 'mxGraphModel') {
        root = 'mxGraphModel';
        bare = new CellCollector();
      } else throw notDrawio(NOT_A_DIAGRAM);
    } else if (root === 'mxfile' && path.length === 1 && tag.name === 'diagram') {
      pages.push({ name: attributes.name ?? '', collector: null, text: '' });
    } else if (root === 'mxfile' && path.length === 2 && tag.name === 'mxGraphModel') {
      const page = pages.at(-1);
      if (page && path[1] === 'diagram') page.collector = new CellCollector();
    } else {
      (bare ?? pages.at(-1)?.collector)?.open(tag.name, attributes);
    }
    path.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    path.pop();
    (bare ?? pages.at(-1)?.collector)?.close(tag.name);
  });
  parser.on('text', (chunk) => {
    if (path.length === 2 && path[1] === 'diagram') pages.at(-1)!.text += chunk;
  });
  parser.write(text).close();
  if (root === null) throw notDrawio(NOT_XML);
  if (bare) return [{ name: '', cells: bare.cells, compressed: '' }];
  return pages.map((p) => ({
    name: p.name,
    cells: p.collector?.cells ?? null,
    compressed: p.collector ? '' : p.text.trim(),
  }));
}

/** The cells of an unpacked page, whose text must be one `<mxGraphModel>`. */
export function readModel(text: string, meter: Meter): DrawioCell[] {
  const pages = readPages(text, meter);
  const page = pages[0];
  if (pages.length !== 1 || !page?.cells) throw notDrawio(NOT_A_DIAGRAM);
  return page.cells;
}
