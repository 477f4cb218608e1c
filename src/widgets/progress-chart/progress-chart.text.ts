/**
 * The chart's words: a value as the feed qualifies it ("über 100", "25 (geplant)"), the
 * tooltip rows and the summary screen readers get in place of the picture.
 */
import type { ChartDate } from '../../chart/chart-dates.js';
import { currentFigures, type ChartPoint, type ChartSeries } from '../../chart/select-series.js';
import { valueAt } from '../../chart/value-at.js';
import type { FeedEvent } from '../../feed/types.js';
import { formatDate } from '../../format/date.js';
import { formatValue, type ValueFormat } from '../../format/number.js';
import type { ProgressChartStrings } from '../../i18n/progress-chart.js';
import type { Lang } from '../../i18n/strings.js';

/** The chart's texts and the language of its numbers and dates. */
export interface ChartText {
  s: ProgressChartStrings;
  lang: Lang;
}

/** A point's value as published: lower bounds and rounded figures say so, plans say "geplant". */
export function formatPoint(
  point: ChartPoint,
  format: ValueFormat,
  { s, lang }: ChartText,
  valueText: (value: number) => string = (value) => formatValue(value, lang, format),
): string {
  let text = valueText(point.value);
  if (point.qualifier === 'at-least') text = s.atLeast(text);
  else if (point.qualifier === 'approx') text = s.approx(text);
  if (point.disputed) text = s.disputedValue(text);
  return point.planned ? s.plannedValue(text) : text;
}

export interface TooltipRow {
  series: ChartSeries;
  value: string;
  note?: string;
}

/** One row per series: its value at `time` (the step it is on), or "keine Angabe". */
export function tooltipRows(series: readonly ChartSeries[], time: number, text: ChartText): TooltipRow[] {
  return series.map((s) => {
    const at = valueAt(s, time);
    if (!at) return { series: s, value: text.s.noValue };
    const own = at.kind === 'step' ? undefined : at.point.note;
    // A figure of that date that is not the current one is told beside the current one.
    const aside = at.aside ? text.s.asideValue(formatPoint(at.aside, s.format, text), at.aside.note) : undefined;
    const plan = at.plan ? formatPoint(at.plan, s.format, text) : undefined;
    const note = [own, aside, plan].filter(Boolean).join(' ');
    return { series: s, value: formatPoint(at.point, s.format, text), ...(note ? { note } : {}) };
  });
}

/** What a screen reader hears when the active date changes. */
export function announceDate(date: ChartDate, series: readonly ChartSeries[], text: ChartText): string {
  const rows = tooltipRows(series, date.time, text).map((row) => `${row.series.label}: ${row.value}`);
  return `${formatDate(date.date, text.lang)}. ${rows.join('; ')}.`;
}

/** What a screen reader hears on ↑/↓, and on ←/→ once a series is chosen: that series at the date. */
export function announceSeries(date: ChartDate, series: ChartSeries, text: ChartText): string {
  const [row] = tooltipRows([series], date.time, text);
  const note = row?.note ? ` ${row.note}` : '';
  return `${series.label}: ${row?.value ?? text.s.noValue}, ${formatDate(date.date, text.lang)}.${note}`;
}

/** The picture in words: the date range, each series' first and latest figure, plans, events. */
export function describeChart(
  series: readonly ChartSeries[],
  dates: readonly ChartDate[],
  events: readonly FeedEvent[],
  text: ChartText,
): string {
  const { s, lang } = text;
  if (!dates.length) return s.noData;
  const parts = [s.summaryRange(series.length, formatDate(dates[0]!.date, lang), formatDate(dates.at(-1)!.date, lang))];
  for (const one of series) {
    const current = currentFigures(one);
    const first = current[0];
    const last = current.at(-1);
    if (first && last && first !== last) {
      parts.push(
        s.summarySeries(
          one.label,
          formatPoint(first, one.format, text),
          formatDate(first.date, lang),
          formatPoint(last, one.format, text),
          formatDate(last.date, lang),
        ),
      );
    } else if (first) {
      parts.push(s.summarySingle(one.label, formatPoint(first, one.format, text), formatDate(first.date, lang)));
    }
    for (const plan of one.planned) {
      const value = formatValue(plan.value, lang, one.format);
      parts.push(s.summaryPlanned(one.label, value, formatDate(plan.date, lang)));
    }
  }
  if (events.length) {
    parts.push(s.summaryEvents(events.map((event) => `${event.label[lang]} (${formatDate(event.date, lang)})`).join('; ')));
  }
  return parts.join(' ');
}
