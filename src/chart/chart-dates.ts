/** The dates a chart can be stepped through: every date where a shown series has a figure. */
import type { PartialDate } from '../feed/types.js';
import type { ChartSeries } from './select-series.js';

export interface ChartDate {
  date: PartialDate;
  time: number;
}

/** Unique by position on the axis, oldest first; reported and planned dates alike. */
export function chartDates(series: readonly ChartSeries[]): ChartDate[] {
  const byTime = new Map<number, ChartDate>();
  for (const s of series) {
    for (const p of [...s.reported, ...s.planned]) {
      // `2021` and `2021-01-01` share a position; the more precise date names it.
      const known = byTime.get(p.time);
      if (!known || p.date.length > known.date.length) byTime.set(p.time, { date: p.date, time: p.time });
    }
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}
