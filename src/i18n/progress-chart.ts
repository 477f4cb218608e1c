/** Texts of `<asskomm-progress-chart>` in German (shared texts are in `strings.ts`, English in `en.ts`). */
import { de as mapChart } from './map-chart.js';

/** The chart's word for a date without a report; the sentences explaining it quote it. */
const noValue = 'keine Angabe';

export const de = {
  ...mapChart,
  plotLabel: (heading: string) =>
    `${heading}: Diagramm. Mit den Pfeiltasten links und rechts ein Datum wählen, mit oben und unten eine Kennzahl, mit Pos1 und Ende zum ersten und letzten Datum.`,
  defaultHeading: 'Entwicklung der Kennzahlen',
  legend: 'Kennzahlen ein- und ausblenden',
  tableCaption: (heading: string) => `${heading}: Werte nach Datum`,
  eventsCaption: 'Ereignisse',
  date: 'Datum',
  event: 'Ereignis',
  planned: 'geplant',
  plannedValue: (value: string) => `${value} (geplant)`,
  disputedValue: (value: string) => `${value} (von anderen Quellen widerlegt)`,
  /** A figure of the same date that is not the current one: a lower bound below it, or disputed. */
  asideValue: (value: string, note: string | undefined) =>
    `Am selben Tag gemeldet: ${value}, nicht als Stand gezählt.${note ? ` ${note}` : ''}`,
  noValue,
  noData: 'Für die gewählten Kennzahlen gibt es in diesem Zeitraum keine Werte.',
  summaryRange: (count: number, first: string, last: string) =>
    count === 1 ? `Verlauf einer Kennzahl von ${first} bis ${last}.` : `Verlauf von ${count} Kennzahlen von ${first} bis ${last}.`,
  summarySeries: (label: string, first: string, firstDate: string, last: string, lastDate: string) =>
    `${label}: ${first} (${firstDate}), zuletzt ${last} (${lastDate}).`,
  summarySingle: (label: string, value: string, date: string) => `${label}: ${value} (${date}).`,
  summaryPlanned: (label: string, value: string, date: string) => `${label}: geplant ${value} (${date}).`,
  summaryEvents: (list: string) => `Ereignisse: ${list}.`,
  /** „So lesen Sie das Diagramm“: each sentence only when the chart shows what it explains. */
  howToReadTitle: 'So lesen und bedienen Sie das Diagramm',
  howToReadAxes: (time: string, low: string, high: string) => `Nach rechts die Zeit (${time}), nach oben der Wert (${low} bis ${high}).`,
  howToReadSteps:
    'Jede Markierung ist eine Meldung. Die Treppenlinie hält einen Wert, bis der nächste gemeldet wird; dazwischen wird nichts geschätzt.',
  howToReadStraight: (labels: string) => `${labels}: Gerade Linien verbinden die Meldungen; Werte dazwischen gibt es nicht.`,
  howToReadDense: (labels: string) =>
    `${labels}: Die Meldungen liegen so dicht, dass die Linie sie ohne Markierungen zeigt; jede steht in der Tabelle.`,
  howToReadPlanned: 'Gestrichelt, mit hohler Markierung und „geplant“: ein geplanter Wert, noch keine Meldung.',
  howToReadAside: 'Eine hohle, gepunktete Markierung neben der Linie ist eine weitere Meldung desselben Tages, die nicht als Stand zählt.',
  howToReadAtLeast: (example: string) => `„${example}“ steht so in der Quelle: mehr als diese Zahl; wie viel mehr, ist nicht bekannt.`,
  howToReadApprox: (example: string) => `„${example}“: eine gerundete Zahl der Quelle.`,
  howToReadEnded: (label: string, date: string) =>
    `${label}: letzte Meldung ${date}; danach steht „${noValue}“, denn der Wert ist unbekannt, nicht null.`,
  howToReadNoValue: `„${noValue}“ heißt: Für dieses Datum gibt es keine Meldung der Kennzahl – das ist nicht null.`,
  howToReadEvents: 'Senkrechte gepunktete Linien mit einer Raute an der Zeitachse markieren Ereignisse; ihr Name steht darüber.',
  howToReadHidden: (labels: string) => `Ausgeblendet: ${labels}; die Kästchen über dem Diagramm blenden sie wieder ein.`,
  keyboardHelp: [
    'Tabulator: in das Diagramm; ← / →: voriges / nächstes Datum; Pos1 / Ende: erstes / letztes.',
    '↑ / ↓: vorige / nächste Kennzahl an diesem Datum; Escape: den Tooltip ausblenden.',
    'Maus: Zeigen auf das Diagramm zeigt die Werte des nächstgelegenen Datums.',
  ],
  /** Only in a group (`group`): what Enter and a click do for the linked widgets. */
  keyboardHelpGroup: 'Eingabetaste oder Klick: dieses Datum für die verbundenen Widgets festhalten; „Zurück zu heute“ hebt es auf.',
  /** The reset of the widget group's date (`group`): back to the feed's `asOf`. */
  backToToday: 'Zurück zu heute',
  /** Said in the chart's status region after „Zurück zu heute“: the feed's date again shows. */
  backToTodayDone: (asOf: string) => `Zurück zu heute: Stand ${asOf}`,
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
