/**
 * Reading the map file back out of a PDF: the PDF may come from anyone, so every step runs
 * within the `Limits` of main/untrusted. Its nesting is checked on the raw bytes, what
 * pdf-lib unpacks and parses while loading is held to the budgets (loadBudget.ts), the name
 * tree of attached files is walked with a visited set, a node budget and a depth limit, and
 * the attachment is unpacked by zlib with `maxOutputLength` (it stops at the limit instead
 * of unpacking first and measuring after).
 * The app runs this in a worker (main/untrusted/run.ts) that also holds the time and memory
 * budgets; in-process, as in tests, the time budget is checked between steps.
 */
import { inflateSync } from 'node:zlib';
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { FILE_KIND_INFO } from '../../shared/export/fileKinds';
import { DEFAULT_LIMITS, FileRefused, Meter, type Limits } from '../untrusted/limits';
import { withLoadBudget } from './loadBudget';
import { nestsDeeperThan } from './nesting';

const ATTACHMENT_SUFFIX = FILE_KIND_INFO.map.suffix;

const NOT_A_PDF =
  'This file is not a PDF, or it is damaged: it could not be read. Nothing was changed.';
const ENCRYPTED =
  'This PDF is locked with a password or encrypted, so Decision Map cannot read the map inside. PDFs exported by Decision Map are not locked: import the original PDF or its .decisionmap.json file. Nothing was changed.';
const NOT_STORED_OUR_WAY =
  'The map file inside this PDF is not stored the way Decision Map stores it, so it could not be read. Import its .decisionmap.json file instead. Nothing was changed.';

function damaged(cause?: unknown, message = NOT_A_PDF): FileRefused {
  const failure = new FileRefused('damaged', 'INVALID_FILE', message);
  if (cause !== undefined) failure.cause = cause;
  return failure;
}

/** `%PDF-` within the first kilobyte, as PDF readers accept it. */
export function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The text of the map file attached to a PDF made by Decision Map, or null when the PDF
 * carries none. A file that is not a readable PDF is refused with INVALID_FILE, one that
 * goes over a budget with FILE_OVER_LIMIT; both are `FileRefused` naming the reason.
 */
export async function extractMapFile(
  pdfBytes: Uint8Array,
  limits: Limits = DEFAULT_LIMITS,
): Promise<string | null> {
  if (!startsWithPdfHeader(pdfBytes)) throw damaged();
  const meter = new Meter(limits);
  if (nestsDeeperThan(pdfBytes, limits.nesting)) meter.fail('nesting');
  return withLoadBudget(meter, async () => {
    const pdf = await loadWithin(pdfBytes, meter);
    try {
      for (const [name, spec] of embeddedFiles(pdf, meter)) {
        if (!name.toLowerCase().endsWith(ATTACHMENT_SUFFIX)) continue;
        const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
        if (!(stream instanceof PDFRawStream)) continue;
        return new TextDecoder('utf-8').decode(unpack(stream, meter));
      }
      return null;
    } catch (error) {
      if (error instanceof FileRefused) throw error;
      throw damaged(error);
    }
  });
}

/** The names of the files attached to a PDF (for tests and diagnostics). */
export async function attachmentNames(pdfBytes: Uint8Array): Promise<string[]> {
  const meter = new Meter(DEFAULT_LIMITS);
  return withLoadBudget(meter, async () =>
    embeddedFiles(await loadWithin(pdfBytes, meter), meter).map(([name]) => name),
  );
}

async function loadWithin(pdfBytes: Uint8Array, meter: Meter): Promise<PDFDocument> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(pdfBytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
      parseSpeed: ParseSpeeds.Fastest,
      // Checked below instead: pdf-lib's own error class does not survive its ES5 build.
      ignoreEncryption: true,
    });
  } catch (error) {
    // pdf-lib wraps what fails inside an object (our budget too), so the meter says first.
    if (meter.exceeded) meter.fail(meter.exceeded);
    if (error instanceof FileRefused) throw error;
    throw damaged(error);
  }
  meter.checkTime();
  if (pdf.isEncrypted) throw new FileRefused('encrypted', 'INVALID_FILE', ENCRYPTED);
  return pdf;
}

/**
 * The file specifications of the document's EmbeddedFiles name tree, with their names. A
 * name tree is a tree: leaves hold [name, value, name, value, …], inner nodes hold Kids. A
 * node met twice (a Kids list naming one node twice, or a loop) refuses the file, as does a
 * tree over the node budget or the depth limit; nothing is ever walked twice.
 */
function embeddedFiles(pdf: PDFDocument, meter: Meter): [string, PDFDict][] {
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const found: [string, PDFDict][] = [];
  if (!root) return found;
  // Every node is marked when it is first listed, so one listed again is caught right there.
  const listed = new Set<PDFDict>([root]);
  const pending: [PDFDict, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > meter.limits.depth) meter.fail('depth');
    meter.node();
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      meter.node();
      const spec = pairs.lookup(i + 1);
      if (spec instanceof PDFDict) found.push([fileNameOf(spec), spec]);
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    const next: [PDFDict, number][] = [];
    for (let i = 0; kids && i < kids.size(); i++) {
      meter.node();
      const kid = kids.lookup(i);
      if (!(kid instanceof PDFDict)) continue;
      if (listed.has(kid)) meter.fail('repeated-node');
      listed.add(kid);
      next.push([kid, depth + 1]);
    }
    // Last kid first onto the stack, so the files come out in the tree's order.
    pending.push(...next.reverse());
  }
  return found;
}

function fileNameOf(spec: PDFDict): string {
  for (const key of ['UF', 'F']) {
    const value = spec.lookup(PDFName.of(key));
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  }
  return '';
}

/**
 * The attachment's bytes. Decision Map stores it Flate-compressed (pdf-lib's `attach`), so
 * that and an uncompressed stream are read; anything else is not ours. zlib stops as soon
 * as the output passes what the budget has left.
 */
function unpack(stream: PDFRawStream, meter: Meter): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (filters.length === 0) return stream.contents;
  const flate = filters.length === 1 && filters[0] === PDFName.of('FlateDecode');
  if (!flate || stream.dict.has(PDFName.of('DecodeParms'))) throw damaged(null, NOT_STORED_OUR_WAY);
  let bytes: Buffer;
  try {
    bytes = inflateSync(stream.contents, { maxOutputLength: Math.max(1, meter.inflatedLeft) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      meter.fail('inflated-bytes');
    }
    throw damaged(error);
  }
  meter.inflate(bytes.length);
  return bytes;
}
