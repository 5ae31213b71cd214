#!/usr/bin/env node
// The `decision-map` command: a CommonJS shim around the built command line, which
// `npm run build` writes to out/main/cli.js together with the app.
'use strict';

const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(built)) {
  process.stderr.write('decision-map: the command line is not built. Run npm run build first.\n');
  process.exitCode = 2;
} else {
  try {
    require(built);
  } catch (error) {
    // A broken install (a missing dependency, say): one line, not a stack trace.
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`decision-map: could not start (${detail}). Reinstall or rebuild.\n`);
    process.exitCode = 2;
  }
}
