/**
 * Parses a file from outside in a worker thread that the app can always end: the time
 * budget terminates it, V8 ends it at its heap limit, and the app's own thread stays free to
 * answer every other call meanwhile (a hostile PDF once froze the whole app). One worker per
 * file, ended when it has answered, so nothing a file did outlives it.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/errors';
import {
  DEFAULT_LIMITS,
  FileRefused,
  refusedOver,
  type Limits,
  type RefusalReason,
} from './limits';
import type { ParserName, ParserResult } from './parsers';

/** What the worker is given (copied into it). */
export interface WorkerJob {
  readonly parser: ParserName;
  readonly bytes: Uint8Array;
  readonly limits: Limits;
}

export type WorkerReply =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      readonly code: ErrorCode;
      readonly message: string;
    };

function internal(cause: unknown): AppError {
  const failure = new AppError('INTERNAL');
  failure.cause = cause;
  return failure;
}

/**
 * Runs `parser` on `bytes` in a worker loaded from `workerPath` (the bundled worker file in
 * the app, `main/untrusted/untrustedWorker.ts` from sources, run through tsx) within `limits`.
 * Resolves with the parser's result; rejects with `FileRefused` (naming the budget or the
 * reason) or, if the worker itself cannot run, an INTERNAL AppError.
 */
export function parseUntrusted<Name extends ParserName>(
  workerPath: string,
  parser: Name,
  bytes: Uint8Array,
  limits: Limits = DEFAULT_LIMITS,
): Promise<ParserResult<Name>> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      const job: WorkerJob = { parser, bytes, limits };
      worker = new Worker(workerPath, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
        ...(workerPath.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}),
      });
    } catch (error) {
      reject(internal(error));
      return;
    }
    // A file being read must never keep a quitting app (or a test run) alive.
    worker.unref();
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(refusedOver('time', limits))),
      limits.timeMs,
    );
    timer.unref();
    worker.once('message', (reply: WorkerReply) =>
      settle(() =>
        reply.ok
          ? resolve(reply.value as ParserResult<Name>)
          : reject(new FileRefused(reply.reason, reply.code, reply.message)),
      ),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refusedOver('memory', limits)
            : internal(error),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(internal(new Error(`untrusted worker exited with ${code}`)))),
    );
  });
}
