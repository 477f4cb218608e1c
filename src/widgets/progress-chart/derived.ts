/**
 * What the chart derives from its inputs (feed model, typed options, width, hidden series, texts).
 * Each derivation is memoised on its inputs, so a crosshair step (pointer or keyboard) renders with
 * the last series, layout (with the marker centres and date positions a step looks up), summary and table rows (those
 * only once asked for), and a legend switch recomputes only what shows
 * the switched series (the layout and the stepped dates).
 */
import { chartDates, type ChartDate } from '../../chart/chart-dates.js';
import type { DateRange } from '../../chart/date-range.js';
import { eventsInRange } from '../../chart/events-in-range.js';
import { selectSeries, type ChartSeries } from '../../chart/select-series.js';
import type { FeedEvent, FeedModel, Indicator } from '../../feed/types.js';
import type { ProgressChartStrings } from '../../i18n/progress-chart.js';
import type { Lang } from '../../i18n/strings.js';
import { memoize } from '../../util/memo.js';
import type { ChartOptions } from './options.js';
import { layoutChart, type ChartLayout } from './progress-chart.layout.js';
import { tableRows, type TableRow } from './progress-chart.table.js';
import { describeChart, type ChartText } from './progress-chart.text.js';

/** Everything one rendering of a loaded chart needs. */
export interface ChartSnapshot {
  /** All series the editor chose, in order (the index gives colour and marker). */
  series: readonly ChartSeries[];
  /** The series the visitor has not switched off. */
  visible: readonly ChartSeries[];
  /** Every date with a figure in any chosen series. */
  dates: readonly ChartDate[];
  /** The events to draw and list: `[]` with `events="off"`. */
  events: readonly FeedEvent[];
  /** The geometry, or `undefined` when nothing can be drawn (no figure in the range, no width yet). */
  layout: ChartLayout | undefined;
  text: ChartText;
  /** The chart's name: the heading, or the default one. */
  name: string;
  /** The picture in words, for screen readers. */
  summary: string;
  rows: readonly TableRow[];
}

/** One chart's derivations; each element keeps its own, so two charts never evict each other's results. */
export class ChartDerivations {
  private readonly series = memoize((indicators: ReadonlyMap<string, Indicator>, ids: readonly string[], lang: Lang, range: DateRange) =>
    selectSeries(indicators, ids, lang, range),
  );
  private readonly dates = memoize(chartDates);
  private readonly events = memoize((events: readonly FeedEvent[], range: DateRange, dates: readonly ChartDate[], shown: boolean) =>
    shown ? eventsInRange(events, range, dates) : [],
  );
  private readonly visible = memoize((series: readonly ChartSeries[], hidden: ReadonlySet<string>) =>
    series.filter((one) => !hidden.has(one.id)),
  );
  private readonly text = memoize((s: ProgressChartStrings, lang: Lang): ChartText => ({ s, lang }));
  private readonly layout = memoize(
    (
      series: readonly ChartSeries[],
      hidden: ReadonlySet<string>,
      events: readonly FeedEvent[],
      range: DateRange,
      width: number,
      height: number,
      text: ChartText,
      fontSize: number,
    ) => layoutChart({ series, hidden, events, range, width, height, lang: text.lang, plannedLabel: text.s.planned, fontSize }),
  );
  private readonly summary = memoize(describeChart);
  private readonly rows = memoize(tableRows);

  /**
   * The chart of `model` as `options` ask for it, `width` px wide, without the `hidden` series,
   * its text `fontSize` px (see `chartFontSize`).
   */
  snapshot(
    model: FeedModel,
    options: ChartOptions,
    width: number,
    hidden: ReadonlySet<string>,
    s: ProgressChartStrings,
    lang: Lang,
    fontSize: number,
  ): ChartSnapshot {
    const text = this.text(s, lang);
    const rows = this.rows;
    const series = this.series(model.indicators, options.metricIds, lang, options.range);
    const dates = this.dates(series);
    const events = this.events(model.events, options.range, dates, options.showEvents);
    const layout = this.layout(series, hidden, events, options.range, width, options.height, text, fontSize);
    return {
      series,
      visible: this.visible(series, hidden),
      dates,
      events,
      layout,
      text,
      name: options.heading ?? s.defaultHeading,
      summary: this.summary(series, dates, events, text),
      // Formatted only when the table is built (after the first paint), once per series, dates and texts.
      get rows() {
        return rows(series, dates, text);
      },
    };
  }
}
