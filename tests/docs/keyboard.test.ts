/**
 * The README's keyboard table lists the keys of the command table (shared/commands.ts), no
 * more and no fewer, so a new shortcut or a changed key cannot leave the README behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, chordText, type CommandWords } from '../../shared/commands';

const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** The keys in the first column of the table under "### Keyboard", one entry per key. */
function readmeKeys(markdown: string): string[] {
  const start = markdown.indexOf('\n### Keyboard\n');
  const section = markdown.slice(start, markdown.indexOf('\n#', start + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) =>
    row
      .split('|')[1]!
      .replace(/`/g, '')
      .split(/, | or /)
      .map((key) => key.trim()),
  );
}

/** A command's keys as the README writes them: Esc, "1–8", "arrow keys". */
function keysInReadme(command: CommandWords): string[] {
  if (command.keysText) return [command.keysText.replace(' – ', '–').replace('Arrow', 'arrow')];
  return command.keys.map((chord) => chordText(chord).replace('Escape', 'Esc'));
}

describe("the README's keyboard table", () => {
  const listed = readmeKeys(README);

  it('is found', () => {
    expect(listed.length).toBeGreaterThan(10);
  });

  it.each(COMMANDS.map((command) => [command.id, command] as const))(
    'lists the keys of %s',
    (_id, command) => {
      for (const key of keysInReadme(command)) expect(listed).toContain(key);
    },
  );

  it('lists no key the command table does not have', () => {
    const known = COMMANDS.flatMap(keysInReadme);
    expect(listed.filter((key) => !known.includes(key))).toEqual([]);
  });
});
