/**
 * A strict RFC 4180 reader for tests: reads back what the app writes, the way a
 * spreadsheet would, and fails loudly on anything a spreadsheet would misread.
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < body.length) {
    let field = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        const quote = body.indexOf('"', i);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += body.slice(i, quote);
        i = quote + 1;
        if (body[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      while (i < body.length && !/[,\r\n"]/.test(body[i]!)) field += body[i++];
      if (body[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    }
    record.push(field);
    if (body[i] === ',') {
      i++;
    } else if (body.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < body.length) {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(body[i])}`);
    }
  }
  if (record.length > 0) records.push(record);
  return records;
}
