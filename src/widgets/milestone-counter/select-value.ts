/**
 * Which point of an indicator a headline figure shows. Pure: indicator and dates in, points out.
 * Planned points are targets, never reported figures, so they are never a headline value.
 */
import { isOnOrBefore } from '../../format/date.js';
import type { Indicator, IndicatorPoint, PartialDate } from '../../feed/types.js';

/** One headline figure: the value to show and, with `since`, the point it is compared with. */
export interface Figure {
  indicator: Indicator;
  /** The reported point shown as the value; its date is the "Stand". */
  point: IndicatorPoint;
  /** The reported point at or before `since`: the start of the count-up and of the delta. */
  base?: IndicatorPoint;
  /** The editor's label, replacing the feed's. */
  label?: string;
}

/**
 * The latest reported point on or before `asOf` (`2021-11` means by the end of November 2021,
 * as everywhere in the widgets), or the latest reported point at all.
 */
export function latestPoint(indicator: Indicator, asOf?: PartialDate): IndicatorPoint | undefined {
  let latest: IndicatorPoint | undefined;
  // Points are sorted oldest first; the last match wins.
  for (const point of indicator.points) {
    if (point.planned) continue;
    if (asOf !== undefined && !isOnOrBefore(point.date, asOf)) continue;
    latest = point;
  }
  return latest;
}

/**
 * The figure of `indicator` as of `date`, with the `since` point when there is one that is
 * older than the shown point; `undefined` when nothing was reported by `date`.
 */
export function selectFigure(indicator: Indicator, options: { date?: PartialDate; since?: PartialDate } = {}): Figure | undefined {
  const point = latestPoint(indicator, options.date);
  if (!point) return undefined;
  const base = options.since === undefined ? undefined : latestPoint(indicator, options.since);
  // A delta of the shown point against itself (or a later one) says nothing.
  const usable = base && base !== point && indicator.points.indexOf(base) < indicator.points.indexOf(point);
  return usable ? { indicator, point, base } : { indicator, point };
}
