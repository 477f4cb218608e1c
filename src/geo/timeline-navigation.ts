/**
 * Moving along the timeline's stops (`timeline-stops.ts`) by index: one stop, a year, the ends, and
 * the stop for a date from elsewhere (a linked chart's crosshair, a shared link). Pure; an index is
 * always one of the stops', and -1 only where a function says so.
 */
import type { PartialDate } from '../feed/types.js';
import { endOf } from '../feed/when.js';
import type { TimelineStop } from './timeline-stops.js';

/** A move of the slider: the arrow keys step one stop, the Page keys a year, Home and End to the ends. */
export type StopStep = 'next' | 'previous' | 'next-year' | 'previous-year' | 'first' | 'last';

type Stops = readonly Pick<TimelineStop, 'until'>[];

/** The index after `step` from `index`, held at the ends (a slider does not wrap); -1 without stops. */
export function stepStop(stops: Stops, index: number, step: StopStep): number {
  if (!stops.length) return -1;
  const lastIndex = stops.length - 1;
  const current = Math.min(Math.max(index, 0), lastIndex);
  switch (step) {
    case 'first':
      return 0;
    case 'last':
      return lastIndex;
    case 'next':
      return Math.min(current + 1, lastIndex);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'next-year': {
      // The first stop a calendar year or more later; always at least one stop on.
      const target = shiftYears(stops[current]!.until, 1);
      const found = stops.findIndex((stop, i) => i > current && stop.until >= target);
      return found < 0 ? lastIndex : found;
    }
    case 'previous-year': {
      const target = shiftYears(stops[current]!.until, -1);
      for (let i = current - 1; i >= 0; i--) if (stops[i]!.until <= target) return i;
      return 0;
    }
  }
}

/** The step a key asks for on a slider (WAI-ARIA slider pattern), or `undefined` for other keys. */
export function stepForKey(key: string): StopStep | undefined {
  return KEY_STEPS.get(key);
}

/** A Map, not an object: `toString` is no key. */
const KEY_STEPS: ReadonlyMap<string, StopStep> = new Map([
  ['ArrowRight', 'next'],
  ['ArrowUp', 'next'],
  ['ArrowLeft', 'previous'],
  ['ArrowDown', 'previous'],
  ['PageUp', 'next-year'],
  ['PageDown', 'previous-year'],
  ['Home', 'first'],
  ['End', 'last'],
]);

/**
 * The stop in force on `date` (read to its end, as the map reads it): the last one that is not
 * after it; -1 before the first stop.
 */
export function stopIndexAt(stops: Stops, date: PartialDate): number {
  const limit = endOf(date);
  let low = 0;
  let high = stops.length;
  // Binary search: the first stop after the date.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (stops[middle]!.until <= limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The stop closest in time to `date` (a tie goes to the earlier one); -1 when there are no stops. */
export function nearestStop(stops: Stops, date: PartialDate): number {
  if (!stops.length) return -1;
  const at = stopIndexAt(stops, date);
  if (at < 0) return 0;
  if (at === stops.length - 1) return at;
  const limit = endOf(date);
  return limit - stops[at]!.until <= stops[at + 1]!.until - limit ? at : at + 1;
}

/** The same instant `years` calendar years later or earlier (29 February moves to 1 March). */
function shiftYears(instant: number, years: number): number {
  const date = new Date(instant);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}
