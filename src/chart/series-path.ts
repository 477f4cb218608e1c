/**
 * The line of a series through its reported points: steps for cumulative figures (the value
 * holds until the next report), straight segments otherwise. Never a smoothed curve: the feed
 * has figures at dates, not measurements in between.
 */
import { curveLinear, curveStepAfter, line } from 'd3-shape';

export function seriesPath(points: ReadonlyArray<readonly [number, number]>, cumulative: boolean): string {
  if (points.length < 2) return '';
  return line().curve(cumulative ? curveStepAfter : curveLinear)(points as Array<[number, number]>) ?? '';
}
