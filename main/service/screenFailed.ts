/**
 * `app:screenFailed`: a screen of the renderer crashed and showed its recovery screen. The
 * error is rebuilt from what the page sent and logged like one of main's own, so the
 * logger's scrubbing (main/log/scrub.ts) applies: its name, a message cut before anything
 * quoted, and the stack's frames — never map content.
 */
import type { Handlers } from '../../shared/api/contract';
import { logError } from '../log';

export function screenFailedHandlers(): Pick<Handlers, 'app:screenFailed'> {
  return {
    'app:screenFailed': ({ screen, name, message, stack }) => {
      const error = new Error(message);
      error.name = name || 'Error';
      // Only the frames: the first line of a stack repeats the message unscrubbed.
      error.stack = stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n');
      logError('renderer', `the ${screen} screen failed; its recovery screen was shown`, error);
      return null;
    },
  };
}
