/**
 * A draw.io diagram as plain data: what the parser (main/import/drawio, in the untrusted-file
 * worker) hands the pure mapping (drawio.ts). Only what a map can use is kept: each cell's
 * id, parent, whether it is a shape or a connector, its ends, its label as plain text, its
 * style string and its box.
 */

/** A cell's box, as draw.io stores it: relative to the parent cell's box. */
export interface DrawioGeometry {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DrawioCell {
  readonly id: string;
  /** The containing cell (a layer, a lane, a group) or, for a connector's label, the connector. */
  readonly parent: string | null;
  /** A shape (`vertex="1"`). */
  readonly vertex: boolean;
  /** A connector (`edge="1"`). */
  readonly edge: boolean;
  readonly source: string | null;
  readonly target: string | null;
  /** The label as plain text: HTML labels stripped to their text, whitespace collapsed. */
  readonly label: string;
  /** draw.io's style string, `name;key=value;…`. */
  readonly style: string;
  readonly geometry: DrawioGeometry | null;
}

/** One page (draw.io calls it a diagram) of the file. */
export interface DrawioPage {
  readonly name: string;
  readonly cells: readonly DrawioCell[];
}

export interface DrawioFile {
  readonly pages: readonly DrawioPage[];
}
