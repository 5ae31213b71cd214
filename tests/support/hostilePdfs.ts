/**
 * PDFs made to hurt a reader, built here rather than stored: each is small, and each aims at
 * one budget of the untrusted-file parser (main/untrusted/limits.ts). Shared by the tests
 * (tests/main/pdf/hostile.test.ts) and the benchmark (tests/bench/hostilePdf.bench.ts).
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';
import type { Budget, RefusalReason } from '../../main/untrusted/limits';
import { attachMapFile } from '../../main/pdf/attachment';
import { generateMap } from './generateMap';

const MB = 1024 * 1024;

/**
 * A zlib stream of `megabytes` MB of zeros, about a thousandth of that in size, made without
 * compressing gigabytes: the same flushed 1 MB deflate block repeated (each block refers
 * only to bytes inside itself, so the repeats are valid), then an empty final block and the
 * checksum of that many zeros.
 */
export function zlibBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MB), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const last = deflateRawSync(Buffer.alloc(0));
  const total = megabytes * MB;
  // Adler-32 of n zeros: a stays 1, b adds a once per byte.
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0);
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: megabytes }, () => block),
    last,
    adler,
  ]);
}

async function blank(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.addPage([842, 595]).drawText('Nothing to see here');
  return pdf;
}

/** Sets the document's EmbeddedFiles name tree to `root`. */
function setEmbeddedFiles(pdf: PDFDocument, root: PDFObject): void {
  pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({ EmbeddedFiles: root }));
}

function fileSpec(context: PDFContext, name: string, stream: PDFRef): PDFRef {
  return context.register(
    context.obj({
      Type: 'Filespec',
      F: PDFHexString.fromText(name),
      UF: PDFHexString.fromText(name),
      EF: { F: stream },
    }),
  );
}

/** A save without object streams, so every object is plain text a reader meets in order. */
const plain = (pdf: PDFDocument) => pdf.save({ useObjectStreams: false });

/** A chain of `levels` name-tree nodes, each listing the next one twice: 2^levels visits. */
export async function revisitingNameTree(levels = 33): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  let next = context.register(context.obj({ Names: [] }));
  for (let i = 0; i < levels; i++) next = context.register(context.obj({ Kids: [next, next] }));
  setEmbeddedFiles(pdf, next);
  return plain(pdf);
}

/** Two name-tree nodes that are each other's kid. */
export async function loopingNameTree(): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  const a = context.nextRef();
  const b = context.register(context.obj({ Kids: [a] }));
  context.assign(a, context.obj({ Kids: [b] }));
  setEmbeddedFiles(pdf, a);
  return plain(pdf);
}

/** A name tree `levels` deep, one node per level. */
export async function deepNameTree(levels = 1000): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  let next = context.register(context.obj({ Names: [] }));
  for (let i = 0; i < levels; i++) next = context.register(context.obj({ Kids: [next] }));
  setEmbeddedFiles(pdf, next);
  return plain(pdf);
}

/** A name-tree root with `kids` distinct leaves. */
export async function wideNameTree(kids = 50_000): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  const list = PDFArray.withContext(context);
  for (let i = 0; i < kids; i++) list.push(PDFDict.withContext(context));
  setEmbeddedFiles(pdf, context.obj({ Kids: list }));
  return plain(pdf);
}

/** A PDF whose attached map file is a zlib bomb of `megabytes` MB of zeros. */
export async function attachmentBomb(megabytes = 1024): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  const bomb = PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), zlibBomb(megabytes));
  const spec = fileSpec(context, 'Campaign.decisionmap.json', context.register(bomb));
  setEmbeddedFiles(pdf, context.obj({ Names: [PDFHexString.fromText('Campaign'), spec] }));
  return plain(pdf);
}

/**
 * A PDF with an object stream (which pdf-lib unpacks while loading, before anything of ours
 * looks at the file) that is a zlib bomb, compressed twice over: 1 KB of file per GB.
 */
export async function objectStreamBomb(megabytes = 1024): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  const inner = zlibBomb(megabytes);
  const outer = deflateRawSync(inner, { level: 9 });
  const twice = Buffer.concat([Buffer.from([0x78, 0xda]), outer, adler32(inner)]);
  const dict = context.obj({
    Type: 'ObjStm',
    N: 1,
    First: 4,
    Filter: ['FlateDecode', 'FlateDecode'],
  });
  context.register(PDFRawStream.of(dict, twice));
  return plain(pdf);
}

function adler32(bytes: Uint8Array): Buffer {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const out = Buffer.alloc(4);
  out.writeUInt32BE(((b << 16) | a) >>> 0);
  return out;
}

/** A hand-written PDF whose catalog holds `open` … `close` nested `levels` times. */
function nestedPdf(open: string, close: string, levels: number): Uint8Array {
  const body = `<< /Type /Catalog /Deep ${open.repeat(levels)}${close.repeat(levels)} >>`;
  return new TextEncoder().encode(
    `%PDF-1.7\n1 0 obj\n${body}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

export const deepArrays = (levels = 100_000) => nestedPdf('[', ']', levels);

/**
 * Deep arrays inside a compressed object stream, where a check of the file's raw bytes
 * cannot see them.
 */
export async function deepArraysInObjectStream(levels = 100_000): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  const object = `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const header = `${context.largestObjectNumber + 1} 0 `;
  const text = Buffer.from(header + object);
  const dict = context.obj({ Type: 'ObjStm', N: 1, First: header.length, Filter: 'FlateDecode' });
  context.register(PDFRawStream.of(dict, deflateSync(text)));
  return plain(pdf);
}
export const deepDicts = (levels = 100_000) => nestedPdf('<< /A ', '>>', levels);

/** A PDF whose trailer says it is encrypted. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await blank();
  const { context } = pdf;
  context.trailerInfo.Encrypt = context.register(
    context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40 }),
  );
  return plain(pdf);
}

/** A PDF Decision Map would export (a small map attached), cut after `share` of its bytes. */
export async function truncatedExport(share: number): Promise<Uint8Array> {
  const bytes = await attachMapFile(await (await blank()).save(), generateMap(20));
  return bytes.subarray(0, Math.floor(bytes.length * share));
}

/** Each hostile file with the budget (or reason) it must be refused for. */
export const HOSTILE_PDFS: readonly {
  readonly name: string;
  readonly reason: Budget | RefusalReason;
  readonly make: () => Uint8Array | Promise<Uint8Array>;
}[] = [
  { name: 'revisiting-name-tree', reason: 'repeated-node', make: () => revisitingNameTree() },
  { name: 'looping-name-tree', reason: 'repeated-node', make: loopingNameTree },
  { name: 'deep-name-tree', reason: 'depth', make: () => deepNameTree() },
  { name: 'wide-name-tree', reason: 'nodes', make: () => wideNameTree() },
  { name: 'attachment-bomb-1gb', reason: 'inflated-bytes', make: () => attachmentBomb() },
  { name: 'object-stream-bomb-1gb', reason: 'inflated-bytes', make: () => objectStreamBomb() },
  { name: 'deep-arrays', reason: 'nesting', make: () => deepArrays() },
  { name: 'deep-dicts', reason: 'nesting', make: () => deepDicts() },
  {
    name: 'deep-arrays-in-object-stream',
    reason: 'nesting',
    make: () => deepArraysInObjectStream(),
  },
  { name: 'encrypted', reason: 'encrypted', make: encryptedPdf },
];
