/**
 * A small XML writer for the exports that are XML (DMN): escaped text and attributes, and
 * elements built as strings. A map's text is the user's own and may hold anything, so
 * nothing reaches the file without going through `text` or `attr`.
 */

/**
 * Characters XML 1.0 does not allow at all (control characters other than tab, line feed and
 * carriage return, and the two non-characters U+FFFE and U+FFFF): dropped, since no escape
 * makes them legal and a parser stops at the first one.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Anything `xmlAttr` would change: most names need nothing, and are returned as they are. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_ESCAPE = /[&<>"\u0000-\u001f\ufffe\uffff]/;

/** Text content: `&`, `<` and `>` escaped (`>` for `]]>`), characters XML forbids dropped. */
export function xmlText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * An attribute value for double quotes: as text, plus `"` escaped, and tab, line feed and
 * carriage return as character references so a parser's attribute normalisation keeps them.
 */
export function xmlAttr(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/**
 * `<name a="1" b="2">…</name>`, or `<name …/>` without children; undefined attributes are
 * left out. `separator` goes between the children (a line break keeps a file readable).
 */
export function element(
  name: string,
  attributes: Attributes,
  children: readonly string[] = [],
  separator = '',
): string {
  let attrs = '';
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) attrs += ` ${key}="${xmlAttr(String(value))}"`;
  }
  if (children.length === 0) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${separator}${children.join(separator)}${separator}</${name}>`;
}

/** `<name>text</name>` with the text escaped. */
export function textElement(name: string, value: string): string {
  return `<${name}>${xmlText(value)}</${name}>`;
}
