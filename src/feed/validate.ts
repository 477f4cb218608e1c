/**
 * The one validator of the feed, used by the widgets at runtime and by `npm run validate`.
 *
 * It is pure: JSON in, model and German findings out. A broken record (an indicator point, an
 * event, a municipality or one of its statuses) is reported with its JSON path and skipped so
 * that the rest of the feed still renders; only a feed whose frame is broken is fatal.
 */
import * as v from 'valibot';
import {
  EventSchema,
  IndicatorHeadSchema,
  IndicatorPointSchema,
  LAYER_IDS,
  MetaSchema,
  PlaceHeadSchema,
  PlaceKeySchema,
  SCHEMA_VERSION,
  STATUS_SCHEMAS,
} from './schema.js';
import type {
  FeedEvent,
  FeedIssue,
  FeedModel,
  Indicator,
  IndicatorPoint,
  IssueSeverity,
  Place,
  PlaceStatuses,
} from './types.js';
import { germanMessage } from './messages.js';
import { isSafeHref } from '../internal/safe-url.js';

export interface ValidationResult {
  /** Absent when the feed is unusable (a `fatal` issue says why). */
  model?: FeedModel;
  issues: FeedIssue[];
}

type Path = string;

function child(path: Path, key: string | number): Path {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects findings while the feed is walked. */
class Findings {
  readonly issues: FeedIssue[] = [];

  add(severity: IssueSeverity, path: Path, message: string): void {
    this.issues.push({ severity, path, message });
  }

  /**
   * Runs one record through its schema. On failure every problem is reported at its own path
   * with `severity` and `undefined` is returned; on success unknown fields get warnings.
   */
  check<S extends v.GenericSchema>(schema: S, value: unknown, path: Path, severity: IssueSeverity): v.InferOutput<S> | undefined {
    const result = v.safeParse(schema, value, { abortEarly: false, lang: 'de' });
    if (!result.success) {
      for (const issue of result.issues) {
        const issuePath = (issue.path ?? []).reduce<Path>((p, item) => child(p, item.key as string | number), path);
        this.add(severity, issuePath, germanMessage(issue));
      }
      return undefined;
    }
    this.warnUnknownFields(schema, value, path);
    return result.output;
  }

  /** Unknown fields are dropped but named, so a typo does not silently lose data. */
  private warnUnknownFields(schema: v.GenericSchema, value: unknown, path: Path): void {
    const s = schema as unknown as { type: string; wrapped?: v.GenericSchema; entries?: Record<string, v.GenericSchema>; item?: v.GenericSchema };
    if (s.type === 'optional' && s.wrapped) return this.warnUnknownFields(s.wrapped, value, path);
    if (s.type === 'array' && s.item && Array.isArray(value)) {
      value.forEach((item, i) => this.warnUnknownFields(s.item!, item, child(path, i)));
      return;
    }
    if (s.type === 'object' && s.entries && isPlainObject(value)) {
      for (const [key, fieldValue] of Object.entries(value)) {
        const fieldSchema = s.entries[key];
        if (fieldSchema) this.warnUnknownFields(fieldSchema, fieldValue, child(path, key));
        else this.add('warning', child(path, key), 'unbekanntes Feld, wird ignoriert');
      }
    }
  }
}

function byDate<T extends { date: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function readIndicators(raw: unknown, findings: Findings): Map<string, Indicator> {
  const indicators = new Map<string, Indicator>();
  if (raw === undefined) return indicators;
  if (!Array.isArray(raw)) {
    findings.add('fatal', '$.indicators', 'muss eine Liste sein');
    return indicators;
  }
  raw.forEach((entry, i) => {
    const path = child('$.indicators', i);
    const { points: rawPoints, ...headFields } = isPlainObject(entry) ? entry : { points: undefined };
    const head = findings.check(IndicatorHeadSchema, isPlainObject(entry) ? headFields : entry, path, 'error');
    if (!head) return;
    if (indicators.has(head.id)) {
      findings.add('error', child(path, 'id'), `Kennzahl „${head.id}“ ist doppelt; nur die erste wird verwendet`);
      return;
    }
    if (!Array.isArray(rawPoints)) {
      findings.add('error', child(path, 'points'), 'fehlt oder ist keine Liste; Kennzahl wird übersprungen');
      return;
    }
    const points: IndicatorPoint[] = [];
    rawPoints.forEach((rawPoint, j) => {
      const point = findings.check(IndicatorPointSchema, rawPoint, child(child(path, 'points'), j), 'error');
      if (point) points.push(point);
    });
    indicators.set(head.id, { ...head, points: points.sort(byDate) });
  });
  return indicators;
}

function readEvents(raw: unknown, findings: Findings): FeedEvent[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    findings.add('fatal', '$.events', 'muss eine Liste sein');
    return [];
  }
  const events: FeedEvent[] = [];
  raw.forEach((entry, i) => {
    const event = findings.check(EventSchema, entry, child('$.events', i), 'error');
    if (event) events.push(event);
  });
  return events.sort(byDate);
}

function warnUnsafeLinks(statuses: PlaceStatuses, path: Path, findings: Findings): void {
  const body = statuses.kpr?.body;
  if (!body) return;
  for (const field of ['url', 'email', 'phone'] as const) {
    const value = body[field];
    if (value !== undefined && !isSafeHref(field, value)) {
      findings.add('warning', child(child(child(path, 'kpr'), 'body'), field), 'ist keine zulässige Adresse (http/https, E-Mail oder Telefon) und wird nur als Text gezeigt');
    }
  }
}

function readPlaces(raw: unknown, findings: Findings): Map<string, Place> {
  const places = new Map<string, Place>();
  if (raw === undefined) return places;
  if (!isPlainObject(raw)) {
    findings.add('fatal', '$.municipalities', 'muss ein Objekt sein, dessen Schlüssel Gemeindeschlüssel sind');
    return places;
  }
  for (const [key, entry] of Object.entries(raw)) {
    const path = child('$.municipalities', key);
    if (!v.safeParse(PlaceKeySchema, key).success) {
      findings.add('error', path, 'Schlüssel ist kein sächsischer Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern); Eintrag wird übersprungen');
      continue;
    }
    if (!isPlainObject(entry)) {
      findings.add('error', path, 'muss ein Objekt sein; Eintrag wird übersprungen');
      continue;
    }
    const headFields: Record<string, unknown> = {};
    const statuses: PlaceStatuses = {};
    for (const [field, value] of Object.entries(entry)) {
      if (!(LAYER_IDS as readonly string[]).includes(field)) {
        headFields[field] = value;
        continue;
      }
      const layer = field as keyof typeof STATUS_SCHEMAS;
      const status = findings.check(STATUS_SCHEMAS[layer], value, child(path, field), 'error');
      if (status) (statuses as Record<string, unknown>)[layer] = status;
    }
    const head = findings.check(PlaceHeadSchema, headFields, path, 'error');
    if (!head) continue;
    warnUnsafeLinks(statuses, path, findings);
    places.set(key, { key, ...head, level: key.length === 8 ? 'municipality' : 'district', statuses });
  }
  return places;
}

/** Validates a parsed JSON value against schema version 1. */
export function validateFeed(input: unknown): ValidationResult {
  const findings = new Findings();
  if (!isPlainObject(input)) {
    findings.add('fatal', '$', 'Der Feed muss ein JSON-Objekt sein');
    return { issues: findings.issues };
  }
  const { schemaVersion, meta: rawMeta, indicators: rawIndicators, events: rawEvents, municipalities: rawPlaces, ...rest } = input;
  if (schemaVersion !== SCHEMA_VERSION) {
    findings.add('fatal', '$.schemaVersion', schemaVersion === undefined
      ? `fehlt (erwartet: ${SCHEMA_VERSION})`
      : `Schema-Version ${JSON.stringify(schemaVersion)} wird nicht unterstützt (erwartet: ${SCHEMA_VERSION})`);
    return { issues: findings.issues };
  }
  for (const key of Object.keys(rest)) findings.add('warning', child('$', key), 'unbekanntes Feld, wird ignoriert');

  const meta = findings.check(MetaSchema, rawMeta, '$.meta', 'fatal');
  if (rawIndicators === undefined && rawPlaces === undefined) {
    findings.add('fatal', '$', 'Der Feed enthält weder „indicators“ noch „municipalities“');
  }
  const indicators = readIndicators(rawIndicators, findings);
  const events = readEvents(rawEvents, findings);
  const places = readPlaces(rawPlaces, findings);

  if (!meta || findings.issues.some((issue) => issue.severity === 'fatal')) return { issues: findings.issues };
  return {
    model: { schemaVersion: SCHEMA_VERSION, meta, indicators, events, places, issues: findings.issues },
    issues: findings.issues,
  };
}

/** Parses feed text (JSON) and validates it; text that is not JSON is a fatal issue. */
export function parseFeedText(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { issues: [{ severity: 'fatal', path: '$', message: `Der Feed ist kein gültiges JSON${detail}` }] };
  }
  return validateFeed(json);
}
