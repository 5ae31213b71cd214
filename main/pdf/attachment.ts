/**
 * The pure half of PDF export, in plain Node (no electron) so it is tested directly and used
 * by the end-to-end tests too: the portable map file carried inside the PDF as an attachment
 * (so a PDF that was circulated and signed can be imported back as the map it shows), and
 * the footer the printer draws on every page. File names come from shared/export/fileKinds.
 */
import {
  AFRelationship,
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { AppError } from '../../shared/errors';
import { FILE_KIND_INFO, fileNameFor } from '../../shared/export/fileKinds';
import { serializeMapFile } from '../../shared/file-format';
import type { MapDocument } from '../../shared/model';
import { PAGE_MARGIN_MM } from '../../shared/print/options';

const ATTACHMENT_SUFFIX = FILE_KIND_INFO.map.suffix;

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

const NOT_A_PDF =
  'This file is not a PDF, or it is damaged: it could not be read. Nothing was changed.';

/**
 * The text of the map file attached to a PDF made by Decision Map, or null when the PDF
 * carries none. A file that is not a readable PDF is refused with INVALID_FILE, never a crash.
 */
export async function extractMapFile(pdfBytes: Uint8Array): Promise<string | null> {
  if (!startsWithPdfHeader(pdfBytes)) throw new AppError('INVALID_FILE', NOT_A_PDF);
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(pdfBytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (error) {
    const failure = new AppError('INVALID_FILE', NOT_A_PDF);
    failure.cause = error;
    throw failure;
  }
  try {
    for (const [name, spec] of embeddedFiles(pdf)) {
      if (!name.toLowerCase().endsWith(ATTACHMENT_SUFFIX)) continue;
      const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
      if (!(stream instanceof PDFRawStream)) continue;
      return new TextDecoder('utf-8').decode(decodePDFRawStream(stream).decode());
    }
    return null;
  } catch (error) {
    const failure = new AppError('INVALID_FILE', NOT_A_PDF);
    failure.cause = error;
    throw failure;
  }
}

/** The names of the files attached to a PDF (for tests and diagnostics). */
export async function attachmentNames(pdfBytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  return embeddedFiles(pdf).map(([name]) => name);
}

/** `%PDF-` within the first kilobyte, as PDF readers accept it. */
export function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** The file specifications of the document's EmbeddedFiles name tree, with their names. */
function embeddedFiles(pdf: PDFDocument): [string, PDFDict][] {
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const found: [string, PDFDict][] = [];
  // A name tree: leaves hold [name, value, name, value, …]; inner nodes hold Kids. The depth
  // cap keeps a hostile file with a cycle of Kids from looping forever.
  const visit = (node: PDFDict, depth: number) => {
    if (depth > 32) return;
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      const spec = pairs.lookup(i + 1);
      if (spec instanceof PDFDict) found.push([fileNameOf(spec), spec]);
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) visit(kid, depth + 1);
    }
  };
  if (root) visit(root, 0);
  return found;
}

function fileNameOf(spec: PDFDict): string {
  for (const key of ['UF', 'F']) {
    const value = spec.lookup(PDFName.of(key));
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  }
  return '';
}
