/**
 * The texts of a headline number: the final value through the shared number formatting, the
 * in-between values of the count-up, and the signed delta. In-between values must never be
 * wider than the reserved final (or larger start) value, so nothing around the number moves.
 */
import { formatValue, intlNumber, numberFormatter, type Notation, type ValueFormat } from '../../format/number.js';
import type { Lang } from '../../i18n/strings.js';

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * Formats the in-between values of a count-up towards `final`. Standard notation rounds to
 * whole numbers. Compact notation keeps the final's magnitude word and decimals, so
 * 1,3 Mio. € counts "0,0 Mio. €" … "1,3 Mio. €" instead of jumping from "999.999 €" to "1 Mio. €".
 */
export function frameFormatter(final: number, lang: Lang, format: ValueFormat, notation: Notation): (value: number) => string {
  const plain = (value: number): string => formatValue(Math.round(value), lang, format, notation);
  if (notation !== 'compact') return plain;
  const parts = numberFormatter(lang, format, notation).formatToParts(final);
  if (!parts.some((part) => part.type === 'compact')) return plain;
  const integer = parts
    .filter((part) => part.type === 'integer')
    .map((part) => part.value)
    .join('');
  const fraction = parts.find((part) => part.type === 'fraction')?.value ?? '';
  const shown = Number(`${integer}.${fraction || '0'}`);
  if (!(shown > 0)) return plain;
  // The power of ten the magnitude word stands for (Mio. → 10⁶).
  const scale = 10 ** Math.round(Math.log10(final / shown));
  const mantissa = intlNumber(lang, { minimumFractionDigits: fraction.length, maximumFractionDigits: fraction.length });
  return (value) => {
    let replaced = false;
    return parts
      .map((part) => {
        if (!NUMERIC.has(part.type)) return part.value;
        if (replaced) return '';
        replaced = true;
        return mantissa.format(value / scale);
      })
      .join('');
  };
}

/** "+24", "-3", "±0", "+170.000 €": a change, always with its sign. */
export function formatDelta(delta: number, lang: Lang, format: ValueFormat, notation: Notation): string {
  const text = formatValue(delta, lang, format, notation, 'exceptZero');
  // Intl leaves a change that rounds to zero unsigned.
  return /^[+\-\u2212]/.test(text) ? text : `±${text}`;
}
