/**
 * pdf-lib unpacks some streams while it loads a PDF (object streams and cross-reference
 * streams) with its own decoders, which grow their output without any limit: a 1 MB stream
 * can ask for gigabytes. Every one of those decoders (Flate, LZW, RunLength, ASCII85,
 * ASCIIHex) grows its output through one method of their common base class, so that method
 * is wrapped here to count each growth against the current parse's `Meter` *before* the
 * bytes are allocated; over the budget it throws instead. Outside a parse (no meter, as when
 * the app attaches a map to its own PDF) decoding is unchanged.
 *
 * The base class is not exported by pdf-lib, so it is reached through a decoder instance
 * made by pdf-lib's own `decodePDFRawStream`: the same module copy the loader uses.
 */
import { decodePDFRawStream, PDFContext, PDFName, PDFRawStream } from 'pdf-lib';
import type { Meter } from '../untrusted/limits';

interface DecodeStreamProto {
  ensureBuffer(this: { buffer: Uint8Array }, requested: number): Uint8Array;
  [GUARDED]?: true;
}

const GUARDED = Symbol('decision-map.decodeBudget');

let active: Meter | null = null;
/** Bytes already counted per decoder, so each growth counts only what it adds. */
let counted = new WeakMap<object, number>();

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

function install(): void {
  const base = decoderBase();
  if (base[GUARDED]) return;
  const original = base.ensureBuffer;
  base.ensureBuffer = function guarded(requested) {
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
  base[GUARDED] = true;
}

/**
 * Runs `parse` with every pdf-lib decode counted against `meter`. One parse at a time per
 * thread (untrusted files are parsed one per worker); the meter is sticky, so an overrun
 * that pdf-lib catches and ignores is still seen by the caller through `meter.exceeded`.
 */
export async function withDecodeBudget<T>(meter: Meter, parse: () => Promise<T>): Promise<T> {
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
