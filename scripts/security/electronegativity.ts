/**
 * The Electronegativity gate: `npm run security` (after a build) runs it; CI runs that.
 * Electronegativity never fails by itself, so this script reads what it found and exits 1
 * on any finding of MEDIUM severity or higher — whatever its confidence — that an entry of
 * ALLOW_LIST below does not name (rule + file + the flagged code, with the reason). It also
 * fails when the tool could not parse a file (that file was not checked), when an
 * allow-list entry matches nothing any more, and when a scanned file carries an inline
 * `eng-` + `disable` annotation (which would hide a finding from this gate: the allow-list
 * is the one place exceptions live).
 *
 * What it scans, as ONE app (Electronegativity's global checks — CSP, navigation limits,
 * permission handler — look across all files of a run, so the parts must be scanned
 * together), copied into a temporary folder with the repository's layout:
 *   - package.json          Electron's version and the package's own settings;
 *   - main/                 the main process and the preload as written: every
 *                           `new BrowserWindow`, the guards, IPC, shell and session calls,
 *                           under the names the checks look for;
 *   - shared/, renderer/src the rest of our code (no Electron APIs; cheap to include);
 *   - out/renderer          the page as it ships: index.html with the CSP <meta> the build
 *                           injects (the only place the CSP exists as HTML) and the bundle
 *                           with every third-party library the page runs;
 *   - out/preload           the preload as it ships.
 * Not out/main: the bundler rewrites `new BrowserWindow` to `new electron.BrowserWindow`,
 * which the window checks do not recognise, so scanning it adds duplicates, not signal.
 *
 * The Electron version is the installed one (node_modules/electron), passed explicitly:
 * the tool otherwise guesses from package.json ranges, or assumes v0.1.0 and its defaults.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { evaluate, parseReport, summarize, type Allowance } from './electronegativityReport';

const ROOT = resolve(__dirname, '../..');

/** What is scanned, relative to the repository root (see the header). */
export const SCANNED = [
  'package.json',
  'main',
  'shared',
  'renderer/src',
  'out/renderer',
  'out/preload',
] as const;

/**
 * Checks that cannot run here. AvailableSecurityFixesGlobalCheck downloads Electron's
 * release list from GitHub (no internet on CI) to say whether a newer Electron has security
 * fixes; keeping Electron current is the dependency updates' job, not this offline gate's.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'] as const;

const SECURE_PREFS_REASON =
  'webPreferences come from secureWebPreferences() in main/window.ts (contextIsolation: true, ' +
  'sandbox: true, nodeIntegration: false, ...), a function call the check cannot look into, so ' +
  'it reports the defaults. tests/main/security/windows.test.ts asserts the real options of ' +
  'every window the app creates.';

/**
 * Every reviewed exception: rule + file + the flagged code, and why it is safe. Each has a
 * comment beside the code too. An entry that stops matching fails the gate: remove it.
 */
export const ALLOW_LIST: readonly Allowance[] = [
  {
    rule: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/window.ts',
    code: 'new BrowserWindow(',
    reason: SECURE_PREFS_REASON,
  },
  {
    rule: 'SANDBOX_JS_CHECK',
    file: 'main/window.ts',
    code: 'new BrowserWindow(',
    reason: SECURE_PREFS_REASON,
  },
  {
    rule: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/pdf/printToPdf.ts',
    code: 'new BrowserWindow(',
    reason: SECURE_PREFS_REASON + ' (The print window spreads them and adds backgroundThrottling.)',
  },
  {
    rule: 'SANDBOX_JS_CHECK',
    file: 'main/pdf/printToPdf.ts',
    code: 'new BrowserWindow(',
    reason: SECURE_PREFS_REASON + ' (The print window spreads them and adds backgroundThrottling.)',
  },
  {
    rule: 'AUXCLICK_JS_CHECK',
    file: 'main/window.ts',
    code: 'new BrowserWindow(',
    reason:
      'what the check guards against, a middle click that opens a new window or navigates ' +
      'away, is refused for every web contents by main/security/guards.ts ' +
      '(setWindowOpenHandler always denies; will-navigate/will-redirect allow only our page), ' +
      'tested in tests/main/security/windows.test.ts.',
  },
  {
    rule: 'AUXCLICK_JS_CHECK',
    file: 'main/pdf/printToPdf.ts',
    code: 'new BrowserWindow(',
    reason:
      'the print window is never shown, so nobody can click in it; it gets the same guards ' +
      'as every web contents (no new windows, no navigation away).',
  },
  {
    rule: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security/guards.ts',
    code: 'shell.openExternal(url)',
    reason:
      'the URL is opened only when isSafeExternalUrl(url) holds: https: with a host and no ' +
      'credentials; file:, javascript:, data:, http: and custom schemes are refused ' +
      '(tests/main/security/guards.test.ts, tests/main/security/windows.test.ts).',
  },
];

/** The text an inline exception starts with; built so this file does not contain it. */
const INLINE_DISABLE = 'eng-' + 'disable';

function electronVersion(): string {
  const file = join(ROOT, 'node_modules/electron/package.json');
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`no version in ${file}`);
  return version;
}

function stage(target: string): void {
  for (const part of SCANNED) {
    const from = join(ROOT, part);
    if (!existsSync(from)) {
      const hint = part.startsWith('out/') ? ' Build first: npm run build.' : '';
      throw new Error(`${part} does not exist.${hint}`);
    }
    cpSync(from, join(target, part), { recursive: true });
  }
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Scanned files that carry an inline annotation hiding findings from this gate. */
function inlineExceptions(staged: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(staged)) {
    if (!/\.(?:[cm]?js|jsx|ts|tsx|html?)$/.test(file)) continue;
    if (readFileSync(file, 'utf8').includes(INLINE_DISABLE))
      found.push(relative(staged, file).replaceAll('\\', '/'));
  }
  return found;
}

export function main(): number {
  const work = mkdtempSync(join(tmpdir(), 'dm-electronegativity-'));
  try {
    const staged = join(work, 'app');
    stage(staged);
    const reportFile = join(work, 'report.json');
    const version = electronVersion();
    const run = spawnSync(
      process.execPath,
      [
        join(__dirname, 'electronegativity-runner.cjs'),
        staged,
        reportFile,
        version,
        EXCLUDED_CHECKS.join(','),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 180_000 },
    );
    if (run.status !== 0 || !existsSync(reportFile)) {
      process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
      console.error(
        `Electronegativity did not run to the end (status ${run.status}, signal ${run.signal}).`,
      );
      return 1;
    }
    const report = parseReport(JSON.parse(readFileSync(reportFile, 'utf8')), staged);
    console.log(
      `Electronegativity ${report.checks} checks, Electron ${report.electronVersion}, ` +
        `over ${SCANNED.join(', ')} (without ${EXCLUDED_CHECKS.join(', ')}):`,
    );
    const evaluation = evaluate(report, ALLOW_LIST);
    const { ok, lines } = summarize(evaluation);
    for (const line of lines) console.log(line);
    const inline = inlineExceptions(staged);
    for (const file of inline)
      console.log(
        `FAIL     ${file} has an inline ${INLINE_DISABLE}: add an ALLOW_LIST entry in ` +
          `scripts/security/electronegativity.ts instead.`,
      );
    return ok && inline.length === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Run when started as a script (tsx runs it as CommonJS), not when a test imports it.
if (typeof module !== 'undefined' && require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`Electronegativity gate failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
