/**
 * Every piece of user-facing text, one table per language. German is the default; a widget
 * uses English when its `lang` attribute (or the nearest `lang` on the page) says `en`.
 */
export type Lang = 'de' | 'en';

export const de = {
  loading: 'Daten werden geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Die Daten konnten nicht angezeigt werden.',
  errorMissingSrc: 'Es ist keine Datenquelle angegeben (Attribut „src“ fehlt).',
  errorElementNotFound: (id: string) => `Auf der Seite gibt es kein Element mit der ID „${id}“ für die Daten.`,
  errorNetwork: 'Die Datenquelle ist nicht erreichbar.',
  errorHttp: (status: number) => `Die Datenquelle antwortet mit dem Fehler ${status}.`,
  errorTimeout: 'Die Datenquelle hat nicht rechtzeitig geantwortet.',
  errorNotJson: 'Die Datenquelle enthält kein gültiges JSON.',
  errorInvalid: (detail: string) => `Die Daten entsprechen nicht dem Format: ${detail}`,
  hintPrefix: 'Hinweis für die Redaktion:',
  hintBadDate: (attr: string, value: string) =>
    `Das Attribut „${attr}“ hat den Wert „${value}“; erwartet wird ein Datum wie 2021, 2021-11 oder 2021-11-05. Es wird ignoriert.`,
  hintBadChoice: (attr: string, value: string, allowed: readonly string[]) =>
    `Das Attribut „${attr}“ kennt den Wert „${value}“ nicht. Möglich: ${allowed.join(', ')}.`,
  hintBadNumber: (attr: string, value: string) =>
    `Das Attribut „${attr}“ erwartet eine Zahl, nicht „${value}“. Es wird ignoriert.`,
  asOf: 'Stand',
  source: 'Quelle',
};

export type Strings = typeof de;

export const en: Strings = {
  loading: 'Loading data …',
  retry: 'Try again',
  errorTitle: 'The data could not be shown.',
  errorMissingSrc: 'No data source is given (the “src” attribute is missing).',
  errorElementNotFound: (id) => `There is no element with the id “${id}” on this page to read the data from.`,
  errorNetwork: 'The data source cannot be reached.',
  errorHttp: (status) => `The data source answered with error ${status}.`,
  errorTimeout: 'The data source did not answer in time.',
  errorNotJson: 'The data source does not contain valid JSON.',
  errorInvalid: (detail) => `The data does not match the format: ${detail}`,
  hintPrefix: 'Note for editors:',
  hintBadDate: (attr, value) =>
    `The attribute “${attr}” has the value “${value}”; a date like 2021, 2021-11 or 2021-11-05 is expected. It is ignored.`,
  hintBadChoice: (attr, value, allowed) => `The attribute “${attr}” does not know the value “${value}”. Possible: ${allowed.join(', ')}.`,
  hintBadNumber: (attr, value) => `The attribute “${attr}” expects a number, not “${value}”. It is ignored.`,
  asOf: 'As of',
  source: 'Source',
};

export const STRINGS: Record<Lang, Strings> = { de, en };

/** `en`, `en-GB`, … → English; everything else → German. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'de';
}
