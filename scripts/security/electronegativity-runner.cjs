/**
 * Runs Electronegativity through its documented programmatic API, offline, and writes what
 * it found as JSON. Started by electronegativity.ts as
 *   node electronegativity-runner.cjs <input> <out.json> <electron version> [excluded,checks]
 *
 * Why not the CLI: its SARIF carries no severity or confidence (only "note"/"warning"),
 * its CSV is written by two racing async writes, and it hides parse errors when writing a
 * file, so a source it failed to read would pass silently. The API returns all three.
 *
 * Why offline: Electronegativity fetches translations from S3 and Electron's release list
 * from GitHub. Without internet (our machines, CI) got's retry timer then throws an
 * uncaught error that kills the process at a random point, racing the scan. Its `got` is
 * replaced by one that fails at once: translations fall back to the bundled English ones.
 */
'use strict';
const Module = require('node:module');
const { writeFileSync } = require('node:fs');
const { sep } = require('node:path');

const offline = () =>
  Promise.reject(new Error('offline: Decision Map runs Electronegativity offline'));
offline.get = offline;
offline.head = offline;
const originalLoad = Module._load;
Module._load = function load(request, parent, ...rest) {
  const fromTool = parent?.filename?.includes(`${sep}@doyensec${sep}electronegativity${sep}`);
  if (request === 'got' && fromTool) return offline;
  return originalLoad.call(this, request, parent, ...rest);
};

const [input, outFile, electronVersion, excluded = ''] = process.argv.slice(2);
if (!input || !outFile || !electronVersion) {
  process.stderr.write(
    'usage: electronegativity-runner.cjs INPUT OUT.json ELECTRON_VERSION [EXCLUDED]\n',
  );
  process.exit(2);
}

const run = require('@doyensec/electronegativity');
run({
  input,
  isSarif: false,
  customScan: [],
  excludeFromScan: excluded.split(',').filter(Boolean),
  isRelative: false,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
})
  .then((result) => {
    const report = {
      input,
      electronVersion,
      checks: { global: result.globalChecks, atomic: result.atomicChecks },
      errors: result.errors.map((e) => ({
        file: e.file,
        message: e.message,
        tolerable: e.tolerable,
      })),
      issues: result.issues.map((i) => ({
        id: i.id,
        severity: i.severity.name,
        confidence: i.confidence.name,
        file: i.file,
        line: i.location?.line ?? 0,
        column: i.location?.column ?? 0,
        manualReview: Boolean(i.manualReview),
        sample: i.sample ?? null,
        description: i.description ?? '',
      })),
    };
    writeFileSync(outFile, JSON.stringify(report, null, 2));
    process.exit(0);
  })
  .catch((error) => {
    process.stderr.write(
      `Electronegativity failed: ${error && error.stack ? error.stack : error}\n`,
    );
    process.exit(1);
  });
