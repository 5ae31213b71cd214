/**
 * What a PDF export is asked for — paper, orientation, sections — and the print route that
 * draws it. Shared because three places must agree on it: the API contract (`export:pdf`),
 * main (which loads the route in a hidden window and prints it) and the renderer's print view
 * (which parses the route and lays out pages for exactly that paper).
 */
import { z } from 'zod';

export const PAGE_SIZES = ['A4', 'A3', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/**
 * The document's sections, in the order they print. `comparison` prints only for a to-be
 * map whose as-is map (`derivedFrom`) can be opened; for any other map it is skipped.
 */
export const PRINT_SECTIONS = [
  'summary',
  'comparison',
  'map',
  'register',
  'matrix',
  'findings',
  'parking',
] as const;
export type PrintSection = (typeof PRINT_SECTIONS)[number];

export const SECTION_LABELS: Record<PrintSection, string> = {
  summary: 'Summary',
  comparison: 'Comparison with the as-is map',
  map: 'The map',
  register: 'Decision register',
  matrix: 'Decision rights (matrix)',
  findings: 'Findings',
  parking: 'Parking lot',
};

export interface PrintOptions {
  readonly size: PageSize;
  readonly orientation: Orientation;
  /** At least one; printed in PRINT_SECTIONS order whatever order they were given in. */
  readonly sections: readonly PrintSection[];
  /**
   * Swimlanes behind the map, as the canvas showed them when the PDF was asked for (a view
   * setting, not part of the map). Left out means off.
   */
  readonly lanes?: boolean;
}

/**
 * Landscape A4 with every section: what the product card calls the default. (The comparison
 * is among them: a to-be map prints it, other maps skip it.)
 */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  size: 'A4',
  orientation: 'landscape',
  sections: PRINT_SECTIONS,
};

export const printOptionsSchema = z.strictObject({
  size: z.enum(PAGE_SIZES),
  orientation: z.enum(ORIENTATIONS),
  sections: z.array(z.enum(PRINT_SECTIONS)).min(1).max(PRINT_SECTIONS.length),
  lanes: z.boolean().optional(),
});

/** Paper in millimetres, portrait (width < height). Letter is 8.5 x 11 in. */
const PAPER_MM: Record<PageSize, { readonly width: number; readonly height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  Letter: { width: 215.9, height: 279.4 },
};

/**
 * Page margins in millimetres. The bottom one is taller because the footer (map name and
 * "Page 3 of 12") is printed inside it by the printer's footer template.
 */
export const PAGE_MARGIN_MM = { top: 10, right: 10, bottom: 16, left: 10 } as const;

const PX_PER_MM = 96 / 25.4;

/** The sheet in millimetres, oriented. */
export function paperMm(size: PageSize, orientation: Orientation) {
  const { width, height } = PAPER_MM[size];
  return orientation === 'landscape' ? { width: height, height: width } : { width, height };
}

/** The printable area inside the margins, in CSS pixels (96 per inch), as the page lays out. */
export function contentBoxPx(size: PageSize, orientation: Orientation) {
  const paper = paperMm(size, orientation);
  const m = PAGE_MARGIN_MM;
  return {
    // Floored, and a pixel spare: a box a fraction too tall spills onto a blank page.
    width: Math.floor((paper.width - m.left - m.right) * PX_PER_MM) - 1,
    height: Math.floor((paper.height - m.top - m.bottom) * PX_PER_MM) - 1,
  };
}

/** Whether a map has a comparison to print: a to-be map derived from an as-is map. */
export function comparesWithAsIs(info: {
  readonly stage: string;
  readonly derivedFrom: string | null;
}): boolean {
  return info.stage === 'to-be' && info.derivedFrom !== null;
}

/** The sections the export dialog offers for a map: the comparison only when it applies. */
export function offeredSections(comparable: boolean): PrintSection[] {
  return PRINT_SECTIONS.filter((s) => comparable || s !== 'comparison');
}

/** Sections in print order, without repeats. */
export function orderedSections(sections: readonly PrintSection[]): PrintSection[] {
  return PRINT_SECTIONS.filter((s) => sections.includes(s));
}

/**
 * The hash route of the print view: `#/print/ID?size=A4&orientation=landscape&sections=…`
 * (and `&lanes=on` with swimlanes).
 * By default the page prints its own footer (CSS page-margin boxes), for a person printing
 * from a browser tab. A printer program that passes Chromium a footer template (Electron's
 * printToPDF, page.pdf() in tests) sets `printerFooter`, or the pages would show two footers.
 */
export function printRouteHash(
  mapId: string,
  options: PrintOptions,
  { printerFooter = false }: { printerFooter?: boolean } = {},
): string {
  const query = new URLSearchParams({
    size: options.size,
    orientation: options.orientation,
    sections: orderedSections(options.sections).join(','),
  });
  if (options.lanes) query.set('lanes', 'on');
  if (printerFooter) query.set('footer', 'printer');
  return `#/print/${encodeURIComponent(mapId)}?${query.toString()}`;
}

export interface PrintRoute extends PrintOptions {
  readonly mapId: string;
  /** The page draws its own footer, as the printer does not (see printRouteHash). */
  readonly cssFooter: boolean;
}

/**
 * Reads a print route. Missing or unknown values fall back to the defaults (a hand-typed
 * address still prints something sensible); null when the hash is not a print route.
 */
export function parsePrintRoute(hash: string): PrintRoute | null {
  const match = /^#\/print\/([^/?]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  let mapId: string;
  try {
    mapId = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const query = new URLSearchParams(match[2] ?? '');
  const pick = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
    values.find((v) => v.toLowerCase() === raw?.toLowerCase()) ?? fallback;
  const asked = (query.get('sections') ?? '').split(',').map((s) => s.trim());
  const sections = PRINT_SECTIONS.filter((s) => asked.includes(s));
  return {
    mapId,
    size: pick(PAGE_SIZES, query.get('size'), DEFAULT_PRINT_OPTIONS.size),
    orientation: pick(ORIENTATIONS, query.get('orientation'), DEFAULT_PRINT_OPTIONS.orientation),
    sections: sections.length > 0 ? sections : DEFAULT_PRINT_OPTIONS.sections,
    lanes: query.get('lanes') === 'on',
    cssFooter: query.get('footer') !== 'printer',
  };
}
