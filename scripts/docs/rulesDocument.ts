/** The repository's `docs/rules.md`: every rule of the catalog, and how the analysis works. */
import path from 'node:path';
import prettier from 'prettier';
import { RULES } from '../../shared/analysis/rules';
import { rulesMarkdown } from './rulesDoc';

export const RULES_DOC_PATH = 'docs/rules.md';

/**
 * The text `npm run docs` writes to `docs/rules.md`, formatted with the repository's
 * Prettier settings so that `npm run lint` (which checks every file) agrees with it.
 */
export async function rulesDocument(root: string): Promise<string> {
  const file = path.join(root, RULES_DOC_PATH);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(rulesMarkdown(RULES), { ...options, filepath: file });
}
