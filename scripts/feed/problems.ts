/** What the feed tool reports: each problem names where it is, as the data staff see it. */

export interface Problem {
  severity: 'error' | 'warning';
  /** `orte.csv, Zeile 14, Spalte „Datum“`: file, spreadsheet row and column header, as far as known. */
  where: string;
  /** German, with the fix where one can be named. */
  message: string;
}

/** `orte.csv, Zeile 14, Spalte „Datum“`. */
export function at(file: string, row?: number, column?: string): string {
  return [file, row === undefined ? undefined : `Zeile ${row}`, column === undefined ? undefined : `Spalte „${column}“`]
    .filter(Boolean)
    .join(', ');
}

/** One line of output: `FEHLER: orte.csv, Zeile 14, Spalte „Datum“: …`. */
export function formatProblem(problem: Problem): string {
  return `${problem.severity === 'error' ? 'FEHLER' : 'Hinweis'}: ${problem.where}: ${problem.message}`;
}
