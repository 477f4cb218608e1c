/**
 * Ticks of the value axis: about one per 45 px of height, whole numbers only (the feed counts
 * municipalities and euros), in de-DE notation; large sums in compact form ("420.000 €").
 */
import type { ScaleLinear } from 'd3-scale';
import { formatValue, type Notation, type ValueFormat } from '../format/number.js';
import type { Lang } from '../i18n/strings.js';

export interface ValueTick {
  value: number;
  y: number;
  label: string;
}

export function valueTicks(scale: ScaleLinear<number, number>, format: ValueFormat, lang: Lang, spacing = 45): ValueTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r0 - r1) / spacing));
  const values = scale.ticks(count).filter((value) => Number.isInteger(value));
  const top = Math.max(...scale.domain());
  const notation: Notation = top >= (format === 'eur' ? 100_000 : 1_000_000) ? 'compact' : 'standard';
  return values.map((value) => ({ value, y: scale(value), label: formatValue(value, lang, format, notation) }));
}
