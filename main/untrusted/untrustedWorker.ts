/**
 * The untrusted-file worker thread: runs one parser of `PARSERS` on one file's bytes, posts
 * the result or the refusal, and is then ended by parseUntrusted (run.ts), which also ends
 * it when the time budget runs out; V8 ends it when it passes its heap limit. Bundled as a
 * file of its own by electron-vite (`./untrustedWorker?modulePath` in workerPath.ts), run through
 * tsx from sources in tests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileRefused, refusedOver } from './limits';
import { PARSERS } from './parsers';
import type { WorkerJob, WorkerReply } from './run';

const { parser, bytes, limits } = workerData as WorkerJob;

function refusal(error: unknown): WorkerReply {
  // Recursion a file drove past the thread's stack: the nesting budget, met the hard way.
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  const refused = overflow ? refusedOver('nesting', limits) : error;
  if (refused instanceof FileRefused) {
    return { ok: false, reason: refused.reason, code: refused.code, message: refused.message };
  }
  return { ok: false, reason: 'damaged', code: 'INVALID_FILE', message: String(error) };
}

async function run(): Promise<WorkerReply> {
  try {
    return { ok: true, value: await PARSERS[parser](bytes, limits) };
  } catch (error) {
    return refusal(error);
  }
}

void run().then((reply) => parentPort?.postMessage(reply));
