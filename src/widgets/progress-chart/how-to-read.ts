/**
 * „So lesen Sie das Diagramm“ as sentences, from what the chart draws: the axes' ranges, step or
 * straight lines, series too dense for a marker per report, plans, figures beside the line,
 * qualified figures („über 100“), „keine Angabe“ and events only where a shown series has them. Pure.
 */
import { guard } from 'lit/directives/guard.js';
import { currentFigures, type ChartPoint, type ChartSeries } from '../../chart/select-series.js';
import { valueAt } from '../../chart/value-at.js';
import { renderHowToRead, type ReadingSection } from '../../element/how-to-read.js';
import { formatDate } from '../../format/date.js';
import { formatValue } from '../../format/number.js';
import type { ChartDateX, ChartLayout } from './progress-chart.layout.js';
import { formatPoint, type ChartText } from './progress-chart.text.js';

/**
 * Where a series says „keine Angabe“ at a date of the chart: after its last report (`endedAfter`:
 * a step is never drawn past it), or before its first or between two (`other`).
 */
function gapsOf(series: ChartSeries, dates: readonly ChartDateX[]): { endedAfter?: ChartPoint; other: boolean } {
  const last = currentFigures(series).at(-1);
  const gaps = dates.filter((date) => !valueAt(series, date.time));
  const ended = last && gaps.some((date) => date.time > last.time);
  return { ...(ended ? { endedAfter: last } : {}), other: gaps.some((date) => !last || date.time <= last.time) };
}

/**
 * The value axis from its lowest to its highest labelled tick, or to the top of the scale where a
 * drawn figure lies above that tick („über 420.000 €“ on an axis labelled up to 400.000 €). The
 * axis keeps its scale when a series is hidden, so its format follows all `series`; only the
 * `shown` ones are drawn, so only their figures can lie above the last tick.
 */
function valueSpan(
  layout: ChartLayout,
  series: readonly ChartSeries[],
  shown: readonly ChartSeries[],
  { lang }: ChartText,
): [string, string] {
  const ticks = layout.yTicks;
  let top = 0;
  for (const one of shown) for (const point of [...one.reported, ...one.planned]) top = Math.max(top, point.value);
  const format = series.every((one) => one.format === 'eur') ? 'eur' : 'count';
  const high = ticks.at(-1)!.value >= top ? ticks.at(-1)!.label : formatValue(layout.y.domain()[1], lang, format);
  return [ticks[0]!.label, high];
}

/** The sentences about the drawing, then the keyboard and mouse help as a list of its own. */
export function howToReadChart(layout: ChartLayout, series: readonly ChartSeries[], text: ChartText, grouped = false): ReadingSection[] {
  const { s, lang } = text;
  const shown = layout.shapes.map((shape) => shape.series);
  const lines: string[] = [];
  const first = layout.dates[0];
  const last = layout.dates.at(-1);
  if (first && last) {
    const [from, to] = [formatDate(first.date, lang), formatDate(last.date, lang)];
    lines.push(s.howToReadAxes(from === to ? from : `${from} – ${to}`, ...valueSpan(layout, series, shown, text)));
  }
  if (shown.some((one) => one.cumulative)) lines.push(s.howToReadSteps);
  const straight = shown.filter((one) => !one.cumulative).map((one) => one.label);
  if (straight.length) lines.push(s.howToReadStraight(straight.join(', ')));
  // Too dense to tell its markers apart: the line is drawn without a marker per report (distinctMarkers).
  const dense = layout.shapes.filter((shape) => shape.drawnMarkers.length < shape.markers.length).map((shape) => shape.series.label);
  if (dense.length) lines.push(s.howToReadDense(dense.join(', ')));
  if (shown.some((one) => one.planned.length)) lines.push(s.howToReadPlanned);
  const reported = shown.flatMap((one) => one.reported.map((point) => ({ point, one })));
  if (reported.some(({ point }) => !point.headline)) lines.push(s.howToReadAside);
  // The feed's own first figure of each kind is the example, as the chart writes it.
  for (const [qualifier, sentence] of [
    ['at-least', s.howToReadAtLeast],
    ['approx', s.howToReadApprox],
  ] as const) {
    const example = reported.find(({ point }) => point.qualifier === qualifier && !point.disputed);
    if (example) lines.push(sentence(formatPoint(example.point, example.one.format, text)));
  }
  const gaps = shown.map((one) => ({ one, ...gapsOf(one, layout.dates) }));
  for (const { one, endedAfter } of gaps) if (endedAfter) lines.push(s.howToReadEnded(one.label, formatDate(endedAfter.date, lang)));
  if (gaps.some((gap) => gap.other)) lines.push(s.howToReadNoValue);
  if (layout.events.length) lines.push(s.howToReadEvents);
  const hidden = series.filter((one) => !shown.includes(one)).map((one) => one.label);
  if (hidden.length) lines.push(s.howToReadHidden(hidden.join(', ')));
  // In a group (`group`), Enter and a click hold a date for the other widgets: a reader must learn it here.
  return [lines, grouped ? [...s.keyboardHelp, s.keyboardHelpGroup] : s.keyboardHelp];
}

/**
 * The closed box under the chart, rebuilt only when the drawing changes, not on a crosshair step.
 * It is there before the first layout too (empty), so the chart's height does not change when
 * its width is first measured.
 */
export function renderChartHowToRead(
  layout: ChartLayout | undefined,
  series: readonly ChartSeries[],
  text: ChartText,
  grouped: boolean,
): unknown {
  return guard([layout, series, text, grouped], () =>
    renderHowToRead(text.s.howToReadTitle, layout ? howToReadChart(layout, series, text, grouped) : []),
  );
}
