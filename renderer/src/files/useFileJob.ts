import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { Refusal } from './refusal';

/**
 * One file job at a time (an export, an import) and what to tell the person about it. The
 * status line shows "Saving…" at once; its progress bar fades in only after a second (in
 * CSS), so quick jobs do not flash one.
 */
export type FileJob =
  | { readonly state: 'idle' }
  | { readonly state: 'working'; readonly label: string }
  | { readonly state: 'done'; readonly message: string }
  | { readonly state: 'failed'; readonly message: string };

/** Lets the browser paint the "working" status before a task that may hold the thread. */
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function useFileJob() {
  const [job, setJob] = useState<FileJob>({ state: 'idle' });
  const running = useRef(false);

  /**
   * Runs `task`, whose result is the message to show when done (null: say nothing). A
   * failure shows its message when it is an API error or a Refusal, else `failure`.
   */
  const run = useCallback(
    async (label: string, task: () => Promise<string | null>, failure: string) => {
      if (running.current) return;
      running.current = true;
      setJob({ state: 'working', label });
      try {
        await painted();
        const message = await task();
        setJob(message === null ? { state: 'idle' } : { state: 'done', message });
      } catch (error) {
        const known = error instanceof ApiError || error instanceof Refusal;
        if (!known) console.error('Decision Map: a file job failed', error);
        setJob({ state: 'failed', message: known ? error.message : failure });
      } finally {
        running.current = false;
      }
    },
    [],
  );

  const reset = useCallback(() => setJob({ state: 'idle' }), []);
  return { job, run, reset, busy: job.state === 'working' };
}
