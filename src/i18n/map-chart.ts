/**
 * Texts the map and the chart both show (their table, downloads and qualified figures) in
 * German, written once: each widget's table spreads them in under the same names. They live
 * here, not in `strings.ts`, so the counter, which shows none of them, does not download them.
 */
export const de = {
  showTable: 'Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  downloadCsv: 'CSV herunterladen',
  downloadJson: 'JSON herunterladen',
  sortHint: 'sortierbar: Spaltenüberschrift wählen',
  /** After a press on a column header: screen readers do not reliably announce its `aria-sort`. */
  sortedBy: (column: string, descending: boolean) => `Sortiert nach ${column}, ${descending ? 'absteigend' : 'aufsteigend'}.`,
  atLeast: (value: string) => `über ${value}`,
  approx: (value: string) => `rund ${value}`,
};

export type MapChartStrings = typeof de;
