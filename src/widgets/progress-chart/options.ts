/**
 * The chart's attributes as typed options, read once per change (as a Plot mark normalises its
 * options in its constructor): every later step (derivations, layout, render) takes these, never
 * the attribute text. Pure: attribute text and feed model in, options and editor hints out.
 */
import { dateRange, type DateRange } from '../../chart/date-range.js';
import { attributeText, readChoice, readDate, readHeadingLevel, readList, readNumber } from '../../element/attributes.js';
import type { HeadingLevel } from '../../element/heading.js';
import type { FeedModel } from '../../feed/types.js';
import { startOf } from '../../feed/when.js';
import { chartHints } from '../../i18n/progress-chart.js';
import { sameValues } from '../../util/memo.js';

export const DEFAULT_METRICS = ['advised', 'kpr', 'cooperation-agreements'] as const;
export const DEFAULT_HEIGHT = 320;
/** Below 160 px the axis labels overlap; above 2000 px the plot is taller than any screen. */
const HEIGHT_BOUNDS = { fallback: DEFAULT_HEIGHT, min: 160, max: 2000, unit: 'px' } as const;

/** The attributes as the element holds them (properties set from script may hold other types). */
export interface ChartAttributes {
  metrics?: unknown;
  from?: unknown;
  to?: unknown;
  events?: unknown;
  height?: unknown;
  heading?: unknown;
  headingLevel?: unknown;
}

/** What the chart draws, as the editor asked for it. */
export interface ChartOptions {
  /** Indicator ids in drawing order; checked against the feed once it is there (the defaults until then). */
  metricIds: readonly string[];
  range: DateRange;
  showEvents: boolean;
  /** Plot height in px. */
  height: number;
  /** The visible heading; `undefined` names the chart with the default heading. */
  heading: string | undefined;
  /** Level of the heading in the page's outline. */
  headingLevel: HeadingLevel;
  /** How many series the legend will list: the loading chart reserves their room. */
  legendCount: number;
}

/**
 * `next`, keeping the metric list and the range of `previous` where they are equal: the memoised
 * derivations key on them, so a new heading or height lays out nothing anew.
 */
export function keepStable(next: ChartOptions, previous: ChartOptions | undefined): ChartOptions {
  if (!previous) return next;
  const sameRange = next.range.start === previous.range.start && next.range.end === previous.range.end;
  return {
    ...next,
    metricIds: sameValues(next.metricIds, previous.metricIds) ? previous.metricIds : next.metricIds,
    range: sameRange ? previous.range : next.range,
  };
}

/** Typed options and the editor hints about the attribute values, in the order the attributes are read. */
export function readChartOptions(attributes: ChartAttributes, model: FeedModel | undefined): { options: ChartOptions; hints: string[] } {
  const hints: Array<string | undefined> = [];
  const metricIds = model ? readMetrics(attributeText(attributes.metrics), model, hints) : [...DEFAULT_METRICS];
  const range = readRange(attributeText(attributes.from), attributeText(attributes.to), hints);
  const events = readChoice('events', attributeText(attributes.events), ['on', 'off'] as const, 'on');
  const height = readNumber('height', attributeText(attributes.height), HEIGHT_BOUNDS);
  const headingLevel = readHeadingLevel(attributeText(attributes.headingLevel));
  hints.push(events.hint, height.hint, headingLevel.hint);
  const requested = attributeText(attributes.metrics)
    ?.split(',')
    .filter((id) => id.trim()).length;
  const options: ChartOptions = {
    metricIds,
    range,
    showEvents: events.value === 'on',
    height: height.value,
    heading: attributeText(attributes.heading)?.trim() || undefined,
    headingLevel: headingLevel.value,
    legendCount: model ? metricIds.length : requested || DEFAULT_METRICS.length,
  };
  return { options, hints: hints.filter((hint): hint is string => hint !== undefined) };
}

/** Metric ids are checked against the feed, so only once it is there. */
function readMetrics(raw: string | null, model: FeedModel, hints: Array<string | undefined>): string[] {
  const available = [...model.indicators.keys()];
  const defaults = DEFAULT_METRICS.filter((id) => available.includes(id));
  const metrics = readList('metrics', raw, available, defaults.length ? defaults : available.slice(0, 3));
  hints.push(metrics.hint);
  // Euros and counts on one value axis would make one of them unreadable.
  const withFormat = (format: string): string[] => metrics.value.filter((id) => model.indicators.get(id)?.format === format);
  const [euros, counts] = [withFormat('eur'), withFormat('count')];
  if (euros.length && counts.length) hints.push(chartHints.hintMixedFormats(euros.join(', '), counts.join(', ')));
  return metrics.value;
}

function readRange(rawFrom: string | null, rawTo: string | null, hints: Array<string | undefined>): DateRange {
  const from = readDate('from', rawFrom);
  const to = readDate('to', rawTo);
  hints.push(from.hint, to.hint);
  if (from.value && to.value && startOf(from.value) > startOf(to.value)) {
    hints.push(chartHints.hintRange(from.value, to.value));
    return dateRange();
  }
  return dateRange(from.value, to.value);
}
