/**
 * Ticks of the time axis: as many as fit without their labels touching, at every width.
 * A year start reads "2020"; other months read "Apr." after a year label and "Feb. 2019" when
 * no year has been named yet (German by default). Ticks inside a month are not used: the
 * feed's figures are reported by date, not measured in between.
 */
import { utcTicks } from 'd3-time';
import { formatMonthShort, shortMonthName } from '../format/date.js';
import type { Lang } from '../i18n/strings.js';
import type { LinearScale } from './linear-scale.js';
import { textWidth } from './text-width.js';

export interface TimeTick {
  time: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
  /** Horizontal extent of the label, for collision checks. */
  left: number;
  right: number;
}

export interface TimeTickOptions {
  /** Where labels may reach, in the scale's coordinates (may include the margins). */
  min?: number;
  max?: number;
  fontSize?: number;
  /** Air between two labels, px. */
  gap?: number;
  /** Px per tick to start from; fewer are tried until the labels fit. */
  spacing?: number;
}

function label(date: Date, lang: Lang, yearNamed: boolean): string {
  if (date.getUTCMonth() === 0) return String(date.getUTCFullYear());
  // "Apr." as in "Apr. 2019" (the standalone form would be "Apr" without the dot).
  return yearNamed ? shortMonthName(date, lang) : formatMonthShort(date, lang);
}

function place(scale: LinearScale, count: number, lang: Lang, min: number, max: number, fontSize: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  const [start, end] = scale.domain();
  const months = utcTicks(new Date(start), new Date(end), count).filter((date) => date.getUTCDate() === 1 && date.getUTCHours() === 0);
  for (const date of months) {
    const text = label(date, lang, ticks.length > 0);
    const x = scale(date.getTime());
    const width = textWidth(text, fontSize);
    let anchor: TimeTick['anchor'] = 'middle';
    let left = x - width / 2;
    if (left < min) [anchor, left] = ['start', x];
    else if (x + width / 2 > max) [anchor, left] = ['end', x - width];
    ticks.push({ time: date.getTime(), x, label: text, anchor, left, right: left + width });
  }
  return ticks;
}

function fits(ticks: readonly TimeTick[], gap: number, min: number, max: number): boolean {
  return ticks.every((t, i) => t.left >= min - 0.5 && t.right <= max + 0.5 && (i === 0 || ticks[i - 1]!.right + gap <= t.left));
}

/** Ticks for a scale from UTC times (ms) to px. */
export function timeTicks(scale: LinearScale, lang: Lang, options: TimeTickOptions = {}): TimeTick[] {
  const [r0, r1] = scale.range();
  const { min = Math.min(r0, r1), max = Math.max(r0, r1), fontSize = 12, gap = 12, spacing = 80 } = options;
  let count = Math.max(1, Math.floor(Math.abs(r1 - r0) / spacing));
  let ticks = place(scale, count, lang, min, max, fontSize);
  while (count > 1 && !fits(ticks, gap, min, max)) {
    count -= 1;
    ticks = place(scale, count, lang, min, max, fontSize);
  }
  // Even one tick per year may not fit a very narrow plot: keep what does, from the left.
  const kept: TimeTick[] = [];
  for (const tick of ticks) {
    if (fits([...kept.slice(-1), tick], gap, min, max)) kept.push(tick);
  }
  return kept;
}
