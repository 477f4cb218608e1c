/**
 * The texts every widget shares (loading and error states, "Stand", "Quelle") in German, the
 * default. A widget uses English when its `lang` attribute (or the nearest `lang` on the page)
 * says `en`; the English tables are in `en.ts`, loaded only then (see `english.ts`).
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
  asOf: 'Stand',
  source: 'Quelle',
};

export type Strings = typeof de;

/**
 * Hints about wrong attributes. They address the LPR's web editors, so they are German on
 * every page and have no English table.
 */
export const editorHints = {
  hintPrefix: 'Hinweis für die Redaktion:',
  hintBadDate: (attr: string, value: string) =>
    `Das Attribut „${attr}“ hat den Wert „${value}“; erwartet wird ein Datum wie 2021, 2021-11 oder 2021-11-05. Es wird ignoriert.`,
  hintBadChoice: (attr: string, value: string, allowed: readonly string[]) =>
    `Das Attribut „${attr}“ kennt den Wert „${value}“ nicht. Möglich: ${allowed.join(', ')}.`,
  hintBadNumber: (attr: string, value: string) =>
    `Das Attribut „${attr}“ erwartet eine Zahl, nicht „${value}“. Es wird ignoriert.`,
};

/** `en`, `en-GB`, … → English; everything else → German. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'de';
}
