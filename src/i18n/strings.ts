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
  errorTooLarge: (detail: string) => `Die Datenquelle ist zu groß, um sie hier zu zeigen. ${detail}.`,
  errorRender: 'Beim Darstellen ist ein Fehler aufgetreten; Einzelheiten stehen in der Browser-Konsole.',
  asOf: 'Stand',
  source: 'Quelle',
};

export type Strings = typeof de;

/** An editor's value as quoted in a hint: long text cut, so 100,000 pasted characters stay one line. */
export function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** "path: message; path: message … und 7 weitere." : a hint stays a few lines for any number of findings. */
export function listIssues(issues: readonly { path: string; message: string }[], shown = 3): string {
  const listed = issues
    .slice(0, shown)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('; ');
  return issues.length > shown ? `${listed} … und ${issues.length - shown} weitere.` : `${listed}.`;
}

/**
 * Hints about wrong attributes. They address the LPR's web editors, so they are German on
 * every page and have no English table.
 */
export const editorHints = {
  hintPrefix: 'Hinweis für die Redaktion:',
  /** Records the validator skipped: the first few by JSON path, the rest counted. */
  hintSkippedRecords: (issues: readonly { path: string; message: string }[]) =>
    `Die Daten enthalten ${issues.length === 1 ? 'einen fehlerhaften Eintrag, der' : `${issues.length} fehlerhafte Einträge, die`} hier nicht gezeigt ${issues.length === 1 ? 'wird' : 'werden'}: ` +
    `${listIssues(issues)} Bitte die Daten korrigieren (alle Fehler nennt „npm run validate“).`,
  hintBadDate: (attr: string, value: string, years: readonly [number, number]) =>
    `Das Attribut „${attr}“ hat den Wert „${clip(value)}“; erwartet wird ein Datum der Jahre ${years[0]} bis ${years[1]} wie 2021, 2021-11 oder 2021-11-05. Es wird ignoriert.`,
  hintBadChoice: (attr: string, value: string, allowed: readonly string[]) =>
    `Das Attribut „${attr}“ kennt den Wert „${clip(value)}“ nicht. Möglich: ${allowed.join(', ')}.`,
  hintBadNumber: (attr: string, value: string, bounds: { fallback: number; min: number; max: number }) =>
    `Das Attribut „${attr}“ erwartet eine ganze Zahl von ${bounds.min} bis ${bounds.max}, nicht „${clip(value)}“. Es wird der Standardwert ${bounds.fallback} verwendet.`,
  hintNumberOutOfRange: (attr: string, value: string, bounds: { min: number; max: number }, used: number) =>
    `Das Attribut „${attr}“ hat den Wert „${clip(value)}“; erlaubt sind ${bounds.min} bis ${bounds.max}. Es wird ${used} verwendet.`,
  hintNumberRounded: (attr: string, value: string, used: number) =>
    `Das Attribut „${attr}“ erwartet eine ganze Zahl; statt „${clip(value)}“ wird ${used} verwendet.`,
  hintBadHeadingLevel: (value: string, used: number) =>
    `Das Attribut „heading-level“ erwartet eine Überschriftenebene von 2 bis 6, nicht „${clip(value)}“. Es wird ${used} verwendet.`,
  hintBadLang: (value: string) => `lang="${clip(value)}" wird nicht unterstützt; erlaubt: de, en; es wird Deutsch gezeigt.`,
  hintEnglishFailed: 'Die englischen Texte konnten nicht geladen werden; es wird Deutsch gezeigt.',
  hintUrlStateTaken: (group: string) =>
    `Die Adresse der Seite hält schon die Ansicht ${group ? `der Gruppe „${clip(group)}“` : 'einer Karte ohne Gruppe'} fest; „url-state“ wirkt nur in einer Gruppe je Seite und bleibt hier ohne Wirkung.`,
  hintUrlStateWithoutGroup:
    'Das Attribut „url-state“ hält das gemeinsame Datum einer Gruppe in der Adresse fest und wirkt hier nur zusammen mit „group“ (z. B. group="verlauf", wie bei den anderen Widgets der Gruppe). Ohne Gruppe bleibt die Adresse unberührt.',
};

/** `de`, `en` and their regional forms (`en-GB`, `de-AT`; any case) → that language; anything else → `undefined`. */
export function supportedLang(value: string | null | undefined): Lang | undefined {
  const primary = /^([a-z]{2})(?:-|$)/i.exec(value?.trim() ?? '')?.[1]?.toLowerCase();
  return primary === 'de' || primary === 'en' ? primary : undefined;
}

/** `en`, `en-GB`, … → English; everything else → German. */
export function toLang(value: string | null | undefined): Lang {
  return supportedLang(value) ?? 'de';
}
