/** Texts of `<asskomm-progress-chart>` in German (shared texts are in `strings.ts`, English in `en.ts`). */
export const de = {
  plotLabel: (heading: string) =>
    `${heading}: Diagramm. Mit den Pfeiltasten links und rechts ein Datum wählen, mit Pos1 und Ende zum ersten und letzten.`,
  defaultHeading: 'Entwicklung der Kennzahlen',
  legend: 'Kennzahlen ein- und ausblenden',
  showTable: 'Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  downloadCsv: 'CSV herunterladen',
  downloadJson: 'JSON herunterladen',
  tableCaption: (heading: string) => `${heading}: Werte nach Datum`,
  eventsCaption: 'Ereignisse',
  sortHint: 'sortierbar: Spaltenüberschrift wählen',
  date: 'Datum',
  event: 'Ereignis',
  planned: 'geplant',
  plannedValue: (value: string) => `${value} (geplant)`,
  atLeast: (value: string) => `über ${value}`,
  approx: (value: string) => `rund ${value}`,
  disputedValue: (value: string) => `${value} (von anderen Quellen widerlegt)`,
  /** A figure of the same date that is not the current one: a lower bound below it, or disputed. */
  asideValue: (value: string, note: string | undefined) =>
    `Am selben Tag gemeldet: ${value}, nicht als Stand gezählt.${note ? ` ${note}` : ''}`,
  noValue: 'keine Angabe',
  noData: 'Für die gewählten Kennzahlen gibt es in diesem Zeitraum keine Werte.',
  summaryRange: (count: number, first: string, last: string) =>
    count === 1 ? `Verlauf einer Kennzahl von ${first} bis ${last}.` : `Verlauf von ${count} Kennzahlen von ${first} bis ${last}.`,
  summarySeries: (label: string, first: string, firstDate: string, last: string, lastDate: string) =>
    `${label}: ${first} (${firstDate}), zuletzt ${last} (${lastDate}).`,
  summarySingle: (label: string, value: string, date: string) => `${label}: ${value} (${date}).`,
  summaryPlanned: (label: string, value: string, date: string) => `${label}: geplant ${value} (${date}).`,
  summaryEvents: (list: string) => `Ereignisse: ${list}.`,
  skipLink: 'Diagramm überspringen',
  skipTarget: 'Ende des Diagramms',
};

export type ProgressChartStrings = typeof de;

/** Hints about wrong attributes, German on every page (they address the LPR's web editors). */
export const chartHints = {
  hintRange: (from: string, to: string) =>
    `Das Attribut „from“ (${from}) liegt nach „to“ (${to}); beide werden ignoriert und der ganze Verlauf gezeigt.`,
  hintMixedFormats: (euros: string, counts: string) =>
    `Die Kennzahlen in Euro (${euros}) und die Anzahlen (${counts}) teilen sich eine Achse; besser in zwei Diagrammen zeigen.`,
};
