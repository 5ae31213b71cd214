import { describe, expect, it } from 'vitest';
import { isCheckable, vagueCriterion, vagueWordsIn } from '../../../shared/analysis/vague';

describe('vagueWordsIn', () => {
  it.each<[string, string[]]>([
    ['Looks good to the CMO', ['Looks good']],
    ['on brand, ASAP', ['on brand', 'ASAP']],
    ['On-brand and polished', ['On-brand', 'polished']],
    ['Final sign-off by stakeholders', ['Final sign-off']],
    ['Approved by stakeholders', ['Approved by stakeholders']],
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
  ])('%s', (text, vague) => {
    expect(vagueCriterion(text).length > 0).toBe(vague);
  });
});
