/** File names from map names: safe on every platform, never empty, ending as their kind. */
import { describe, expect, it } from 'vitest';
import { fileNameFor, safeBaseName, safeFileName } from '../../../shared/export/fileKinds';

describe('file names', () => {
  it.each([
    ['Campaign launch (as-is)', 'Campaign launch (as-is)'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['  ..hidden.  ', 'hidden'],
    ['tab\there\nnewline', 'tab here newline'],
    ['', 'Untitled map'],
    ['///', 'Untitled map'],
    ['CON', 'CON map'],
    ['x'.repeat(300), 'x'.repeat(120)],
  ])('safeBaseName(%j) is %j', (name, safe) => expect(safeBaseName(name)).toBe(safe));

  it('names each kind of file', () => {
    expect(fileNameFor('Launch', 'map')).toBe('Launch.decisionmap.json');
    expect(fileNameFor('Launch', 'csv', 'decision register')).toBe(
      'Launch - decision register.csv',
    );
    expect(fileNameFor('Launch', 'png')).toBe('Launch.png');
    expect(fileNameFor('Launch', 'dmn', 'decisions')).toBe('Launch - decisions.dmn');
  });

  it('keeps a suggested name safe and ending as its kind', () => {
    expect(safeFileName('Launch.decisionmap.json', 'map')).toBe('Launch.decisionmap.json');
    expect(safeFileName('../../etc/passwd', 'csv')).toBe('etc passwd.csv');
    expect(safeFileName('picture.PNG', 'png')).toBe('picture.png');
    expect(safeFileName('../decisions', 'dmn')).toBe('decisions.dmn');
  });
});
