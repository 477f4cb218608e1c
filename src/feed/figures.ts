/**
 * The official figure of an indicator on a date: the one value the counter shows, the map's
 * legend names beside its documented places and the chart's step line holds. Pure.
 *
 * Plans and disputed figures never become the current figure. In a cumulative series a
 * qualified figure ("über 100", "rund 20") replaces the current one only when it is larger,
 * so a lower bound published after an exact count never reads as a fall.
 */
import type { Indicator, IndicatorPoint, PartialDate } from './types.js';
import { countsFrom, endOf } from './when.js';

/** The reported points that become the current figure when they count, oldest first. */
export function headlinePoints(indicator: Indicator): IndicatorPoint[] {
  const headlines: IndicatorPoint[] = [];
  let current: IndicatorPoint | undefined;
  for (const point of indicator.points) {
    if (point.planned || point.disputed) continue;
    const qualified = point.qualifier !== 'exact';
    if (indicator.cumulative && qualified && current && point.value <= current.value) continue;
    headlines.push(point);
    current = point;
  }
  return headlines;
}

/** Memoised per indicator object: the map, the counter and the chart ask about the same ones. */
const cache = new WeakMap<Indicator, { list: IndicatorPoint[]; set: ReadonlySet<IndicatorPoint> }>();

function headlinesOf(indicator: Indicator): { list: IndicatorPoint[]; set: ReadonlySet<IndicatorPoint> } {
  let headlines = cache.get(indicator);
  if (!headlines) {
    const list = headlinePoints(indicator);
    headlines = { list, set: new Set(list) };
    cache.set(indicator, headlines);
  }
  return headlines;
}

/**
 * The current figure as of `date` (read to the end of its period: as of `2021-11` means by 30
 * November 2021), or the latest one without a date; `undefined` before the first report.
 */
export function figureAt(indicator: Indicator, date?: PartialDate): IndicatorPoint | undefined {
  const headlines = headlinesOf(indicator).list;
  if (date === undefined) return headlines.at(-1);
  const limit = endOf(date);
  let figure: IndicatorPoint | undefined;
  for (const point of headlines) {
    if (countsFrom(point.date) > limit) break;
    figure = point;
  }
  return figure;
}

/** Whether `point` is (or was, from its date) the current figure of `indicator`. */
export function isHeadline(indicator: Indicator, point: IndicatorPoint): boolean {
  return headlinesOf(indicator).set.has(point);
}
