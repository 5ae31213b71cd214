/**
 * Line breaking for text drawn in SVG, which has no wrapping of its own. The measuring
 * function is passed in: the print view measures with the browser's real fonts, tests with a
 * fixed width per character.
 */

/** Width in pixels of `text` drawn in `font` (a CSS font shorthand). */
export type Measure = (text: string, font: string) => number;

export interface Wrapped {
  readonly lines: readonly string[];
  /** True when text was left out (the last line ends in an ellipsis). */
  readonly cut: boolean;
}

const ELLIPSIS = '…';

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`, at spaces, or inside a
 * word too long for a line. What does not fit ends the last line in an ellipsis.
 */
export function wrapText(
  text: string,
  width: number,
  maxLines: number,
  font: string,
  measure: Measure,
): Wrapped {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= width) {
      line = candidate;
      i++;
    } else if (line) {
      lines.push(line);
      line = '';
    } else {
      // One word wider than the line: break it where it stops fitting.
      const [head, tail] = splitWord(word, width, font, measure);
      lines.push(head);
      if (tail) words[i] = tail;
      else i++;
    }
  }
  let cut = i < words.length;
  if (line && lines.length < maxLines) lines.push(line);
  else if (line) cut = true;
  if (cut && lines.length > 0) {
    lines[lines.length - 1] = ellipsize(lines[lines.length - 1]!, width, font, measure);
  }
  return { lines, cut };
}

/** One line, shortened with an ellipsis if it is too wide. */
export function fitLine(text: string, width: number, font: string, measure: Measure): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return measure(clean, font) <= width ? clean : ellipsize(clean, width, font, measure);
}

function ellipsize(line: string, width: number, font: string, measure: Measure): string {
  const chars = Array.from(line);
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS, font) > width) chars.pop();
  // Do not leave a dangling space or punctuation before the ellipsis.
  while (chars.length > 0 && /[\s,;:.]/.test(chars[chars.length - 1]!)) chars.pop();
  return chars.join('') + ELLIPSIS;
}

function splitWord(word: string, width: number, font: string, measure: Measure): [string, string] {
  const chars = Array.from(word);
  let n = 1;
  while (n < chars.length && measure(chars.slice(0, n + 1).join(''), font) <= width) n++;
  return [chars.slice(0, n).join(''), chars.slice(n).join('')];
}

/** Measures with a 2D canvas context: the browser's own fonts and metrics. Cached per text. */
export function browserMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else {
        // No canvas (should not happen in a browser): a generous estimate never overflows.
        width = text.length * parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12') * 0.62;
      }
      cache.set(key, width);
    }
    return width;
  };
}
