/**
 * The counter's attributes as typed options, read once per change: the figures, the count-up and
 * the render take these, never the attribute text. Pure: attribute text in, options and editor
 * hints about the attribute values out (the hints about the feed's metrics come with the figures).
 */
import { attributeText, readChoice, readDate, readHeadingLevel, readNumber } from '../../element/attributes.js';
import type { HeadingLevel } from '../../element/heading.js';
import type { PartialDate } from '../../feed/types.js';
import type { Notation } from '../../format/number.js';
import { counterHints } from '../../i18n/milestone-counter.js';

const NOTATIONS = ['standard', 'compact'] as const;
const DEFAULT_DURATION_MS = 1500;
/** Longer than 10 s and readers leave before the final figures stand. */
const DURATION_BOUNDS = { fallback: DEFAULT_DURATION_MS, min: 0, max: 10_000, unit: 'ms' } as const;

/** The attributes as the element holds them (properties set from script may hold other types). */
export interface CounterAttributes {
  metric?: unknown;
  label?: unknown;
  date?: unknown;
  since?: unknown;
  duration?: unknown;
  notation?: unknown;
  heading?: unknown;
  headingLevel?: unknown;
}

/** What the counter shows, as the editor asked for it. */
export interface CounterOptions {
  /** Indicator ids, each once, in the editor's order (checked against the feed with the figures). */
  metricIds: readonly string[];
  /** The editor's label, only when one metric is asked for. */
  label: string | undefined;
  /** Values as of this date; `undefined`: the latest. */
  date: PartialDate | undefined;
  /** Show the change since this date. */
  since: PartialDate | undefined;
  /** Count-up length in ms; 0 shows the final values at once. */
  duration: number;
  notation: Notation;
  /** The editor's visible heading over the figures; `undefined`: none. */
  heading: string | undefined;
  /** Level of the heading in the page's outline. */
  headingLevel: HeadingLevel;
}

/** Typed options and the editor hints about the attribute values, in the order the attributes are read. */
export function readCounterOptions(attributes: CounterAttributes): { options: CounterOptions; hints: string[] } {
  const notation = readChoice('notation', attributeText(attributes.notation), NOTATIONS, 'standard');
  const duration = readNumber('duration', attributeText(attributes.duration), DURATION_BOUNDS);
  const date = readDate('date', attributeText(attributes.date));
  const since = readDate('since', attributeText(attributes.since));
  const headingLevel = readHeadingLevel(attributeText(attributes.headingLevel));
  const hints = [notation, duration, date, since, headingLevel].map((parsed) => parsed.hint);
  const metricIds = [
    ...new Set(
      (attributeText(attributes.metric) ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const label = attributeText(attributes.label)?.trim() || undefined;
  if (label && metricIds.length > 1) hints.push(counterHints.hintLabelNeedsOneMetric);
  const options: CounterOptions = {
    metricIds,
    label: metricIds.length === 1 ? label : undefined,
    date: date.value,
    since: since.value,
    duration: duration.value,
    notation: notation.value,
    heading: attributeText(attributes.heading)?.trim() || undefined,
    headingLevel: headingLevel.value,
  };
  return { options, hints: hints.filter((hint): hint is string => hint !== undefined) };
}
