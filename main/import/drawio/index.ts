/**
 * Reading a draw.io file (`.drawio`, or `.xml` saved by draw.io), compressed or not, into
 * plain data for the pure mapping of shared/import/drawio.ts. Runs in the untrusted-file
 * worker (`PARSERS.drawio`) within the budgets of main/untrusted: every refusal is a
 * `FileRefused` with a sentence in the user's words.
 */
import type { DrawioFile, DrawioPage } from '../../../shared/import/drawioCells';
import { DEFAULT_LIMITS, Meter, type Limits } from '../../untrusted/limits';
import { countElements, fileText, refuseDeclarations, unpackPage } from './decode';
import { readModel, readPages } from './readXml';

/**
 * draw.io files are walked element by element: an element budget well above any diagram
 * (draw.io itself slows to a crawl long before 100,000 cells, each two or more elements)
 * and above the largest map drawn out, while still refusing a made-up file at once.
 */
export const DRAWIO_LIMITS: Limits = { ...DEFAULT_LIMITS, nodes: 200_000 };

/** The pages of a draw.io file, each with its cells; unnamed pages are called "Page N". */
export async function readDrawio(
  bytes: Uint8Array,
  limits: Limits = DRAWIO_LIMITS,
): Promise<DrawioFile> {
  const meter = new Meter(limits);
  const counted = { elements: 0 };
  const text = fileText(bytes);
  refuseDeclarations(text);
  countElements(text, meter, counted);
  const pages: DrawioPage[] = readPages(text, meter).map((page, i) => {
    const name = page.name.trim() || `Page ${i + 1}`;
    if (page.cells) return { name, cells: page.cells };
    if (page.compressed === '') return { name, cells: [] };
    const xml = unpackPage(page.compressed, meter);
    refuseDeclarations(xml);
    countElements(xml, meter, counted);
    return { name, cells: readModel(xml, meter) };
  });
  return { pages };
}
