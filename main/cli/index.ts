/**
 * The `decision-map` command (see `bin/decision-map.js`). Only process plumbing here:
 * arguments in, output and exit code out. The user never sees a stack trace.
 */
import { runCli } from './run';

// `decision-map analyze x | head` closes the pipe early; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exitCode = 2;
});

try {
  const result = runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  // exitCode, not exit(): let the writes above reach a pipe before the process ends.
  process.exitCode = result.exitCode;
} catch {
  process.stderr.write(
    'decision-map: something went wrong inside Decision Map; the map was not checked.\n',
  );
  process.exitCode = 2;
}
