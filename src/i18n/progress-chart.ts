/** Texts of `<asskomm-progress-chart>`, one table per language (shared texts are in `strings.ts`). */
export const de = {
  plotLabel: (heading: string) =>
    `${heading}: Diagramm. Mit den Pfeiltasten links und rechts ein Datum wählen, mit Pos1 und Ende zum ersten und letzten.`,
  defaultHeading: 'Entwicklung der Kennzahlen',
  legend: 'Kennzahlen ein- und ausblenden',
  showTable: 'Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  tableCaption: (heading: string) => `${heading}: Werte nach Datum`,
  eventsCaption: 'Ereignisse',
  date: 'Datum',
  event: 'Ereignis',
  planned: 'geplant',
  plannedValue: (value: string) => `${value} (geplant)`,
  atLeast: (value: string) => `über ${value}`,
  approx: (value: string) => `rund ${value}`,
  noValue: 'keine Angabe',
  noData: 'Für die gewählten Kennzahlen gibt es in diesem Zeitraum keine Werte.',
  summaryRange: (count: number, first: string, last: string) =>
    count === 1 ? `Verlauf einer Kennzahl von ${first} bis ${last}.` : `Verlauf von ${count} Kennzahlen von ${first} bis ${last}.`,
  summarySeries: (label: string, first: string, firstDate: string, last: string, lastDate: string) =>
    `${label}: ${first} (${firstDate}), zuletzt ${last} (${lastDate}).`,
  summarySingle: (label: string, value: string, date: string) => `${label}: ${value} (${date}).`,
  summaryPlanned: (label: string, value: string, date: string) => `${label}: geplant ${value} (${date}).`,
  summaryEvents: (list: string) => `Ereignisse: ${list}.`,
  hintRange: (from: string, to: string) =>
    `Das Attribut „from“ (${from}) liegt nach „to“ (${to}); beide werden ignoriert und der ganze Verlauf gezeigt.`,
  hintHeight: (value: number, min: number) => `Die Höhe ${value} px ist zu klein; es werden ${min} px verwendet.`,
  hintMixedFormats: (euros: string, counts: string) =>
    `Die Kennzahlen in Euro (${euros}) und die Anzahlen (${counts}) teilen sich eine Achse; besser in zwei Diagrammen zeigen.`,
};

export type ProgressChartStrings = typeof de;

export const en: ProgressChartStrings = {
  plotLabel: (heading) => `${heading}: chart. Use the left and right arrow keys to choose a date, Home and End for the first and last.`,
  defaultHeading: 'Key figures over time',
  legend: 'Show or hide figures',
  showTable: 'Show table',
  hideTable: 'Hide table',
  tableCaption: (heading) => `${heading}: values by date`,
  eventsCaption: 'Events',
  date: 'Date',
  event: 'Event',
  planned: 'planned',
  plannedValue: (value) => `${value} (planned)`,
  atLeast: (value) => `over ${value}`,
  approx: (value) => `about ${value}`,
  noValue: 'no figure',
  noData: 'There are no figures for the chosen indicators in this period.',
  summaryRange: (count, first, last) =>
    count === 1 ? `One figure from ${first} to ${last}.` : `${count} figures from ${first} to ${last}.`,
  summarySeries: (label, first, firstDate, last, lastDate) => `${label}: ${first} (${firstDate}), latest ${last} (${lastDate}).`,
  summarySingle: (label, value, date) => `${label}: ${value} (${date}).`,
  summaryPlanned: (label, value, date) => `${label}: planned ${value} (${date}).`,
  summaryEvents: (list) => `Events: ${list}.`,
  hintRange: (from, to) => `The attribute “from” (${from}) is after “to” (${to}); both are ignored and the whole series is shown.`,
  hintHeight: (value, min) => `The height ${value} px is too small; ${min} px is used.`,
  hintMixedFormats: (euros, counts) => `The euro figures (${euros}) and the counts (${counts}) share one axis; better show them in two charts.`,
};

export const PROGRESS_CHART_STRINGS = { de, en } as const;
