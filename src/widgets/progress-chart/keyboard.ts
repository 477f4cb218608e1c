/**
 * Where the chart's keys lead besides ←/→ (see `stepIndex`): ↑/↓ between the shown series at the
 * active date, the date the crosshair starts on when the chart gets focus, and the date in force when
 * its group's date changes.
 */
import type { ChartDate } from '../../chart/chart-dates.js';
import type { ChartSeries } from '../../chart/select-series.js';
import { valueAt } from '../../chart/value-at.js';
import type { PartialDate } from '../../feed/types.js';
import { countDay } from '../../feed/when.js';

/**
 * The series ↑/↓ move to: ↓ the next in the legend's order, ↑ the one before; from none, ↓ starts
 * at the first and ↑ at the last. Stays at either end. `undefined` for other keys.
 */
export function stepSeries(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  if (key === 'ArrowDown') return current < 0 ? 0 : Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current < 0 ? count - 1 : Math.max(current - 1, 0);
  return undefined;
}

/**
 * The latest date at which most of `series` have a figure, so the first thing a keyboard user
 * hears is a date with values, not "keine Angabe" for series that report less often.
 */
export function fullestDate<D extends ChartDate>(dates: readonly D[], series: readonly ChartSeries[]): D | undefined {
  let best: D | undefined;
  let most = -1;
  for (const date of dates) {
    // A plan is no figure: a date with only plans must not win.
    const count = series.filter((one) => {
      const at = valueAt(one, date.time);
      return at !== undefined && at.kind !== 'planned';
    }).length;
    if (count >= most) [best, most] = [date, count];
  }
  return best;
}

/**
 * The chart date in force on `date`: the last one that counts by then (`time <= countDay(date)`,
 * the rule of the timeline's `stopIndexAt`), so the chart shows the figure the map and counters
 * show for that date. `undefined` before the chart's first date.
 */
export function dateInForce<D extends ChartDate>(dates: readonly D[], date: PartialDate): D | undefined {
  const time = countDay(date);
  let found: D | undefined;
  for (const one of dates) if (one.time <= time && (!found || one.time >= found.time)) found = one;
  return found;
}
