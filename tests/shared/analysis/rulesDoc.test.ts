/**
 * docs/rules.md is generated from the rules' metadata: it must be what `npm run docs` writes
 * today, so CI fails when a rule changes and the list people read does not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/analysis/rules';
import { rulesMarkdown } from '../../../scripts/docs/rulesDoc';
import { RULES_DOC_PATH, rulesDocument } from '../../../scripts/docs/rulesDocument';

const ROOT = path.resolve(__dirname, '../../..');

describe('docs/rules.md', () => {
  it('is what `npm run docs` writes from the rules today', async () => {
    const committed = fs.readFileSync(path.join(ROOT, RULES_DOC_PATH), 'utf8');
    // On failure: run `npm run docs` and commit docs/rules.md.
    expect(committed).toBe(await rulesDocument(ROOT));
  });

  it('names every rule with its question, severity, whether it counts, its article and prompt', () => {
    const text = rulesMarkdown(RULES);
    for (const rule of RULES) {
      const section = text.slice(text.indexOf(`## ${rule.id}\n`));
      expect(section, rule.id).toContain(rule.description);
      expect(section, rule.id).toContain(`Severity: ${rule.severity}`);
      expect(section, rule.id).toContain(rule.article);
      expect(section, rule.id).toContain(rule.prompt);
      expect(section, rule.id).toContain(
        rule.counts === 'readiness' ? 'readiness: yes' : 'readiness: no',
      );
    }
  });

  it('changes when a rule’s metadata changes', () => {
    const changed = RULES.map((r) =>
      r.id === 'owner.missing' ? { ...r, counts: 'map' as const } : r,
    );
    expect(rulesMarkdown(changed)).not.toBe(rulesMarkdown(RULES));
  });
});
