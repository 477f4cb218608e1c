/**
 * The feed's municipalities: the key, the head and each building-block status checked on its
 * own, so one broken status does not hide the others; unsafe contact links named.
 */
import * as v from 'valibot';
import { LAYER_IDS, PlaceHeadSchema, PlaceKeySchema, STATUS_SCHEMAS } from './schema.js';
import type { Place, PlaceStatuses } from './types.js';
import { isSafeHref } from '../internal/safe-url.js';
import { child, type Findings, isPlainObject, type Path } from './findings.js';
import type { FeedPart } from './validate-parts.js';

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

export const PLACES: FeedPart = (input, findings) => ({ places: readPlaces(input.municipalities, findings) });
