/** CSV that a spreadsheet reads as written: quoting, line ends, BOM, no formulas. */
import { describe, expect, it } from 'vitest';
import { BOM, neutralise, quoteField, toCsv } from '../../../shared/export/csv';
import { parseCsv } from '../../support/csv';

describe('quoteField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "yes"', '"say ""yes"""'],
    ['"', '""""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['  spaced  ', '  spaced  '],
  ])('%j → %j', (field, written) => expect(quoteField(field)).toBe(written));
});

describe('neutralise', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-10% budget', "'-10% budget"],
    ['@mention', "'@mention"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['Budget = 10k', 'Budget = 10k'],
    ['', ''],
  ])('%j → %j', (cell, safe) => expect(neutralise(cell)).toBe(safe));
});

describe('toCsv', () => {
  it('starts with a BOM and ends every record, the last one too, with CRLF', () => {
    const csv = toCsv(['A', 'B'], [['1', '2']]);
    expect(csv).toBe(`${BOM}A,B\r\n1,2\r\n`);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes numbers as numbers, null as an empty cell, and line breaks as LF', () => {
    const csv = toCsv(['N', 'Empty', 'Text'], [[24, null, 'one\r\ntwo\rthree']]);
    expect(csv).toBe(`${BOM}N,Empty,Text\r\n24,,"one\ntwo\nthree"\r\n`);
  });

  it('neutralises before quoting, so a formula with a comma stays inert and whole', () => {
    const csv = toCsv(['X'], [['=HYPERLINK("http://x.example","click")']]);
    expect(parseCsv(csv)).toEqual([['X'], ['\'=HYPERLINK("http://x.example","click")']]);
  });

  it('reads back cell for cell, whatever the text holds', () => {
    const nasty = ['a,b', '"quoted"', 'multi\nline', 'émoji 🎯 — “smart”', '', ' lead', ','];
    const csv = toCsv(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7'], [nasty, nasty]);
    expect(parseCsv(csv)).toEqual([['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7'], nasty, nasty]);
  });
});
