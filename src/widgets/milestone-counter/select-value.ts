/**
 * Which point of an indicator a headline figure shows. Pure: indicator and dates in, points out.
 * The rule is the one every widget uses (`feed/figures.ts`): plans and disputed figures are never
 * the value, and a qualified figure only when it is newer and larger than the exact one.
 */
import { figureAt } from '../../feed/figures.js';
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
 * The figure of `indicator` as of `date`, with the `since` point when there is one that is
 * older than the shown point; `undefined` when nothing was reported by `date`.
 */
export function selectFigure(indicator: Indicator, options: { date?: PartialDate; since?: PartialDate } = {}): Figure | undefined {
  const point = figureAt(indicator, options.date);
  if (!point) return undefined;
  const base = options.since === undefined ? undefined : figureAt(indicator, options.since);
  // A delta of the shown point against itself (or a later one) says nothing.
  const usable = base && base !== point && indicator.points.indexOf(base) < indicator.points.indexOf(point);
  return usable ? { indicator, point, base } : { indicator, point };
}
