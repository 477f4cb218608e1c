/**
 * Texts of `<asskomm-milestone-counter>`, one table per language. The editor hints are read
 * from the German table on every page (they address the LPR's web editors); the English table
 * carries them too so both tables keep one type.
 */
export const de = {
  /** Before a value the feed marks as a lower bound: "über 420.000 €". */
  atLeast: 'über',
  /** Before a value the feed marks as rounded: "rund 20". */
  approx: 'rund',
  since: (date: string) => `seit ${date}`,
  hintMissingMetric: (available: readonly string[]) =>
    `Das Attribut „metric“ fehlt. Verfügbare Kennzahlen: ${available.join(', ')}.`,
  hintUnknownMetric: (id: string, available: readonly string[]) =>
    `Die Kennzahl „${id}“ gibt es im Feed nicht. Verfügbare Kennzahlen: ${available.join(', ')}.`,
  hintLabelNeedsOneMetric: 'Das Attribut „label“ gilt nur, wenn „metric“ genau eine Kennzahl nennt; es wird ignoriert.',
  hintNoValue: (id: string, date: string | undefined) =>
    date
      ? `Für die Kennzahl „${id}“ gibt es keinen gemeldeten Wert am oder vor ${date}.`
      : `Für die Kennzahl „${id}“ gibt es noch keinen gemeldeten Wert.`,
};

export type CounterStrings = typeof de;

export const en: CounterStrings = {
  atLeast: 'more than',
  approx: 'about',
  since: (date) => `since ${date}`,
  hintMissingMetric: (available) => `The “metric” attribute is missing. Available metrics: ${available.join(', ')}.`,
  hintUnknownMetric: (id, available) => `The feed has no metric “${id}”. Available metrics: ${available.join(', ')}.`,
  hintLabelNeedsOneMetric: 'The “label” attribute applies only when “metric” names exactly one metric; it is ignored.',
  hintNoValue: (id, date) =>
    date ? `The metric “${id}” has no reported value on or before ${date}.` : `The metric “${id}” has no reported value yet.`,
};

export const COUNTER_STRINGS = { de, en } as const;
