/**
 * The feed's `meta`, field by field: a typo in a field no widget shows (a phone written as a
 * number, an impossible `asOf`) is named and skipped, never the reason every widget goes blank.
 * The two fields widgets show always have a value: `asOf` falls back to the newest date in the
 * data, `source` to the publisher or the title.
 */
import { endOf } from './when.js';
import { MetaSchema } from './schema.js';
import type { FeedModel, Meta, PartialDate } from './types.js';
import { child, type Findings, isPlainObject } from './findings.js';

/** The checked fields, or undefined when `meta` is no object at all (fatal). */
export function readMeta(raw: unknown, findings: Findings): Partial<Meta> | undefined {
  if (!isPlainObject(raw)) {
    findings.add('fatal', '$.meta', raw === undefined ? 'fehlt' : 'muss ein Objekt sein');
    return undefined;
  }
  const meta: Record<string, unknown> = {};
  const entries = MetaSchema.entries;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(entries, key)) findings.add('warning', child('$.meta', key), 'unbekanntes Feld, wird ignoriert');
  }
  for (const [key, schema] of Object.entries(entries)) {
    const value = findings.check(schema, raw[key], child('$.meta', key), 'error');
    if (value !== undefined) meta[key] = value;
  }
  // Each value passed its field's schema above.
  return meta;
}

/** The newest date a record of `model` names: the stand of a feed whose `asOf` is broken. */
function newestDate(model: Pick<FeedModel, 'indicators' | 'events' | 'places' | 'bodies'>): PartialDate | undefined {
  let newest: PartialDate | undefined;
  let newestEnd = -Infinity;
  const see = (date: string | undefined): void => {
    // A status interval (`2020-07/2021-05`) is known by its end.
    const end = date?.slice(date.indexOf('/') + 1);
    if (!end || end === '..') return;
    const time = endOf(end);
    if (time > newestEnd) [newest, newestEnd] = [end, time];
  };
  for (const indicator of model.indicators.values()) for (const point of indicator.points) if (!point.planned) see(point.date);
  for (const event of model.events) see(event.date);
  for (const record of [...model.places.values(), ...model.bodies.values()]) {
    for (const status of Object.values(record.statuses)) {
      for (const item of Array.isArray(status) ? status : [status]) see((item as { date?: string }).date);
    }
  }
  return newest;
}

/** Today (UTC) as `YYYY-MM-DD`: the last resort for a feed without any date. */
function todayIso(): PartialDate {
  return new Date().toISOString().slice(0, 10);
}

/** Adds what is shown instead to the finding that rejected the field at `path`. */
function tellFallback(findings: Findings, path: string, instead: string): void {
  for (const issue of findings.issues) if (issue.path === path) issue.message += `; ${instead}`;
}

/** Fills `asOf` and `source` where the feed's were broken, and says so in their findings. */
export function completeMeta(
  meta: Partial<Meta>,
  model: Pick<FeedModel, 'indicators' | 'events' | 'places' | 'bodies'>,
  findings: Findings,
): Meta {
  let asOf = meta.asOf;
  if (asOf === undefined) {
    asOf = newestDate(model) ?? todayIso();
    tellFallback(findings, '$.meta.asOf', `als Stand gilt das jüngste Datum der Daten: ${asOf}`);
  }
  let source = meta.source;
  if (source === undefined) {
    source = meta.publisher ?? meta.title ?? 'nicht angegeben';
    tellFallback(findings, '$.meta.source', `als Quelle wird „${source}“ gezeigt`);
  }
  return { ...meta, asOf, source };
}
