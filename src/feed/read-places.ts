/**
 * The feed's municipalities and bodies: the key, the head and each building-block status checked
 * on its own, so one broken status does not hide the others; unsafe contact links named.
 */
import * as v from 'valibot';
import { BodyHeadSchema, BodyIdSchema, LAYER_IDS, PlaceHeadSchema, PlaceKeySchema, STATUS_SCHEMAS } from './schema.js';
import type { Body, Place, PlaceStatuses } from './types.js';
import { isSafeHref } from '../util/safe-url.js';
import { child, type Findings, isPlainObject, type Path } from './findings.js';
import { countOf, FEED_LIMITS, overLimit } from './limits.js';
import type { FeedPart } from './validate-parts.js';

function warnUnsafeLinks(statuses: PlaceStatuses, path: Path, findings: Findings): void {
  const body = statuses.kpr?.body;
  if (!body) return;
  for (const field of ['url', 'email', 'phone'] as const) {
    const value = body[field];
    if (value !== undefined && !isSafeHref(field, value)) {
      findings.add(
        'warning',
        child(child(child(path, 'kpr'), 'body'), field),
        'ist keine zulässige Adresse (http/https, E-Mail oder Telefon) und wird nur als Text gezeigt',
      );
    }
  }
}

/** Splits a record into its head fields and its statuses, each status checked on its own. */
function readRecord(
  entry: Record<string, unknown>,
  path: Path,
  findings: Findings,
): { head: Record<string, unknown>; statuses: PlaceStatuses } {
  const head: Record<string, unknown> = {};
  const statuses: PlaceStatuses = {};
  for (const [field, value] of Object.entries(entry)) {
    if (!(LAYER_IDS as readonly string[]).includes(field)) {
      head[field] = value;
      continue;
    }
    const layer = field as keyof typeof STATUS_SCHEMAS;
    const status = findings.check(STATUS_SCHEMAS[layer], value, child(path, field), 'error');
    if (status) (statuses as Record<string, unknown>)[layer] = status;
  }
  warnUnsafeLinks(statuses, path, findings);
  return { head, statuses };
}

/**
 * The valid records of a keyed section (`municipalities`, `bodies`): a bad key, an entry that is
 * no object or a broken head is named and skipped; each status was checked on its own.
 */
function* keyedRecords<H extends v.GenericSchema>(
  raw: Record<string, unknown>,
  section: Path,
  keySchema: v.GenericSchema,
  badKey: string,
  headSchema: H,
  findings: Findings,
): Generator<{ key: string; path: Path; head: v.InferOutput<H>; statuses: PlaceStatuses }> {
  for (const [key, entry] of Object.entries(raw)) {
    const path = child(section, key);
    if (!v.safeParse(keySchema, key).success) {
      findings.add('error', path, badKey);
      continue;
    }
    if (!isPlainObject(entry)) {
      findings.add('error', path, 'muss ein Objekt sein; Eintrag wird übersprungen');
      continue;
    }
    const record = readRecord(entry, path, findings);
    const head = findings.check(headSchema, record.head, path, 'error');
    if (head) yield { key, path, head, statuses: record.statuses };
  }
}

function readPlaces(raw: unknown, findings: Findings): Map<string, Place> {
  const places = new Map<string, Place>();
  if (raw === undefined) return places;
  if (!isPlainObject(raw)) {
    findings.add('fatal', '$.municipalities', 'muss ein Objekt sein, dessen Schlüssel Gemeindeschlüssel sind');
    return places;
  }
  if (overLimit(findings, '$.municipalities', countOf(raw), FEED_LIMITS.places, 'Einträge')) return places;
  const badKey = 'Schlüssel ist kein sächsischer Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern); Eintrag wird übersprungen';
  for (const { key, head, statuses } of keyedRecords(raw, '$.municipalities', PlaceKeySchema, badKey, PlaceHeadSchema, findings)) {
    places.set(key, { key, ...head, level: key.length === 8 ? 'municipality' : 'district', statuses });
  }
  return places;
}

/** A member may not reach a building block both on its own and through a body: it would count twice. */
function warnDoubleStatuses(body: Body, places: ReadonlyMap<string, Place>, path: Path, findings: Findings): void {
  for (const member of body.members) {
    const own = places.get(member)?.statuses;
    if (!own) continue;
    for (const layer of LAYER_IDS) {
      if (layer !== 'funding' && own[layer] && body.statuses[layer]) {
        findings.add(
          'warning',
          child(child('$.municipalities', member), layer),
          `steht auch beim Gremium „${body.key}“ (${child(path, layer)}); die Gemeinde zeigt den eigenen Eintrag`,
        );
      }
    }
  }
}

function readBodies(raw: unknown, places: ReadonlyMap<string, Place>, findings: Findings): Map<string, Body> {
  const bodies = new Map<string, Body>();
  if (raw === undefined) return bodies;
  if (!isPlainObject(raw)) {
    // Bodies only group places: without them each Gemeinde still shows its own records.
    findings.add('error', '$.bodies', 'muss ein Objekt sein, dessen Schlüssel Kennungen der Gremien sind; Gremien werden nicht gezeigt');
    return bodies;
  }
  if (overLimit(findings, '$.bodies', countOf(raw), FEED_LIMITS.bodies, 'Einträge')) return bodies;
  const badKey = 'Kennung darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten; Eintrag wird übersprungen';
  for (const { key, path, head, statuses } of keyedRecords(raw, '$.bodies', BodyIdSchema, badKey, BodyHeadSchema, findings)) {
    const members = [...new Set(head.members)];
    if (members.length < head.members.length) findings.add('warning', child(path, 'members'), 'nennt eine Gemeinde mehrfach');
    const body: Body = { key, ...head, members, statuses };
    warnDoubleStatuses(body, places, path, findings);
    bodies.set(key, body);
  }
  return bodies;
}

export const PLACES: FeedPart = (input, findings) => {
  const places = readPlaces(input.municipalities, findings);
  return { places, bodies: readBodies(input.bodies, places, findings) };
};
