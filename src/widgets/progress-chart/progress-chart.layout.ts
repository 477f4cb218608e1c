/**
 * The chart's geometry as a pure function of (series, events, size, options): scales, ticks,
 * margins, paths, markers, event lanes and direct labels. The render turns it into SVG; the
 * element never computes any of it.
 */
import { max, min, nice } from 'd3-array';
import { line } from 'd3-shape';
import { chartDates, type ChartDate } from '../../chart/chart-dates.js';
import { type DateRange } from '../../chart/date-range.js';
import { distinctMarkers } from '../../chart/distinct-markers.js';
import { dodge } from '../../chart/dodge.js';
import { layoutAnnotations, type PlacedAnnotation } from '../../chart/layout-annotations.js';
import { linearScale, type LinearScale } from '../../chart/linear-scale.js';
import { MARKER_WIDTH } from '../../chart/marker-path.js';
import { plannedSegments } from '../../chart/planned-segments.js';
import { currentFigures, type ChartPoint, type ChartSeries } from '../../chart/select-series.js';
import { seriesPath } from '../../chart/series-path.js';
import { textWidth } from '../../chart/text-width.js';
import { timeTicks, type TimeTick } from '../../chart/time-ticks.js';
import { valueTicks, type ValueTick } from '../../chart/value-ticks.js';
import type { FeedEvent } from '../../feed/types.js';
import { startOf } from '../../feed/when.js';
import type { ValueFormat } from '../../format/number.js';
import type { Lang } from '../../i18n/strings.js';

/** The smallest size of the chart's text, in px: also its size at the browser's default font size. */
export const MIN_FONT_SIZE = 12;
const INSET = 10;
const DAY = 86_400_000;

export interface LayoutInput {
  /** All series the editor chose, in order: the index gives colour and marker shape. */
  series: readonly ChartSeries[];
  hidden: ReadonlySet<string>;
  /** Events to draw (already those of the range); `[]` draws none. */
  events: readonly FeedEvent[];
  range: DateRange;
  width: number;
  height: number;
  lang: Lang;
  /** The word beside planned values ("geplant"), measured to place it. */
  plannedLabel: string;
  /** Size of the chart's text in px (see `chartFontSize`); lanes, margins and label widths grow with it. Default 12. */
  fontSize?: number;
}

/**
 * The chart's text size for a host font size in px: three quarters of it (12 px at the browser's
 * default 16 px), never below 12 px, so a reader's larger default font reaches the axis too.
 */
export function chartFontSize(hostFontSize: number): number {
  return Number.isFinite(hostFontSize) ? Math.max(MIN_FONT_SIZE, Math.round(hostFontSize * 3) / 4) : MIN_FONT_SIZE;
}

export interface Marker {
  x: number;
  y: number;
  point: ChartPoint;
}

export interface SeriesShape {
  series: ChartSeries;
  /** Position in the editor's list: colour `--asskomm-series-(index+1)` and marker shape. */
  index: number;
  path: string;
  plannedPath: string;
  /** A marker for every reported point: where the line goes and ends. */
  markers: Marker[];
  /** The reported markers drawn: all, or in a series too dense to tell them apart those that carry meaning (`distinctMarkers`). */
  drawnMarkers: Marker[];
  plannedMarkers: Marker[];
}

export interface TextLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface EventMark extends PlacedAnnotation {
  event: FeedEvent;
  /** Baseline of the label, in plot coordinates (negative: above the plot). */
  y: number;
}

export interface DirectLabel {
  shape: SeriesShape;
  y: number;
}

export interface ChartDateX extends ChartDate {
  x: number;
}

export interface ChartLayout {
  width: number;
  /** Size of every text in the drawing, px. */
  fontSize: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  /** UTC time (ms) to px from the plot's left edge. */
  x: LinearScale;
  /** Value to px from the plot's top edge. */
  y: LinearScale;
  xTicks: TimeTick[];
  yTicks: ValueTick[];
  shapes: SeriesShape[];
  plannedLabels: TextLabel[];
  /** Labels at the line ends, or `undefined` when they do not fit (the legend names the lines). */
  directLabels?: DirectLabel[];
  events: EventMark[];
  /** Dates with a figure in a shown series: what the keyboard steps through. */
  dates: ChartDateX[];
  /** The x of each of `dates`: the pointer finds the nearest. */
  dateXs: number[];
  /** Every drawn marker's centre in px inside the plot's box (margins included): the tooltip avoids them. */
  markerCentres: Array<readonly [number, number]>;
}

