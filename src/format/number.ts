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

export function numberFormatter(lang: Lang, format: ValueFormat = 'count', notation: Notation = 'standard'): Intl.NumberFormat {
  const key = `${lang}|${format}|${notation}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      ...(format === 'eur' ? { style: 'currency', currency: 'EUR' } : {}),
      notation,
      maximumFractionDigits: notation === 'compact' ? 1 : 0,
      minimumFractionDigits: 0,
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatValue(value: number, lang: Lang, format: ValueFormat = 'count', notation: Notation = 'standard'): string {
  return numberFormatter(lang, format, notation).format(value);
}
