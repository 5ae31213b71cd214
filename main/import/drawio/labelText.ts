/**
 * A draw.io label as plain text. Labels with `html=1` in their style are HTML (draw.io's
 * rich-text editor writes `<div>`, `<br>`, `<font>`, `&nbsp;`); a map's names are plain text,
 * so tags are dropped, line breaks become spaces and character references are decoded.
 * Purely textual — nothing is ever rendered — and linear in the label's length.
 */

const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  shy: '',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
};

function codePoint(value: number): string {
  const valid =
    Number.isInteger(value) && value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff);
  return valid ? String.fromCodePoint(value) : '\uFFFD';
}

function decodeReferences(text: string): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,9});/g,
    (whole, ref: string) => {
      if (ref[0] !== '#') return Object.hasOwn(NAMED, ref) ? NAMED[ref]! : whole;
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return codePoint(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    },
  );
}

/** Runs of whitespace (line breaks included) as one space, none at either end. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of an HTML label: block ends and `<br>` as spaces, other tags dropped. */
export function htmlToText(html: string): string {
  const spaced = html.replace(/<\/?(?:br|div|p|li|tr|td|h[1-6])\b[^>]*>/gi, ' ');
  return collapseSpace(decodeReferences(spaced.replace(/<[^>]*>/g, '')));
}

/** Whether a style string says its label is HTML (`html=1`). */
export function isHtmlStyle(style: string): boolean {
  return /(?:^|;)\s*html\s*=\s*1\s*(?:;|$)/.test(style);
}

/** A cell's label as the map shows it. */
export function labelText(value: string, style: string): string {
  return isHtmlStyle(style) ? htmlToText(value) : collapseSpace(value);
}
