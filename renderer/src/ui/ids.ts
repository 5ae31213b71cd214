/** Short random ids for new elements: unique within a map, readable in exported files. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  let text = '';
  for (const byte of bytes) text += (byte % 36).toString(36);
  return `${prefix}-${text}`;
}
