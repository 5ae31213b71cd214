/**
 * Every relative link in the README and docs/*.md points at a file of the repository, and a
 * link to a heading (`file.md#words`, `#words`) at a heading that exists, so a renamed or
 * moved page cannot leave a reader at a dead end. Links to the web are not fetched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

const DOCS = [
  'README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The targets of `[text](target)` and `![alt](target)`, outside code spans and blocks. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function anchors(markdown: string): Set<string> {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...prose.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

/** What is wrong with each relative link of one document, in words; empty when all resolve. */
function brokenLinks(
  doc: string,
  markdown: string,
  read: (file: string) => string | null,
): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: — not ours to check
    const [file = '', anchor] = target.split('#');
    const resolved = file
      ? path.posix.normalize(path.posix.join(path.posix.dirname(doc), file))
      : doc;
    const text = file ? read(resolved) : markdown;
    if (text === null) problems.push(`${doc}: ${target} (no file ${resolved})`);
    else if (anchor && resolved.endsWith('.md') && !anchors(text).has(anchor))
      problems.push(`${doc}: ${target} (no heading #${anchor} in ${resolved})`);
  }
  return problems;
}

function readFromRepository(file: string): string | null {
  const full = path.join(ROOT, file);
  if (file.startsWith('..') || !fs.existsSync(full)) return null;
  return fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : '';
}

describe('links between the docs', () => {
  it.each(DOCS)('%s links only to files and headings that exist', (doc) => {
    const markdown = fs.readFileSync(path.join(ROOT, doc), 'utf8');
    expect(brokenLinks(doc, markdown, readFromRepository)).toEqual([]);
  });

  it('finds a link to a missing page, a missing heading and one leaving the repository', () => {
    const pages: Record<string, string> = { 'docs/cli.md': '# Command line\n\n## Exit codes\n' };
    const markdown = [
      'See [the CLI](cli.md), [its exit codes](cli.md#exit-codes), [the web](https://example.org)',
      'and `[code](not-a-link.md)`; but [gone](gone.md), [no such part](cli.md#options),',
      '[outside](../../etc/passwd) and [here](#nowhere) are broken.',
      '',
      '## Here',
    ].join('\n');
    expect(brokenLinks('docs/room.md', markdown, (file) => pages[file] ?? null)).toEqual([
      'docs/room.md: gone.md (no file docs/gone.md)',
      'docs/room.md: cli.md#options (no heading #options in docs/cli.md)',
      'docs/room.md: ../../etc/passwd (no file ../etc/passwd)',
      'docs/room.md: #nowhere (no heading #nowhere in docs/room.md)',
    ]);
  });
});
