/**
 * The command line's argument handling: which command, which options, which file. Returns
 * what to print and the exit code instead of touching the process, so it is testable.
 */
import { analyzeText, type CliResult } from './analyze';
import { readTextFile, type ReadResult } from './readFile';
import { printable } from './report';

export const USAGE = `Usage: decision-map analyze FILE [--json]

Checks a Decision Map file (NAME.decisionmap.json) and prints its decision health and
findings, naming elements by the file's own ids.

Options:
  --json      print one JSON object instead of the report
  -h, --help  show this help

Exit codes: 0 no blockers, 1 the map has blockers, 2 the file or the command is not valid.
`;

const usageError = (message: string): CliResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `decision-map: ${message}\n\n${USAGE}`,
});

export interface CliDeps {
  readonly readFile: (file: string) => ReadResult;
}

/** Runs one command line (the arguments after the program name). */
export function runCli(
  argv: readonly string[],
  deps: CliDeps = { readFile: readTextFile },
): CliResult {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given.');
  if (command === '-h' || command === '--help' || command === 'help') {
    return { exitCode: 0, stdout: USAGE, stderr: '' };
  }
  if (command !== 'analyze') return usageError(`unknown command "${printable(command)}".`);

  let json = false;
  const files: string[] = [];
  let optionsDone = false;
  for (const arg of rest) {
    if (optionsDone || !arg.startsWith('-') || arg === '-') files.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') return { exitCode: 0, stdout: USAGE, stderr: '' };
    else return usageError(`unknown option "${printable(arg)}".`);
  }
  if (files.length !== 1)
    return usageError(files.length === 0 ? 'analyze needs a FILE.' : 'analyze takes one FILE.');
  const file = files[0]!;
  const read = deps.readFile(file);
  if (!read.ok) return { exitCode: 2, stdout: '', stderr: `${read.message}\n` };
  return analyzeText(read.text, { file, json });
}
