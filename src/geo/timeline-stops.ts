/**
 * The stops of the map's timeline: the dates on which something the map shows changed (a place's
 * or a body's status starts to count, an official figure of a layer, an event), each year's
 * 1 January, the launch and the feed's `asOf`, each with the reasons it is a stop. Pure.
 *
 * A stop is a view date in the sense of `feed/when.ts`: the map "as of" the stop shows every record
 * that counts by its end. A record counts from the end of its period, so its stop is the end of its
 * span as written (`../2021-11` and `2021-07/2021-11` stop at `2021-11`). Dates that count at the
 * same instant are one stop (`2021` and `2021-12-31`).
 */
import { headlinePoints } from '../feed/figures.js';
import { LAYER_IDS } from '../feed/schema.js';
import type { Body, FeedEvent, Indicator, LayerId, Meta, PartialDate, Place, PlaceStatuses, RecordDate } from '../feed/types.js';
import { dateParts, endOf, recordSpan } from '../feed/when.js';
import { formatDate } from '../format/date.js';
import type { Lang } from '../i18n/strings.js';

/** ASSKomm started on 6 February 2019 with its eight model municipalities: the timeline's default start. */
export const ASSKOMM_LAUNCH: PartialDate = '2019-02-06';

/** Why a date is a stop; a stop has one reason per record that starts to count there. */
export type StopReason =
  /** The timeline's first stop (the launch, or `asOf` for a feed older than it). */
  | { kind: 'start' }
  /** 1 January of a year: a regular step for the Page keys. */
  | { kind: 'year' }
  /** The feed's `asOf` ("Heute"): the last stop; undated statuses count from here. */
  | { kind: 'as-of' }
  /** A status of a place (`owner: 'place'`) or of a body of several Gemeinden starts to count; `undated` ones at `asOf`. */
  | { kind: 'status'; layer: LayerId; owner: 'place' | 'body'; key: string; undated: boolean }
  /** A new official figure (`feed/figures.ts`) of the indicator linked to `layer`. */
  | { kind: 'figure'; layer: LayerId; indicator: string }
  | { kind: 'event'; event: FeedEvent };

export interface TimelineStop {
  /** The view date as written by the coarsest record that stops here (`2021-11`, not `2021-11-30`). */
  date: PartialDate;
  /** The first instant after the view (`endOf(date)`, ms UTC): the stops' order and identity. */
  until: number;
  reasons: StopReason[];
}

/** What the stops are read from: a `FeedModel`, or one whose places and bodies are cut to the map's keys. */
export interface TimelineSource {
  meta: Pick<Meta, 'asOf'>;
  indicators: ReadonlyMap<string, Indicator>;
  events: readonly FeedEvent[];
  places: ReadonlyMap<string, Place>;
  bodies: ReadonlyMap<string, Body>;
}

export interface TimelineOptions {
  /** The first stop; earlier records are already in force there. Default `ASSKOMM_LAUNCH`. */
  from?: PartialDate;
  /** Only statuses and official figures of these layers make stops (events always do). Default: every layer. */
  layers?: ReadonlySet<LayerId>;
}

/** The stops from `from` to `asOf`, oldest first, each instant once. */
export function timelineStops(source: TimelineSource, options: TimelineOptions = {}): TimelineStop[] {
  const asOf = source.meta.asOf;
  const from = endOf(options.from ?? ASSKOMM_LAUNCH) <= endOf(asOf) ? (options.from ?? ASSKOMM_LAUNCH) : asOf;
  const first = endOf(from);
  const last = endOf(asOf);
  const shown = options.layers ?? new Set(LAYER_IDS);
  const stops = new Map<number, TimelineStop>();

  const add = (date: PartialDate, reason: StopReason): void => {
    const until = endOf(date);
    if (until < first || until > last) return;
    const stop = stops.get(until);
    if (!stop) stops.set(until, { date, until, reasons: [reason] });
    else {
      if (date.length < stop.date.length) stop.date = date;
      stop.reasons.push(reason);
    }
  };
  const addStatuses = (statuses: PlaceStatuses, owner: 'place' | 'body', key: string): void => {
    for (const [layer, date] of statusDates(statuses)) {
      if (!shown.has(layer)) continue;
      if (date === undefined) add(asOf, { kind: 'status', layer, owner, key, undated: true });
      else add(recordSpan(date).end, { kind: 'status', layer, owner, key, undated: false });
    }
  };

  add(from, { kind: 'start' });
  for (let year = dateParts(from).year + 1; year <= dateParts(asOf).year; year++) add(`${year}-01-01`, { kind: 'year' });
  for (const [key, place] of source.places) addStatuses(place.statuses, 'place', key);
  for (const [key, body] of source.bodies) addStatuses(body.statuses, 'body', key);
  for (const indicator of source.indicators.values()) {
    const layer = indicator.layer;
    if (layer === undefined || !shown.has(layer)) continue;
    for (const point of headlinePoints(indicator)) add(point.date, { kind: 'figure', layer, indicator: indicator.id });
  }
  for (const event of source.events) add(event.date, { kind: 'event', event });
  add(asOf, { kind: 'as-of' });
  return [...stops.values()].sort((a, b) => a.until - b.until);
}

/** Each status's layer and date (a funding item each); `undefined` for an undated one. */
function statusDates(statuses: PlaceStatuses): [LayerId, RecordDate | undefined][] {
  const dates: [LayerId, RecordDate | undefined][] = [];
  for (const layer of LAYER_IDS) {
    if (layer === 'funding') for (const item of statuses.funding ?? []) dates.push([layer, item.date]);
    else if (statuses[layer]) dates.push([layer, statuses[layer].date]);
  }
  return dates;
}

/** The stop's label: "November 2021", "6. Februar 2019" (English "6 February 2019"), never more precise than its date. */
export function stopLabel(stop: Pick<TimelineStop, 'date'>, lang: Lang): string {
  return formatDate(stop.date, lang);
}
