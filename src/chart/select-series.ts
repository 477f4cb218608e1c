/**
 * The indicator series a chart draws, cut to a date range. Reported and planned points are
 * kept apart from here on, so a plan can never be drawn as a reported figure.
 */
import { isHeadline } from '../feed/figures.js';
import type { Indicator, PartialDate } from '../feed/types.js';
import { countDay } from '../feed/when.js';
import type { ValueFormat } from '../format/number.js';
import type { Lang } from '../i18n/strings.js';
import { inRange, type DateRange } from './date-range.js';

export interface ChartPoint {
  date: PartialDate;
  /**
   * The day the figure starts to count, ms since epoch (UTC): where the point sits on the axis.
   * `2021-11` sits on 30 November 2021, as of when the counter and the map count it too.
   */
  time: number;
  value: number;
  qualifier: 'exact' | 'at-least' | 'approx';
  planned: boolean;
  /** Contradicted by other sources: listed, never the current figure. */
  disputed: boolean;
  /** The current figure from its date on (`feed/figures.ts`): the step line runs through it. */
  headline: boolean;
  note?: string;
}

export interface ChartSeries {
  id: string;
  label: string;
  format: ValueFormat;
  /** Cumulative series hold their value until the next report (drawn as steps). */
  cumulative: boolean;
  /** Reported points inside the range, oldest first; only the `headline` ones carry the line. */
  reported: ChartPoint[];
  /** Planned points inside the range, oldest first. */
  planned: ChartPoint[];
  /** Last current figure before the range: a cumulative step enters the chart at its value. */
  before?: ChartPoint;
  /** Whether reported points follow after the range: the last step then runs to the range's end. */
  continuesAfter: boolean;
}

/** The reported points that carry the line: the current figure from each one's date on. */
export function currentFigures(series: Pick<ChartSeries, 'reported'>): ChartPoint[] {
  return series.reported.filter((p) => p.headline);
}

function toChartPoint(indicator: Indicator, point: Indicator['points'][number]): ChartPoint {
  return {
    date: point.date,
    time: countDay(point.date),
    value: point.value,
    qualifier: point.qualifier,
    planned: point.planned,
    disputed: point.disputed,
    headline: isHeadline(indicator, point),
    ...(point.note ? { note: point.note } : {}),
  };
}

/** The series for `ids` in that order; ids the feed does not have are skipped. */
export function selectSeries(
  indicators: ReadonlyMap<string, Indicator>,
  ids: readonly string[],
  lang: Lang,
  range: DateRange,
): ChartSeries[] {
  const series: ChartSeries[] = [];
  for (const id of ids) {
    const indicator = indicators.get(id);
    if (!indicator) continue;
    const points = indicator.points.map((point) => toChartPoint(indicator, point));
    const reported = points.filter((p) => !p.planned);
    series.push({
      id,
      label: indicator.label[lang],
      format: indicator.format,
      cumulative: indicator.cumulative,
      reported: reported.filter((p) => inRange(p.time, range)),
      planned: points.filter((p) => p.planned && inRange(p.time, range)),
      before: reported.filter((p) => p.headline && p.time < range.start).at(-1),
      continuesAfter: reported.some((p) => p.time >= range.end),
    });
  }
  return series;
}
