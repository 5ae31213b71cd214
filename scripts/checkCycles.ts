/**
 * `npm run lint` runs this: fails when the modules of shared/, renderer/ or main/ import
 * each other in a cycle (see scripts/cycles/importCycles.ts), naming one way round each.
 */
import path from 'node:path';
import { importCycles, readSources } from './cycles/importCycles';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Knots known and being untied elsewhere, each by all its files and why it may stay for
 * now. Keep this empty: a new entry needs a reason and someone who removes it.
 */
const ALLOWED: readonly { readonly files: readonly string[]; readonly why: string }[] = [];

const key = (files: readonly string[]) => [...files].sort().join(' ');
const allowed = new Set(ALLOWED.map((a) => key(a.files)));

const cycles = importCycles(readSources(root, ['shared', 'renderer', 'main']));
const found = cycles.filter((cycle) => !allowed.has(key(cycle.files)));
const stale = ALLOWED.filter((a) => !cycles.some((c) => key(c.files) === key(a.files)));
if (found.length > 0) {
  console.error(`Import cycles (${found.length}): untie each by moving what both sides need.`);
  for (const { way } of found) console.error(`  ${[...way, way[0]].join(' → ')}`);
}
if (stale.length > 0) {
  console.error('Allowed import cycles that are gone (remove them from scripts/checkCycles.ts):');
  for (const a of stale) console.error(`  ${a.files.join(', ')}`);
}
if (found.length > 0 || stale.length > 0) process.exit(1);
console.log('No import cycles in shared/, renderer/ or main/.');
