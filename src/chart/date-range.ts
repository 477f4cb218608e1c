/**
 * The time range an editor asks for with `from` and `to`. Both ends are inclusive by period:
 * `to="2021"` keeps a point dated `2021-11`, because the whole year 2021 is asked for.
 */
import type { PartialDate } from '../feed/types.js';
import { endOf, startOf } from '../feed/when.js';

export interface DateRange {
  /** First instant inside the range (ms since epoch, UTC), or -Infinity. */
  start: number;
  /** First instant after the range, or +Infinity. */
  end: number;
}

export function dateRange(from?: PartialDate, to?: PartialDate): DateRange {
  return {
    start: from ? startOf(from).getTime() : -Infinity,
    end: to ? endOf(to) : Infinity,
  };
}

export function inRange(time: number, range: DateRange): boolean {
  return time >= range.start && time < range.end;
}