function timeDomain(series: readonly ChartSeries[], range: DateRange): [number, number] | undefined {
  const times = series.flatMap((s) => [...s.reported, ...s.planned].map((p) => p.time));
  const hasCarry = series.some((s) => s.before || s.continuesAfter);
  if (!times.length && !hasCarry) return undefined;
  let start = Number.isFinite(range.start) ? range.start : (min(times) ?? range.start);
  let end = Number.isFinite(range.end) ? range.end : (max(times) ?? range.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  // One date (or one year) alone still needs an axis around it.
  if (end - start < DAY) [start, end] = [start - 183 * DAY, end + 183 * DAY];
  return [start, end];
}

function valueFormat(series: readonly ChartSeries[]): ValueFormat {
  return series.length && series.every((s) => s.format === 'eur') ? 'eur' : 'count';
}

/** A loop, not `Math.max(...values)`: a spread of 150,000 points overflows the call stack. */
function topValue(series: readonly ChartSeries[]): number {
  let top = 1;
  for (const s of series) {
    for (const point of [...s.reported, ...s.planned, ...(s.before ? [s.before] : [])]) top = Math.max(top, point.value);
  }
  return top;
}

/** A point's marker on the plot. */
const markerOf = (point: ChartPoint, x: LinearScale, y: LinearScale): Marker => ({ x: x(point.time), y: y(point.value), point });

/** Where the rightmost drawn part of a series ends: its label goes there. */
function lineEnd(series: ChartSeries, x: LinearScale, y: LinearScale, plotWidth: number): Marker | undefined {
  // The last reported and the last planned marker, without building the series' shape.
  const last = (points: readonly ChartPoint[]): Marker | undefined => (points.length ? markerOf(points.at(-1)!, x, y) : undefined);
  const held = currentFigures(series).at(-1) ?? series.before;
  // A step that runs on past the range ends at the plot's right edge.
  const ends = [last(series.reported), last(series.planned)];
  if (series.cumulative && series.continuesAfter && held) ends.push({ x: plotWidth, y: y(held.value), point: held });
  return ends.reduce<Marker | undefined>((end, m) => (m && (!end || m.x >= end.x) ? m : end), undefined);
}

/** What a marker says beyond a plain report: what a dense series still marks (`distinctMarkers`). */
function markerMeaning({ point }: Marker): string | undefined {
  if (point.disputed) return 'disputed';
  return point.qualifier === 'exact' ? undefined : point.qualifier;
}

function buildShape(series: ChartSeries, index: number, x: LinearScale, y: LinearScale, plotWidth: number): SeriesShape {
  const markers = series.reported.map((point) => markerOf(point, x, y));
  const plannedMarkers = series.planned.map((point) => markerOf(point, x, y));
  // Only current figures carry the line: a lower bound or a disputed figure is a marker beside it.
  const coords: Array<[number, number]> = markers.filter((m) => m.point.headline).map((m) => [m.x, m.y]);
  if (series.cumulative && series.before) coords.unshift([0, y(series.before.value)]);
  const held = currentFigures(series).at(-1) ?? series.before;
  if (series.cumulative && series.continuesAfter && held) coords.push([plotWidth, y(held.value)]);
  // Plans are dashed segments of their own, never part of the reported line.
  const plannedPath = plannedSegments(series)
    .map(
      (seg) =>
        line()([
          [seg.fromBefore ? 0 : x(seg.from.time), y(seg.from.value)],
          [x(seg.to.time), y(seg.to.value)],
        ]) ?? '',
    )
    .join('');
  // Spacing along the line and beside it apart (a figure beside the line may share a date with it);
  // in a dense series qualified and disputed figures keep a marker, thinned per marker width.
  const distinct = new Set([
    ...distinctMarkers(
      markers.filter((m) => m.point.headline),
      MARKER_WIDTH,
      markerMeaning,
    ),
    ...distinctMarkers(
      markers.filter((m) => !m.point.headline),
      MARKER_WIDTH,
      markerMeaning,
    ),
  ]);
  const drawnMarkers = markers.filter((m) => distinct.has(m));
  return { series, index, path: seriesPath(coords, series.cumulative), plannedPath, markers, drawnMarkers, plannedMarkers };
}

function plannedLabels(shapes: readonly SeriesShape[], text: string, right: number, fontSize: number): TextLabel[] {
  const width = textWidth(text, fontSize);
  const labelHeight = (fontSize * 4) / 3;
  const labels: TextLabel[] = [];
  for (const marker of shapes.flatMap((s) => s.plannedMarkers)) {
    const y = marker.y - 10 - labelHeight < 0 ? marker.y + 8 + fontSize : marker.y - 10;
    // Centred over the marker, unless that would reach over the value axis or out of the chart.
    const anchor = marker.x - width / 2 < 0 ? 'start' : marker.x + width / 2 > right ? 'end' : 'middle';
    const x = anchor === 'start' ? marker.x - 6 : anchor === 'end' ? marker.x + 6 : marker.x;
    const clash = labels.some((l) => Math.abs(l.x - x) < width + 4 && Math.abs(l.y - y) < labelHeight);
    if (!clash) labels.push({ x, y, anchor });
  }
  return labels;
}

/** Geometry of the chart, or `undefined` when the chosen series have no figure in the range. */
export function layoutChart(input: LayoutInput): ChartLayout | undefined {
  const { series, hidden, range, width, height, lang } = input;
  const fontSize = input.fontSize ?? MIN_FONT_SIZE;
  // Measured at 12 px, so they grow with the text.
  const laneHeight = fontSize * 1.5;
  const labelHeight = (fontSize * 4) / 3;
  const marginBottom = 16 + fontSize;
  const domain = timeDomain(series, range);
  if (!domain || width <= 0) return undefined;
  const visible = series.filter((s) => !hidden.has(s.id));
  const format = valueFormat(series);
  // Rounded out to the step of about ten ticks (d3's default count).
  const valueDomain = nice(0, topValue(series), 10);

  // The widest value label decides the left margin; ticks never exceed the nice maximum.
  const probe = valueTicks(linearScale(valueDomain, [height, 0]), format, lang);
  const left = Math.max(24, ...probe.map((t) => textWidth(t.label, fontSize))) + 10;
  const labelWidth = Math.max(0, ...visible.map((s) => textWidth(s.label, fontSize))) + 22;
  const wantsDirect = visible.length > 0 && width - left - labelWidth >= Math.max(200, width * 0.6);

  const attempt = (direct: boolean): ChartLayout | undefined => {
    const margin = { top: 10, right: direct ? labelWidth : 16, bottom: marginBottom, left };
    const plotWidth = Math.max(10, width - margin.left - margin.right);
    const x = linearScale(domain, [INSET, Math.max(INSET + 1, plotWidth - INSET)]);
    const bounds = { min: -margin.left + 2, max: plotWidth + margin.right - 2 };
    const xTicks = timeTicks(x, lang, { ...bounds, fontSize });

    const annotations = layoutAnnotations(
      input.events.map((event, i) => ({
        key: String(i),
        x: x(startOf(event.date).getTime()),
        width: textWidth(event.label[lang], fontSize),
        priority: event.priority,
      })),
      { ...bounds, lanes: width < 480 ? 2 : 3 },
    );
    const lanes = annotations.placed.reduce((most, a) => Math.max(most, a.lane + 1), 0);
    margin.top = 10 + lanes * laneHeight;
    const plotHeight = Math.max(40, height - margin.top - margin.bottom);
    const y = linearScale(valueDomain, [plotHeight, 0]);

    // Whether the lines' ends take labels is decided before the shapes are built: when they do not,
    // the layout without them builds its own (10 series × 1,000 points built theirs twice).
    let labelled: { series: ChartSeries; y: number }[] | undefined;
    if (direct) {
      const ends = visible.map((s) => ({ series: s, end: lineEnd(s, x, y, plotWidth) })).filter((e) => e.end);
      // A label in the margin reads as the end of its line only if the line reaches near it.
      if (ends.some((e) => e.end!.x < plotWidth * 0.8)) return undefined;
      // Labels may use the 10 px of air above the plot, never the event lanes.
      const ys = dodge(
        ends.map((e) => e.end!.y),
        labelHeight,
        -10,
        plotHeight,
      );
      if (!ys || ys.some((v, i) => Math.abs(v - ends[i]!.end!.y) > 2 * labelHeight)) return undefined;
      labelled = ends.map((e, i) => ({ series: e.series, y: ys[i]! }));
    }
    const shapes = series.flatMap((s, index) => (hidden.has(s.id) ? [] : [buildShape(s, index, x, y, plotWidth)]));
    const directLabels: DirectLabel[] | undefined = labelled?.map((label) => ({
      shape: shapes.find((shape) => shape.series === label.series)!,
      y: label.y,
    }));
    const events = annotations.placed.map((a) => ({ ...a, event: input.events[Number(a.key)]!, y: -6 - a.lane * laneHeight }));
    const dates = chartDates(visible).map((d) => ({ ...d, x: x(d.time) }));
    const markerCentres = shapes
      .flatMap((shape) => [...shape.drawnMarkers, ...shape.plannedMarkers])
      .map((m) => [margin.left + m.x, margin.top + m.y] as const);
    return {
      width,
      fontSize,
      height,
      margin,
      plotWidth,
      plotHeight,
      x,
      y,
      xTicks,
      yTicks: valueTicks(y, format, lang),
      shapes,
      plannedLabels: plannedLabels(shapes, input.plannedLabel, plotWidth + margin.right, fontSize),
      ...(directLabels ? { directLabels } : {}),
      events,
      dates,
      dateXs: dates.map((d) => d.x),
      markerCentres,
    };
  };
  return (wantsDirect && attempt(true)) || attempt(false);
}
