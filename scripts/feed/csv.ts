/**
 * Reading and writing the spreadsheet files of the feed. Reading goes through csv-parse, which
 * copes with what Excel and LibreOffice write (BOM, CRLF, quoted fields with line breaks); this
 * module adds what the data staff need on top: the separator detected from the header row, a
 * file saved as Windows-1252 instead of UTF-8 still read, and row numbers as the spreadsheet
 * shows them (the header is row 1).
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from './problems.js';

/** One data row: its cells by column header, and its row number in the spreadsheet. */
export interface CsvRow {
  row: number;
  cells: ReadonlyMap<string, string>;
}

export interface CsvTable {
  file: string;
  headers: readonly string[];
  rows: CsvRow[];
}

const BOM = '\uFEFF';

/** Decodes the bytes as UTF-8, or as Windows-1252 (Excel's „CSV (Trennzeichen-getrennt)“) with a warning. */
export function decode(bytes: Uint8Array, file: string, problems: Problem[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    problems.push({
      severity: 'warning',
      where: file,
      message: 'ist nicht als UTF-8 gespeichert und wurde als Windows-1252 gelesen. Bitte beim Speichern „CSV UTF-8“ wählen.',
    });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The first line of the text, outside quotes: the header row, which names the separator. */
function headerLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}

const OTHER_SEPARATORS: [string, string][] = [
  ['\t', 'Tabulatoren'],
  ['|', 'senkrechte Striche „|“'],
  [':', 'Doppelpunkte „:“'],
];

/**
 * `;` (German Excel) or `,` (English Excel, LibreOffice's default), whichever the header row
 * uses; undefined with an error when it uses neither.
 */
function detectSeparator(header: string, file: string, problems: Problem[]): string | undefined {
  if (header.includes(';')) return ';';
  if (header.includes(',')) return ',';
  const other = OTHER_SEPARATORS.find(([separator]) => header.includes(separator));
  problems.push({
    severity: 'error',
    where: `${file}, Zeile 1`,
    message: other
      ? `Die Spalten sind durch ${other[1]} getrennt. Bitte die Datei als CSV mit Semikolon „;“ (oder Komma „,“) als Trennzeichen speichern.`
      : 'Kein Trennzeichen gefunden: die Kopfzeile muss die Spaltennamen durch Semikolon „;“ (oder Komma „,“) trennen.',
  });
  return undefined;
}

/**
 * Parses one CSV file into rows keyed by header. Empty rows are skipped (but still counted, so
 * row numbers stay those of the spreadsheet); problems go to `problems`, and the table is
 * undefined when the file cannot be read at all.
 */
export function parseTable(text: string, file: string, problems: Problem[]): CsvTable | undefined {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (body.trim() === '') {
    problems.push({ severity: 'error', where: file, message: 'ist leer; es fehlt mindestens die Kopfzeile.' });
    return undefined;
  }
  // Excel writes and honours a first line `sep=;`; it does not show it as a row.
  const sepLine = /^sep=(.)\r?\n/i.exec(body);
  const content = sepLine ? body.slice(sepLine[0].length) : body;
  const delimiter = sepLine?.[1] ?? detectSeparator(headerLine(content), file, problems);
  if (!delimiter) return undefined;
  let records: string[][];
  try {
    records = parse(content, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    const reason = /quote/i.test(message)
      ? 'ein Anführungszeichen „"“ wird geöffnet, aber nicht geschlossen (oder steht mitten in einem Feld). Bitte Anführungszeichen im Text verdoppeln („""“).'
      : message;
    problems.push({ severity: 'error', where: lines ? `${file}, Zeile ${lines}` : file, message: `nicht lesbar: ${reason}` });
    return undefined;
  }
  const headers = (records[0] ?? []).map((header) => header.trim());
  const rows: CsvRow[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const extra = cells.slice(headers.length).findIndex((cell) => cell.trim() !== '');
    if (extra >= 0) {
      problems.push({
        severity: 'error',
        where: `${file}, Zeile ${row}`,
        message: `hat mehr Felder (${cells.length}) als die Kopfzeile Spalten (${headers.length}). Steht ein „${delimiter}“ im Text? Dann das Feld in Anführungszeichen setzen.`,
      });
      return;
    }
    // A line break inside a cell is LF in the feed, whichever line ends the file was saved with.
    const cell = (j: number): string => restoreFormula((cells[j] ?? '').replace(/\r\n?/g, '\n').trim());
    rows.push({ row, cells: new Map(headers.map((header, j) => [header, cell(j)])) });
  });
  return { file, headers, rows };
}

/**
 * A text a spreadsheet would run as a formula when it opens the file (`=HYPERLINK(…)`, `+…`, `-…`,
 * `@…`, a leading tab or CR), also behind apostrophes already there: the export puts one more
 * apostrophe in front, which Excel and LibreOffice show as text, and the import takes it off again.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** What the export writes for `value`: a would-be formula behind an apostrophe. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The cell's text as the feed has it: the export's apostrophe before a would-be formula taken off. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One field, defused (`defuseFormula`) and quoted when it holds the separator, a quote, a line break or edge spaces. */
function field(text: string): string {
  const value = defuseFormula(text);
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV file as German Excel opens it: UTF-8 with BOM, `;` separators, CRLF line ends. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [headers, ...rows].map((cells) => cells.map(field).join(';')).join('\r\n') + '\r\n';
}
