/**
 * The command line's argument handling: which command, which options, which file. Returns
 * what to print and the exit code instead of touching the process, so it is testable.
 */
import path from 'node:path';
import { analyzeText, type CliResult } from './analyze';
import { EXPORT_OPTIONS, exportText } from './export';
import { readFileBytes, readTextFile, type ReadResult } from './readFile';
import { printable } from './report';
import { writeTextFile, type WriteResult } from './writeFile';
import { defaultOut, importModelFile, type ModelCliDeps } from './processModel';

export const USAGE = `Usage: decision-map analyze FILE [--json]
       decision-map export FILE --csv OUT.csv
       decision-map export FILE --bpmn OUT.bpmn
       decision-map export FILE --dmn OUT.dmn
       decision-map import MODEL [--out OUT.decisionmap.json] [--page NAME|NUMBER]

Works with Decision Map files (NAME.decisionmap.json), naming elements by the file's own ids.

Commands:
  analyze        print the map's decision health and findings
  export         write the map's decision register as a spreadsheet (CSV, UTF-8),
                 the map as a BPMN 2.0 process model, or its decisions as a DMN 1.3
                 decision requirements diagram
  import         turn a BPMN 2.0 process model or a draw.io diagram into a map file,
                 and say what was imported and what was left out

Options:
  --json         analyze: print one JSON object instead of the report
  --csv OUT.csv  export: the CSV file to write (replaced if it exists)
  --bpmn OUT.bpmn
                 export: the BPMN file to write (replaced if it exists)
  --dmn OUT.dmn  export: the DMN file to write (replaced if it exists)
  --out OUT.decisionmap.json
                 import: the map file to write (default: beside MODEL, same name)
  --page NAME|NUMBER
                 import: the page of a draw.io file to import, by its name or its
                 number counted from 1 (default: the first; the report names the others)
  -h, --help     show this help

Exit codes: 0 done (analyze: no blockers), 1 analyze found blockers,
2 the file or the command is not valid (import: the model was refused), or the output
could not be written.
`;

const usageError = (message: string): CliResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `decision-map: ${message}\n\n${USAGE}`,
});

const help: CliResult = { exitCode: 0, stdout: USAGE, stderr: '' };

export interface CliDeps {
  readonly readFile: (file: string) => ReadResult;
  readonly writeFile: (file: string, text: string) => WriteResult;
}

/** The commands; docs/cli.md has a section for each (tests/main/cli/cliDoc.test.ts). */
export const COMMANDS = ['analyze', 'export', 'import'] as const;
type Command = (typeof COMMANDS)[number];

/** Options that take a value, per command; `--csv OUT` and `--csv=OUT` both work. */
export const VALUE_OPTIONS: Record<Command, readonly string[]> = {
  analyze: [],
  export: EXPORT_OPTIONS,
  import: ['--out', '--page'],
};
/** Options that take no value, per command (`-h`/`--help` work everywhere). */
export const FLAGS: Record<Command, readonly string[]> = {
  analyze: ['--json'],
  export: [],
  import: [],
};

interface Parsed {
  readonly files: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
}

/** Splits a command's arguments into files, flags and option values, or a usage error. */
function parseArgs(command: Command, args: readonly string[]): Parsed | CliResult {
  const parsed: Parsed = { files: [], flags: new Set(), values: new Map() };
  let optionsDone = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      parsed.files.push(arg);
      continue;
    }
    if (arg === '--') optionsDone = true;
    else if (arg === '-h' || arg === '--help') return help;
    else if (FLAGS[command].includes(arg)) parsed.flags.add(arg);
    else {
      const [name, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
      if (!VALUE_OPTIONS[command].includes(name!))
        return usageError(`unknown option "${printable(arg)}".`);
      const value = inline ?? args[++i];
      if (value === undefined || value === '') {
        const what = name === '--page' ? "a page's name or number" : 'a file name';
        return usageError(`${name} needs ${what}.`);
      }
      parsed.values.set(name!, value);
    }
  }
  return parsed;
}

/** Runs one command line (the arguments after the program name); tests pass stand-in file access. */
export function runCli(argv: readonly string[], deps: Partial<CliDeps> = {}): CliResult {
  const { readFile = readTextFile, writeFile = writeTextFile } = deps;
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given.');
  if (command === '-h' || command === '--help' || command === 'help') return help;
  if (command !== 'analyze' && command !== 'export' && command !== 'import') {
    return usageError(`unknown command "${printable(command)}".`);
  }
  if (command === 'export' && rest.some((a) => a === '--pdf' || a.startsWith('--pdf='))) {
    return usageError('export --pdf is not available here: export the PDF from the app.');
  }
  const parsed = parseArgs(command, rest);
  if (!('files' in parsed)) return parsed;
  const { files } = parsed;
  if (files.length !== 1) {
    return usageError(
      files.length === 0 ? `${command} needs a FILE.` : `${command} takes one FILE.`,
    );
  }
  const file = files[0]!;

  if (command === 'analyze') {
    const read = readFile(file);
    if (!read.ok) return { exitCode: 2, stdout: '', stderr: `${read.message}\n` };
    return analyzeText(read.text, { file, json: parsed.flags.has('--json') });
  }

  if (command === 'import') return usageError('import runs through runCliAsync.');
  const given = EXPORT_OPTIONS.filter((option) => parsed.values.has(option));
  if (given.length === 0)
    return usageError('export needs --csv OUT.csv, --bpmn OUT.bpmn or --dmn OUT.dmn.');
  if (given.length > 1)
    return usageError('export writes one file at a time: give one of --csv, --bpmn and --dmn.');
  const format = given[0]!;
  const out = parsed.values.get(format)!;
  if (path.resolve(out) === path.resolve(file)) {
    const kind = format.slice(2).toUpperCase();
    return usageError(`${format} names the map file itself; choose another name for the ${kind}.`);
  }
  const read = readFile(file);
  if (!read.ok) return { exitCode: 2, stdout: '', stderr: `${read.message}\n` };
  return exportText(read.text, { file, format, out, writeFile });
}

/**
 * Runs one command line like `runCli`, and also `import`, which reads the model in a worker
 * and so finishes later. `deps.parseBpmn` is how the model is read (the untrusted-file worker
 * in the command, the parser in-process in tests).
 */
export async function runCliAsync(
  argv: readonly string[],
  deps: Partial<CliDeps> &
    Pick<ModelCliDeps, 'parseBpmn' | 'parseDrawio' | 'newMapId'> &
    Partial<ModelCliDeps>,
): Promise<CliResult> {
  const [command, ...rest] = argv;
  if (command !== 'import') return runCli(argv, deps);
  const parsed = parseArgs('import', rest);
  if (!('files' in parsed)) return parsed;
  if (parsed.files.length !== 1) {
    return usageError(
      parsed.files.length === 0 ? 'import needs a FILE.' : 'import takes one FILE.',
    );
  }
  const file = parsed.files[0]!;
  const out = parsed.values.get('--out') ?? defaultOut(file);
  if (path.resolve(out) === path.resolve(file)) {
    return usageError('--out names the model itself; choose another name for the map file.');
  }
  const page = parsed.values.get('--page');
  return importModelFile(file, out, {
    ...(page === undefined ? {} : { page }),
    readBytes: deps.readBytes ?? readFileBytes,
    readFile: deps.readFile ?? readTextFile,
    writeFile: deps.writeFile ?? writeTextFile,
    parseBpmn: deps.parseBpmn,
    parseDrawio: deps.parseDrawio,
    newMapId: deps.newMapId,
  });
}
