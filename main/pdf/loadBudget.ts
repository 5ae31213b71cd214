/**
 * What pdf-lib does on its own while it loads a PDF, held to the current parse's `Meter`.
 *
 * 1. It unpacks object streams and cross-reference streams with its own decoders, which grow
 *    their output without any limit: a 1 MB stream can ask for gigabytes. Every one of those
 *    decoders (Flate, LZW, RunLength, ASCII85, ASCIIHex) grows its output through one method
 *    of their common base class, so that method is wrapped to count each growth against the
 *    meter *before* the bytes are allocated; over the budget it throws instead.
 * 2. It parses the objects inside an object stream by recursion, out of sight of the check
 *    on the file's raw bytes (nesting.ts): the object stream parser is given the stream
 *    already unpacked (once, metered) and checked for nesting first.
 *
 * Outside a parse (no meter, as when the app attaches a map to its own PDF) both are
 * unchanged. The decoders' base class is not exported by pdf-lib, so it is reached through a
 * decoder that pdf-lib's own `decodePDFRawStream` makes: the same module copy the loader uses.
 */
import {
  decodePDFRawStream,
  PDFContext,
  PDFName,
  PDFObjectStreamParser,
  PDFRawStream,
} from 'pdf-lib';
import type { Meter } from '../untrusted/limits';
import { nestsDeeperThan } from './nesting';

interface DecodeStreamProto {
  ensureBuffer(this: { buffer: Uint8Array }, requested: number): Uint8Array;
}

let active: Meter | null = null;
/** Bytes already counted per decoder, so each growth counts only what it adds. */
let counted = new WeakMap<object, number>();
let installed = false;

function decoderBase(): DecodeStreamProto {
  const context = PDFContext.create();
  const dict = context.obj({ Filter: PDFName.of('ASCIIHexDecode') });
  const decoder = decodePDFRawStream(PDFRawStream.of(dict, new Uint8Array()));
  const base = Object.getPrototypeOf(Object.getPrototypeOf(decoder)) as DecodeStreamProto;
  if (typeof base?.ensureBuffer !== 'function') {
    // A pdf-lib whose decoders are built otherwise: better to refuse every PDF than to
    // read untrusted ones without a limit.
    throw new Error('pdf-lib decoders changed: cannot limit what a PDF unpacks');
  }
  return base;
}

function meterDecoders(): void {
  const base = decoderBase();
  const original = base.ensureBuffer;
  base.ensureBuffer = function metered(requested) {
    const meter = active;
    if (meter) {
      const before = counted.get(this) ?? 0;
      if (requested > before) {
        meter.inflate(requested - before);
        counted.set(this, requested);
      }
    }
    return original.call(this, requested);
  };
}

function checkObjectStreams(): void {
  const original = PDFObjectStreamParser.forStream;
  PDFObjectStreamParser.forStream = (rawStream, shouldWaitForTick) => {
    const meter = active;
    if (!meter) return original(rawStream, shouldWaitForTick);
    const unpacked = decodePDFRawStream(rawStream).decode();
    if (nestsDeeperThan(unpacked, meter.limits.nesting)) meter.fail('nesting');
    const dict = rawStream.dict.clone();
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    return original(PDFRawStream.of(dict, unpacked), shouldWaitForTick);
  };
}

function install(): void {
  if (installed) return;
  meterDecoders();
  checkObjectStreams();
  installed = true;
}

/**
 * Runs `parse` with pdf-lib's loading held to `meter`. One parse at a time per thread
 * (untrusted files are parsed one per worker); the meter is sticky, so an overrun that
 * pdf-lib catches and ignores is still seen by the caller through `meter.exceeded`.
 */
export async function withLoadBudget<T>(meter: Meter, parse: () => Promise<T>): Promise<T> {
  install();
  const previous = active;
  active = meter;
  counted = new WeakMap();
  try {
    return await parse();
  } finally {
    active = previous;
  }
}
