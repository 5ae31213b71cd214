/**
 * The `decision-map` command (see `bin/decision-map.js`). Only process plumbing here:
 * arguments in, output and exit code out. The user never sees a stack trace.
 */
import { randomUUID } from 'node:crypto';
import { PROCESS_LIMITS } from '../import';
import { readBpmn } from '../import/bpmnParser';
import { readDrawio } from '../import/drawio';
import { runCliAsync } from './run';

// `decision-map analyze x | head` closes the pipe early; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exitCode = 2;
});

runCliAsync(process.argv.slice(2), {
  // The command is a process of its own, run for one file: the model is read in it, after
  // the same refusals as the app's (entities, size, element count), within the same meter.
  // (The worker's file is known only to the app's bundle, not to this entry run from sources.)
  parseBpmn: (bytes) => readBpmn(bytes, PROCESS_LIMITS),
  parseDrawio: (bytes) => readDrawio(bytes, PROCESS_LIMITS),
  newMapId: () => randomUUID(),
}).then(
  (result) => {
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    // exitCode, not exit(): let the writes above reach a pipe before the process ends.
    process.exitCode = result.exitCode;
  },
  () => {
    process.stderr.write(
      'decision-map: something went wrong inside Decision Map; nothing was written.\n',
    );
    process.exitCode = 2;
  },
);
