/** The arrow-style table: every colour it names is a theme token, and paper uses the light theme's. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSITION_KINDS } from '../../../shared/model';
import { ARROW_COLOUR, ARROW_DASH, PAPER_TOKEN } from '../../../renderer/src/print/palette';
import { ARROW_STYLE, CHOSEN_ARROW, dashArray } from '../../../renderer/src/ui/kinds';

const tokens = readFileSync(
  path.resolve(__dirname, '../../../renderer/src/styles/tokens.css'),
  'utf8',
);
/** The value of a token in the block that starts with `selector`. */
function tokenIn(selector: string, token: string): string | undefined {
  const block = tokens.slice(tokens.indexOf(selector));
  const body = block.slice(0, block.indexOf('}'));
  return new RegExp(`${token}:\\s*([^;]+);`).exec(body)?.[1]?.trim();
}

describe('arrow styles', () => {
  const used = [...TRANSITION_KINDS.map((k) => ARROW_STYLE[k].colour), CHOSEN_ARROW.colour];

  it.each(used)('%s is a token of both themes', (token) => {
    expect(tokenIn(':root', token)).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokenIn(":root[data-theme='dark']", token)).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(used)('paper draws %s in the light theme’s colour', (token) => {
    expect(PAPER_TOKEN[token].toLowerCase()).toBe(tokenIn(':root', token)!.toLowerCase());
  });

  it('tells the kinds apart by line, not colour alone', () => {
    const patterns = TRANSITION_KINDS.map(dashArray);
    expect(new Set(patterns).size).toBe(TRANSITION_KINDS.length);
    expect(dashArray('forward')).toBeUndefined();
    for (const kind of TRANSITION_KINDS) {
      expect(ARROW_DASH[kind]).toBe(dashArray(kind));
      expect(ARROW_COLOUR[kind]).toBe(PAPER_TOKEN[ARROW_STYLE[kind].colour]);
    }
  });
});
