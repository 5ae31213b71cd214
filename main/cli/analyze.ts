/**
 * `decision-map analyze`, without the process around it: map file text in, what to print
 * and the exit code out, so tests can run it in-process.
 */
import { analyzeMap } from '../../shared/analysis/engine';
import type { AnalyzeMap } from '../../shared/analysis/types';
import { parseMapFile } from '../../shared/file-format/import';
import { formatReport, printable, toJsonReport } from './report';

/** Exit codes: 0 no blockers, 1 the map has blockers, 2 the file or the command was wrong. */
export type ExitCode = 0 | 1 | 2;

export interface CliResult {
  readonly exitCode: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

export interface AnalyzeOptions {
  /** The file's name as the user typed it, for messages. */
  readonly file: string;
  readonly json: boolean;
  /** The analysis to run; the real engine unless a test passes a stand-in. */
  readonly analyze?: AnalyzeMap;
}

/** Exit 2, listing what is wrong with the file; every command refuses a bad file alike. */
export function invalidFile(file: string, problems: readonly string[]): CliResult {
  const listed = problems.map((p) => `  - ${printable(p)}`).join('\n');
  return {
    exitCode: 2,
    stdout: '',
    stderr: `${printable(file)} is not a valid map file:\n${listed}\n`,
  };
}

/** Parses map file text, analyses it and reports; exit 1 when any finding is a blocker. */
export function analyzeText(text: string, options: AnalyzeOptions): CliResult {
  const parsed = parseMapFile(text);
  if (!parsed.ok) return invalidFile(options.file, parsed.problems);
  const analysis = (options.analyze ?? analyzeMap)(parsed.doc);
  const exitCode = analysis.findings.some((f) => f.severity === 'blocker') ? 1 : 0;
  const stdout = options.json
    ? `${JSON.stringify(toJsonReport(parsed.doc, analysis), null, 2)}\n`
    : formatReport(parsed.doc, analysis, options.file);
  return { exitCode, stdout, stderr: '' };
}
