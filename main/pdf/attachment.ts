/**
 * The pure half of PDF export, in plain Node (no electron) so it is tested directly and used
 * by the end-to-end tests too: the portable map file carried inside the PDF as an attachment
 * (so a PDF that was circulated and signed can be imported back as the map it shows), and
 * the footer the printer draws on every page. File names come from shared/export/fileKinds.
 * Reading the map back out of a PDF, which may come from anyone, is in extract.ts.
 */
import { AFRelationship, PDFDocument } from 'pdf-lib';
import { fileNameFor } from '../../shared/export/fileKinds';
import { serializeMapFile } from '../../shared/file-format';
import type { MapDocument } from '../../shared/model';
import { PAGE_MARGIN_MM } from '../../shared/print/options';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Chromium's footer template (page.pdf and Electron's printToPDF take the same one): the
 * map name on the left, "Page 3 of 12" on the right. The template is its own tiny page with
 * a zero font size by default, so every size and colour is set here; its side padding
 * matches the page margins (shared/print/options.ts).
 */
export function footerTemplate(mapName: string): string {
  const style = [
    'width:100%',
    `margin:0 ${PAGE_MARGIN_MM.right}mm 5mm ${PAGE_MARGIN_MM.left}mm`,
    'display:flex',
    'justify-content:space-between',
    'gap:8mm',
    'font-family:Inter,"Segoe UI","Helvetica Neue",Helvetica,Arial,"Liberation Sans",sans-serif',
    'font-size:8px',
    'color:#5b6675',
    '-webkit-print-color-adjust:exact',
  ].join(';');
  const name = 'overflow:hidden;white-space:nowrap;text-overflow:ellipsis';
  return (
    `<div style='${style}'><span style='${name}'>${escapeHtml(mapName)}</span>` +
    `<span style='white-space:nowrap'>Page <span class='pageNumber'></span> of ` +
    `<span class='totalPages'></span></span></div>`
  );
}

/** An empty header: without it Chromium prints the date and the page title at the top. */
export const HEADER_TEMPLATE = '<span></span>';

/**
 * The PDF with the map's portable file attached (as `NAME.decisionmap.json`), and the
 * map name as the document title.
 */
export async function attachMapFile(pdfBytes: Uint8Array, doc: MapDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  const text = serializeMapFile(doc);
  await pdf.attach(new TextEncoder().encode(text), fileNameFor(doc.info.name, 'map'), {
    mimeType: 'application/json',
    description: `The Decision Map file of “${doc.info.name}”: import this PDF (or this file) into Decision Map to open the map.`,
    creationDate: new Date(),
    modificationDate: new Date(),
    // The PDF is a rendering of this file, so the file is its source.
    afRelationship: AFRelationship.Source,
  });
  pdf.setTitle(doc.info.name, { showInWindowTitleBar: true });
  pdf.setCreator('Decision Map');
  return pdf.save({ updateFieldAppearances: false });
}
