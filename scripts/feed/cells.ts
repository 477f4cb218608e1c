/**
 * Reading the cells of one spreadsheet row into feed values: dates, numbers, fixed words, yes/no
 * and lists, each with a German problem naming file, row and column when the cell is wrong.
 */
import { isPartialDate, isRecordDate } from '../../src/feed/schema.js';
import { LIST_SEPARATOR, NO, YES, type Words } from './columns.js';
import type { CsvRow } from './csv.js';
import { editDistance } from './gazetteer.js';
import { at, type Problem } from './problems.js';

/** Cells of one row, read with their location; every reader returns undefined for an empty cell. */
export class RowReader {
  constructor(
    readonly file: string,
    readonly row: CsvRow,
    private readonly problems: Problem[],
  ) {}

  where(column?: string): string {
    return at(this.file, this.row.row, column);
  }

  error(column: string | undefined, message: string): undefined {
    this.problems.push({ severity: 'error', where: this.where(column), message });
    return undefined;
  }

  warn(column: string | undefined, message: string): void {
    this.problems.push({ severity: 'warning', where: this.where(column), message });
  }

  text(column: string): string | undefined {
    const value = this.row.cells.get(column) ?? '';
    return value === '' ? undefined : value;
  }

  /** A cell that must be filled. */
  required(column: string): string | undefined {
    return this.text(column) ?? this.error(column, 'ist leer, muss aber ausgefüllt sein');
  }

  /** JJJJ, JJJJ-MM, JJJJ-MM-TT (and for statuses intervals); TT.MM.JJJJ and MM.JJJJ as Excel writes them are converted. */
  date(column: string, options: { record?: boolean; required?: boolean } = {}): string | undefined {
    const raw = options.required ? this.required(column) : this.text(column);
    if (raw === undefined) return undefined;
    const value = raw.split('/').map(fromGermanDate).join('/');
    if (options.record ? isRecordDate(value) : isPartialDate(value)) return value;
    const allowed = options.record
      ? 'JJJJ-MM-TT, JJJJ-MM, JJJJ, einen Zeitraum wie 2020-07/2021-05 oder ../2021-11 für „spätestens“'
      : 'JJJJ-MM-TT, JJJJ-MM oder JJJJ';
    return this.error(column, `${raw} ist kein gültiges Datum (erlaubt: ${allowed}; Jahre 1900–2199)`);
  }

  /** 420000, 420.000 (thousands), 1,5 or 1.5. */
  number(column: string, options: { required?: boolean } = {}): number | undefined {
    const raw = options.required ? this.required(column) : this.text(column);
    if (raw === undefined) return undefined;
    const compact = raw.replace(/[\s\u00a0€]/g, '');
    let normal: string | undefined;
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) normal = compact.replaceAll('.', '').replace(',', '.');
    else if (/^\d+([.,]\d+)?$/.test(compact)) normal = compact.replace(',', '.');
    if (normal !== undefined) return Number(normal);
    return this.error(column, `„${raw}“ ist keine Zahl (erlaubt: z. B. 42, 420000, 420.000 oder 1,5; nicht negativ)`);
  }

  /** One of the fixed words of a vocabulary (case ignored); the feed's own value is accepted too. */
  word<T extends string | number>(column: string, vocabulary: Words<T>): T | undefined {
    const raw = this.text(column);
    if (raw === undefined) return undefined;
    const wanted = raw.toLowerCase();
    for (const [value, word] of vocabulary) if (word.toLowerCase() === wanted || String(value) === raw) return value;
    const allowed = [...vocabulary.values()].map((word) => `„${word}“`).join(', ');
    return this.error(column, `„${raw}“ ist nicht erlaubt (erlaubt: ${allowed}, oder leer)`);
  }

  /** ja / nein. */
  flag(column: string): boolean | undefined {
    const raw = this.text(column);
    if (raw === undefined) return undefined;
    const value = raw.toLowerCase();
    if ([YES, 'wahr', 'true', 'x'].includes(value)) return true;
    if ([NO, 'falsch', 'false'].includes(value)) return false;
    return this.error(column, `„${raw}“ ist nicht erlaubt (erlaubt: „${YES}“, „${NO}“ oder leer)`);
  }

  /** Items separated by `|` or line breaks. */
  list(column: string): string[] | undefined {
    const raw = this.text(column);
    if (raw === undefined) return undefined;
    return raw
      .split(new RegExp(`[${LIST_SEPARATOR.trim()}\\r\\n]`))
      .map((item) => item.trim())
      .filter(Boolean);
  }
}

/** `05.11.2021` → `2021-11-05`, `11.2021` → `2021-11`; anything else unchanged. */
function fromGermanDate(value: string): string {
  const day = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (day) return `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const month = /^(\d{1,2})\.(\d{4})$/.exec(value);
  if (month) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  return value;
}

/** The closest of `known` to `value`, as a hint: ` Meinten Sie „x“?`. */
export function didYouMean(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let distance = Infinity;
  for (const candidate of known) {
    const d = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best !== undefined && distance <= Math.max(2, value.length / 3) ? ` Meinten Sie „${best}“?` : '';
}

/** Names a row that repeats an earlier one by `key`; true when it is a duplicate. */
export function duplicate(seen: Map<string, number>, key: string, reader: RowReader, column: string, what: string): boolean {
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, reader.row.row);
    return false;
  }
  reader.error(column, `${what} steht schon in Zeile ${first} (doppelte Zeile). Bitte eine der beiden Zeilen löschen oder ändern.`);
  return true;
}
