/**
 * When a record of the feed counts: the one date rule every widget applies, so that the map, the
 * counter and the chart give one number for one concept on one date.
 *
 * A record counts once it is known to be true: a date known only to the month or the year counts
 * from the end of that period (`2021` from 31 December 2021), an interval from the end of its
 * span (`2020-07/2021-05`, `../2021-11`), and an undated record only as of the feed's `asOf`.
 */
import type { PartialDate } from './types.js';

export const DAY = 86_400_000;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function dateParts(date: PartialDate): DateParts {
  const parts = date.split('-');
  const year = Number(parts[0]);
  // Indexed, not destructured: see isPartialDate (schema.ts).
  return { year, month: parts.length > 1 ? Number(parts[1]) : undefined, day: parts.length > 2 ? Number(parts[2]) : undefined };
}

/** Date.UTC without its 1900 offset for years 0–99. */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year + date.getUTCFullYear() - 2000);
  return date.getTime();
}

/** The first instant of the period (UTC). */
export function startOf(date: PartialDate): Date {
  const { year, month = 1, day = 1 } = dateParts(date);
  return new Date(utc(year, month - 1, day));
}

/**
 * Ends already computed: sorting, counting and drawing ask for the same few dates again and
 * again. Emptied when full, so that a long-lived page that reads many feeds stays small.
 */
const ends = new Map<string, number>();

/** The first instant after the period: the end of a year, a month or a day. */
export function endOf(date: PartialDate): number {
  let end = ends.get(date);
  if (end === undefined) {
    const { year, month, day } = dateParts(date);
    end = month === undefined ? utc(year + 1, 0, 1) : day === undefined ? utc(year, month, 1) : utc(year, month - 1, day + 1);
    if (ends.size >= 10_000) ends.clear();
    ends.set(date, end);
  }
  return end;
}

/** A record's date read as a span: a partial date is its own span; `..` leaves the start open. */
export interface RecordSpan {
  start?: PartialDate;
  end: PartialDate;
}

export function recordSpan(date: string): RecordSpan {
  const slash = date.indexOf('/');
  if (slash < 0) return { start: date, end: date };
  const start = date.slice(0, slash);
  return start === '..' ? { end: date.slice(slash + 1) } : { start, end: date.slice(slash + 1) };
}

/** The first instant (ms, UTC) at which a record with this date counts. */
export function countsFrom(date: string): number {
  return endOf(recordSpan(date).end);
}

/**
 * The day on which the record starts to count (ms at its start): where a chart puts the step.
 * For a day it is that day; for `2021-11` it is 30 November 2021.
 */
export function countDay(date: string): number {
  return countsFrom(date) - DAY;
}

/**
 * Whether a record dated `date` counts in a view "as of" `view`, a partial date read to its end
 * (as of `2021-11` is as of 30 November 2021). Undated records count only in a view that is not
 * earlier than the feed's `asOf`: before it, nothing says they were already true.
 */
export function countsBy(date: string | undefined, view: PartialDate, asOf: PartialDate): boolean {
  if (date === undefined) return endOf(view) >= endOf(asOf);
  return countsFrom(date) <= endOf(view);
}

/** Orders records by when they start to count; the same instant by the date as written. */
export function byCountDay<T extends { date: string }>(a: T, b: T): number {
  return countsFrom(a.date) - countsFrom(b.date) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}
