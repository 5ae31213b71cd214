/**
 * docs/cli.md is the command line's manual: every command and option the parser takes is in
 * it, under its command, and it lists no option the command would refuse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, FLAGS, runCli, VALUE_OPTIONS } from '../../../main/cli/run';

const ROOT = path.resolve(__dirname, '../../..');
const DOC_PATH = 'docs/cli.md';
const doc = fs.readFileSync(path.join(ROOT, DOC_PATH), 'utf8');

/** The text under `## \`decision-map COMMAND\`` up to the next `## ` heading, or null. */
function commandSection(text: string, command: string): string | null {
  const heading = `## \`decision-map ${command}\`\n`;
  const start = text.indexOf(heading);
  if (start < 0) return null;
  const next = text.indexOf('\n## ', start + heading.length);
  return text.slice(start + heading.length, next < 0 ? undefined : next);
}

/** The option names in the first column of a section's table: `| \`--csv OUT.csv\` | …`. */
function tableOptions(section: string): string[] {
  return [...section.matchAll(/^\| `(-[^` ]+)[^`]*` *\|/gm)].map((m) => m[1]!);
}

/** What a command section is missing, and what it lists that the command does not take. */
function compare(section: string, accepted: readonly string[]) {
  const listed = tableOptions(section);
  return {
    missing: accepted.filter((option) => !listed.includes(option)),
    unknown: listed.filter((option) => !accepted.includes(option)),
  };
}

describe(DOC_PATH, () => {
  it.each(COMMANDS)(
    'has a section for `decision-map %s` with a table of its options',
    (command) => {
      const section = commandSection(doc, command);
      expect(section, `no "## \`decision-map ${command}\`" in ${DOC_PATH}`).not.toBeNull();
      const accepted = [...FLAGS[command], ...VALUE_OPTIONS[command]];
      expect(compare(section!, accepted)).toEqual({ missing: [], unknown: [] });
      // The synopsis at the top shows the command too.
      expect(doc).toMatch(new RegExp(`^decision-map ${command} `, 'm'));
    },
  );

  it('lists options the command really takes, with the value it takes', () => {
    for (const command of COMMANDS) {
      const section = commandSection(doc, command)!;
      for (const row of section.matchAll(/^\| `(--[a-z]+)( [^`]+)?` *\|/gm)) {
        const [, option, value] = row;
        const args = [command, 'map.decisionmap.json', option!];
        if (value) args.push('out.file');
        // A usage error would name the option as unknown; reading the missing file is fine.
        expect(runCli(args).stderr, `${command} ${option}`).not.toMatch(/unknown option/);
      }
    }
  });

  it('names help and every exit code', () => {
    expect(doc).toContain('`-h`');
    expect(doc).toContain('`--help`');
    for (const code of [0, 1, 2]) expect(doc).toMatch(new RegExp(`^\\| ${code} +\\|`, 'm'));
  });

  it('finds a missing option and an option the command does not take', () => {
    const section = '| `--json` | prints JSON |\n| `--yaml OUT` | prints YAML |\n';
    expect(compare(section, ['--json', '--csv'])).toEqual({
      missing: ['--csv'],
      unknown: ['--yaml'],
    });
    expect(commandSection('## `decision-map other`\ntext\n', 'analyze')).toBeNull();
  });
});
