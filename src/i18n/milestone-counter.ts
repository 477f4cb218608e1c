/** Texts of `<asskomm-milestone-counter>` in German (shared texts are in `strings.ts`, English in `en.ts`). */
export const de = {
  /** Before a value the feed marks as a lower bound: "über 420.000 €". */
  atLeast: 'über',
  /** Before a value the feed marks as rounded: "rund 20". */
  approx: 'rund',
  since: (date: string) => `seit ${date}`,
  /** In a group (`group`), on a date before the first reported figure. */
  noValueYet: (date: string) => `Zum ${date} noch kein gemeldeter Wert.`,
};

export type CounterStrings = typeof de;

/** Hints about wrong attributes, German on every page (they address the LPR's web editors). */
export const counterHints = {
  hintMissingMetric: (available: readonly string[]) => `Das Attribut „metric“ fehlt. Verfügbare Kennzahlen: ${available.join(', ')}.`,
  hintUnknownMetric: (id: string, available: readonly string[]) =>
    `Die Kennzahl „${id}“ gibt es im Feed nicht. Verfügbare Kennzahlen: ${available.join(', ')}.`,
  hintLabelNeedsOneMetric: 'Das Attribut „label“ gilt nur, wenn „metric“ genau eine Kennzahl nennt; es wird ignoriert.',
  hintNoValue: (id: string, date: string | undefined) =>
    date
      ? `Für die Kennzahl „${id}“ gibt es keinen gemeldeten Wert am oder vor ${date}.`
      : `Für die Kennzahl „${id}“ gibt es noch keinen gemeldeten Wert.`,
};
