/**
 * The time range an editor asks for with `from` and `to`. Both ends are inclusive by period:
 * `to="2021"` keeps a point dated `2021-11`, because the whole year 2021 is asked for.
 */
import type { PartialDate } from '../feed/types.js';
import { dateParts, startOf } from '../format/date.js';

export interface DateRange {
  /** First instant inside the range (ms since epoch, UTC), or -Infinity. */
  start: number;
  /** First instant after the range, or +Infinity. */
  end: number;
}

/** The first instant after the period a partial date names: the next year, month or day. */
export function periodEnd(date: PartialDate): number {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return Date.UTC(year + 1, 0, 1);
  if (day === undefined) return Date.UTC(year, month, 1);
  return Date.UTC(year, month - 1, day + 1);
}

export function dateRange(from?: PartialDate, to?: PartialDate): DateRange {
  return {
    start: from ? startOf(from).getTime() : -Infinity,
    end: to ? periodEnd(to) : Infinity,
  };
}

export function inRange(time: number, range: DateRange): boolean {
  return time >= range.start && time < range.end;
}
