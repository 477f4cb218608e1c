/**
 * A small CSV reader for the fact files: comma-separated, first line is the header, fields may
 * be quoted ("…") and then contain commas, line breaks and doubled quotes ("").
 */

export type CsvRow = Record<string, string>;

/** Splits CSV text into records of fields. */
function parseRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('CSV: unclosed quote at end of file');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parses CSV text into objects keyed by the header; fails on rows of the wrong width. */
export function parseCsv(text: string, name: string): CsvRow[] {
  const [header, ...records] = parseRecords(text.replace(/^\uFEFF/, ''));
  if (!header) throw new Error(`${name}: empty file`);
  return records.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`${name}, data row ${i + 1}: ${fields.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((key, j) => [key, fields[j] ?? '']));
  });
}
