/**
 * `npm run docs`: writes docs/rules.md from the rules' metadata (see scripts/docs/rulesDoc.ts).
 * Commit the result; tests/shared/analysis/rulesDoc.test.ts fails while it is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RULES_DOC_PATH, rulesDocument } from './docs/rulesDocument';

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const target = path.join(root, RULES_DOC_PATH);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, await rulesDocument(root));
  console.log(`Wrote ${RULES_DOC_PATH}`);
}

void main();
