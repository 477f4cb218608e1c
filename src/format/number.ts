/**
 * Numbers: de-DE grouping by default (420.000), euros with the sign after the number (420.000 €),
 * compact notation on request (1,3 Mio. €). Years are not numbers to format: they go through
 * `formatDate` and are never grouped.
 *
 * Standard notation, what the map and the counter show first, is written here; compact notation
 * goes through Intl. The first Intl formatter a page makes loads ICU's data (30–55 ms in a fresh
 * Chromium page on the bench machine, issue 17), and a whole number needs none of it. The test
 * checks that both write the same (test/format/format.test.ts).
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

const GROUP_SEPARATOR: Record<Lang, string> = { de: '.', en: ',' };

/** Where the euro sign goes around the sign and digits: "-1.235 €", "-€1,235". */
const EURO: Record<Lang, (sign: string, digits: string) => string> = {
  de: (sign, digits) => `${sign}${digits}\u00a0€`,
  en: (sign, digits) => `${sign}€${digits}`,
};

/**
 * What Intl writes for a count or a euro amount in standard notation (rounded to a whole number,
 * grouped by thousands), or undefined where the text is left to Intl (NaN, ±∞, past 2⁵³).
 */
function plainWhole(value: number, lang: Lang, format: ValueFormat, signDisplay: 'auto' | 'exceptZero'): string | undefined {
  if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return undefined;
  // Intl rounds halves away from zero, Math.round towards +∞: round the magnitude.
  const magnitude = Math.round(Math.abs(value));
  const digits = String(magnitude).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lang]);
  // As Intl: "auto" signs negatives, -0 and those that round to 0 included; "exceptZero" signs
  // every value but one that rounds to 0.
  const unsignedZero = signDisplay === 'exceptZero' && magnitude === 0;
  const negative = value < 0 || Object.is(value, -0);
  const sign = unsignedZero ? '' : negative ? '-' : signDisplay === 'exceptZero' ? '+' : '';
  return format === 'eur' ? EURO[lang](sign, digits) : `${sign}${digits}`;
}

export function formatValue(
  value: number,
  lang: Lang,
  format: ValueFormat = 'count',
  notation: Notation = 'standard',
  signDisplay: 'auto' | 'exceptZero' = 'auto',
): string {
  const plain = notation === 'standard' ? plainWhole(value, lang, format, signDisplay) : undefined;
  return plain ?? numberFormatter(lang, format, notation, signDisplay).format(value);
}
