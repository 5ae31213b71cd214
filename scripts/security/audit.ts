/**
 * The dependency audit: `npm audit --omit=dev --json` (what ships, not the build tools),
 * failing on any high or critical advisory. npm audit posts the dependency list to the
 * registry's advisory service; where that is impossible (our registry proxy answers the
 * POST with 405 Method Not Allowed, or there is no network) this prints one line saying the
 * audit could not run and why, and exits 0 — or 1 when DECISION_MAP_REQUIRE_AUDIT=1, for a
 * machine that can reach the service and must not skip the audit silently.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { auditExitCode, decideAudit, describeAudit } from './auditReport';

const ROOT = resolve(__dirname, '../..');

export function main(): number {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  // npm audit exits non-zero both when it finds advisories and when it cannot run; the JSON
  // says which. A spawn failure (no npm) leaves stdout empty: "could not run".
  const stdout = run.error ? '' : (run.stdout ?? '');
  const decision = decideAudit(stdout);
  for (const line of describeAudit(decision)) console.log(line);
  return auditExitCode(decision, process.env.DECISION_MAP_REQUIRE_AUDIT === '1');
}

// Run when started as a script (tsx runs it as CommonJS), not when a test imports it.
if (typeof module !== 'undefined' && require.main === module) {
  process.exitCode = main();
}
