/**
 * Ticks of the value axis: about one per 45 px of height, whole numbers only (the feed counts
 * municipalities and euros), in de-DE notation; large sums in compact form ("420.000 €").
 */
import { ticks } from 'd3-array';
import { formatValue, type Notation, type ValueFormat } from '../format/number.js';
import type { Lang } from '../i18n/strings.js';
import type { LinearScale } from './linear-scale.js';

export interface ValueTick {
  value: number;
  y: number;
  label: string;
}

export function valueTicks(scale: LinearScale, format: ValueFormat, lang: Lang, spacing = 45): ValueTick[] {
  const [r0, r1] = scale.range();
  const [d0, d1] = scale.domain();
  const count = Math.max(2, Math.floor(Math.abs(r0 - r1) / spacing));
  const values = ticks(d0, d1, count).filter((value) => Number.isInteger(value));
  const top = Math.max(d0, d1);
  const notation: Notation = top >= (format === 'eur' ? 100_000 : 1_000_000) ? 'compact' : 'standard';
  return values.map((value) => ({ value, y: scale(value), label: formatValue(value, lang, format, notation) }));
}
