import { describe, expect, it } from 'vitest';
import { isCheckable, vagueCriterion, vagueWordsIn } from '../../../shared/analysis/vague';

describe('vagueWordsIn', () => {
  it.each<[string, string[]]>([
    ['Looks good to the CMO', ['Looks good']],
    ['on brand, ASAP', ['on brand', 'ASAP']],
    ['On-brand and polished', ['On-brand', 'polished']],
    ['Looks fine', ['Looks fine']],
    ['Needs work', ['Needs work']],
    ['Good enough, as appropriate', ['Good enough', 'as appropriate']],
    ['Final sign-off by stakeholders', []],
    ['as soon as possible', ['as soon as possible']],
    ['High quality, etc.', ['High quality', 'etc']],
    ['TBD', ['TBD']],
    ['Budget, audience and launch date are filled in', []],
    ['Cleaner layout', []],
    ['Onboarding checklist', []],
    ['clean', ['clean']],
    ['Cleané', []],
    ['Écrit proprement, clean', ['clean']],
  ])('%s', (text, words) => {
    expect(vagueWordsIn(text).map((m) => m.word)).toEqual(words);
  });

  it('gives positions for highlighting', () => {
    expect(vagueWordsIn('Copy looks good, ASAP')).toEqual([
      { word: 'looks good', start: 5, end: 15 },
      { word: 'ASAP', start: 17, end: 21 },
    ]);
  });
});

describe('isCheckable', () => {
  it.each<[string, boolean]>([
    ['Launch by 12 March', true],
    ['Launch in March', true],
    ['Click-through above 2%', true],
    ['Matches the legal claims list v3', true],
    ['Per the brand checklist', true],
    ['Follows the style guide', true],
    ['Uses the campaign template', true],
    ['Looks good to the CMO', false],
    ['Everyone is happy', false],
  ])('%s', (text, checkable) => {
    expect(isCheckable(text)).toBe(checkable);
  });
});

describe('a vague criterion', () => {
  it.each<[string, boolean]>([
    ['Looks good to the CMO', true],
    ['Budget, audience and launch date are filled in', false],
    ['On brand per the brand checklist v2', false],
    ['Launch by 12 March', false],
    ['ASAP', true],
    ['Final sign-off by Friday', false],
    // Only an evaluation, however it is worded.
    ['looks fine', true],
    ['Needs work', true],
    ['Quality is acceptable', true],
    ['Done to a high standard', true],
    ['As appropriate', true],
    // No subject: nothing to check.
    ['Approved', true],
    ['Signed off by stakeholders', true],
    // A yes/no condition about a thing.
    ['The PO number is present', false],
    ['Signed by the budget holder', false],
    ['Reviewed by Legal', false],
    ['Invoice amount matches the purchase order', false],
    ['Paid within 30 days', false],
    ['', false],
  ])('%s', (text, vague) => {
    expect(vagueCriterion(text).length > 0).toBe(vague);
  });

  it('quotes the evaluation, or the whole criterion when it names no subject', () => {
    expect(vagueCriterion('The copy looks fine').map((m) => m.word)).toEqual(['looks fine']);
    expect(vagueCriterion('  Approved. ')).toEqual([{ word: 'Approved.', start: 2, end: 11 }]);
  });

  it('is not rescued by a word inside its own evaluation, only by what it names beside it', () => {
    expect(vagueCriterion('Work is done to a high standard')).not.toEqual([]);
    expect(vagueCriterion('On brand per the brand standard')).toEqual([]);
  });

  it('judges a few thousand criteria within a frame', () => {
    const texts = Array.from(
      { length: 5000 },
      (_, i) =>
        `Criterion ${i % 2 ? 'looks fine' : 'is present'} ${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const start = performance.now();
    for (const text of texts) vagueCriterion(text);
    expect(performance.now() - start).toBeLessThan(250);
  });
});
