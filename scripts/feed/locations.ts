/**
 * Where each part of the built feed came from: JSON path → file, row and column, so that a
 * finding of the feed's validator (which speaks in JSON paths) reaches the data staff as
 * `werte.csv, Zeile 7, Spalte „Wert“`.
 */
import type { FeedIssue } from '../../src/feed/types.js';
import { FIELD_COLUMNS } from './columns.js';
import type { CsvRow } from './csv.js';
import { at, type Problem } from './problems.js';

interface Location {
  file: string;
  row: CsvRow;
  column?: string;
}

/** The field names in the rest of a path: `.body.url[0]` → `body.url`. */
function fieldOf(rest: string): string {
  return rest
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean)
    .join('.');
}

export class Locations {
  private readonly byPath = new Map<string, Location>();

  set(path: string, file: string, row: CsvRow, column?: string): void {
    this.byPath.set(path, { file, row, column });
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** The location of the longest known path that `path` starts with, with the column its rest names. */
  find(path: string): Location | undefined {
    for (let end = path.length; end > 0; end--) {
      const prefix = path.slice(0, end);
      const next = path[end];
      if (next !== undefined && next !== '.' && next !== '[') continue;
      const location = this.byPath.get(prefix);
      if (!location) continue;
      const field = fieldOf(path.slice(end));
      return { ...location, column: location.column ?? FIELD_COLUMNS[location.file]?.[field] };
    }
    return undefined;
  }

  /** `werte.csv, Zeile 7, Spalte „Wert“`, or the JSON path when no row made it. */
  describe(path: string): string {
    const location = this.find(path);
    return location ? at(location.file, location.row.row, location.column) : path;
  }

  /**
   * A finding of the validator, placed in the spreadsheet and worded for it; an error about one
   * cell starts with the cell's content („Neue-Zahl“ darf nur Kleinbuchstaben … enthalten).
   */
  problemOf(issue: FeedIssue): Problem {
    const location = this.find(issue.path);
    const cell = location?.column === undefined ? undefined : location.row.cells.get(location.column);
    const message = issue.message
      .replace(/\$[.[][^\s,;)]*/g, (path) => this.describe(path))
      .replace('mit "disputed": true und einer Notiz markieren', 'in der Spalte „Umstritten“ mit „ja“ und einer Notiz markieren');
    return {
      severity: issue.severity === 'warning' ? 'warning' : 'error',
      where: this.describe(issue.path),
      message: issue.severity !== 'warning' && cell && cell.length <= 60 && !message.includes(cell) ? `„${cell}“ ${message}` : message,
    };
  }
}
