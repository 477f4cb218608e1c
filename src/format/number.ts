/**
 * Numbers through Intl: de-DE grouping by default (420.000), euros with the sign after the
 * number (420.000 €), compact notation on request (1,3 Mio. €). Years are not numbers to
 * format: they go through `formatDate` and are never grouped.
 */
import type { Lang } from '../i18n/strings.js';

export type ValueFormat = 'count' | 'eur';
export type Notation = 'standard' | 'compact';

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: widgets format once per frame while they animate. */
export function intlNumber(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    formatters.set(key, f);
  }
  return f;
}

export function numberFormatter(
  lang: Lang,
  format: ValueFormat = 'count',
  notation: Notation = 'standard',
  signDisplay: 'auto' | 'exceptZero' = 'auto',
): Intl.NumberFormat {
  return intlNumber(lang, {
    ...(format === 'eur' ? { style: 'currency', currency: 'EUR' } : {}),
    notation,
    maximumFractionDigits: notation === 'compact' ? 1 : 0,
    minimumFractionDigits: 0,
    signDisplay,
  });
}

export function formatValue(value: number, lang: Lang, format: ValueFormat = 'count', notation: Notation = 'standard'): string {
  return numberFormatter(lang, format, notation).format(value);
}
