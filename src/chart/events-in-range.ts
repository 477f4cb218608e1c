/**
 * The feed's events that belong to a chart: those within the asked range, or, where an end is
 * open, within the dates the chart has figures for. Events outside are neither drawn nor listed.
 */
import type { FeedEvent } from '../feed/types.js';
import { startOf } from '../feed/when.js';
import type { ChartDate } from './chart-dates.js';
import type { DateRange } from './date-range.js';

export function eventsInRange(events: readonly FeedEvent[], range: DateRange, dates: readonly ChartDate[]): FeedEvent[] {
  const start = Number.isFinite(range.start) ? range.start : dates[0]?.time;
  const end = Number.isFinite(range.end) ? range.end - 1 : dates.at(-1)?.time;
  if (start === undefined || end === undefined) return [];
  return events.filter((event) => {
    const time = startOf(event.date).getTime();
    return time >= start && time <= end;
  });
}
