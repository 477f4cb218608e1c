/**
 * The feed's municipalities and bodies: the key, the head and each building-block status checked
 * on its own, so one broken status does not hide the others; unsafe contact links named.
 */
import * as v from 'valibot';
import { BodyHeadSchema, BodyIdSchema, LAYER_IDS, PLACE_KEY, PlaceHeadSchema, STATUS_SCHEMAS } from './schema.js';
import type { Body, Place, PlaceStatuses } from './types.js';
import { isSafeHref } from '../util/safe-url.js';
import { child, type Findings, isPlainObject, type Path } from './findings.js';
import { countOf, FEED_LIMITS, overLimit } from './limits.js';
import type { FeedPart } from './validate-parts.js';
import { FAIL, PLAIN_STATUSES, plainPlaceHead } from './plain-place.js';

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

/**
 * Splits a record into its head fields and its statuses, each status checked on its own: a plainly
 * valid one on the fast path, anything else by its schema, which names what is wrong.
 */
function readRecord(
  entry: Record<string, unknown>,
  path: Path,
  findings: Findings,
): { head: Record<string, unknown>; statuses: PlaceStatuses } {
  // No prototype: a `"__proto__"` field of the feed stays a field (and is named as unknown).
  const head = Object.create(null) as Record<string, unknown>;
  const statuses: PlaceStatuses = {};
  for (const [field, value] of Object.entries(entry)) {
    if (!(LAYER_IDS as readonly string[]).includes(field)) {
      head[field] = value;
      continue;
    }
    const layer = field as keyof typeof STATUS_SCHEMAS;
    const plain = PLAIN_STATUSES[layer](value);
    const status = plain === FAIL ? findings.check(STATUS_SCHEMAS[layer], value, child(path, field), 'error') : plain;
    if (status) (statuses as Record<string, unknown>)[layer] = status;
  }
  warnUnsafeLinks(statuses, path, findings);
  return { head, statuses };
}

/** How the records of a keyed section (`municipalities`, `bodies`) are keyed and checked. */
interface Section<H extends v.GenericSchema> {
  path: Path;
  isKey: (key: string) => boolean;
  badKey: string;
  headSchema: H;
  /** The head's fast path (plain-place.ts); FAIL leaves it to the schema. */
  plainHead: (head: Record<string, unknown>) => unknown;
}

const MUNICIPALITIES: Section<typeof PlaceHeadSchema> = {
  path: '$.municipalities',
  // As PlaceKeySchema, a string matching PLACE_KEY: the keys are strings already.
  isKey: (key) => PLACE_KEY.test(key),
  badKey: 'Schlüssel ist kein sächsischer Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern); Eintrag wird übersprungen',
  headSchema: PlaceHeadSchema,
  plainHead: plainPlaceHead,
};

const BODIES: Section<typeof BodyHeadSchema> = {
  path: '$.bodies',
  isKey: (key) => v.safeParse(BodyIdSchema, key).success,
  badKey: 'Kennung darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten; Eintrag wird übersprungen',
  headSchema: BodyHeadSchema,
  plainHead: () => FAIL,
};

/**
 * The valid records of a keyed section: a bad key, an entry that is no object or a broken head is
 * named and skipped; each status was checked on its own.
 */
function* keyedRecords<H extends v.GenericSchema>(
  raw: Record<string, unknown>,
  section: Section<H>,
  findings: Findings,
): Generator<{ key: string; path: Path; head: v.InferOutput<H>; statuses: PlaceStatuses }> {
  for (const [key, entry] of Object.entries(raw)) {
    const path = child(section.path, key);
    if (!section.isKey(key)) {
      findings.add('error', path, section.badKey);
      continue;
    }
    if (!isPlainObject(entry)) {
      findings.add('error', path, 'muss ein Objekt sein; Eintrag wird übersprungen');
      continue;
    }
    const record = readRecord(entry, path, findings);
    const plain = section.plainHead(record.head);
    const head = plain === FAIL ? findings.check(section.headSchema, record.head, path, 'error') : (plain as v.InferOutput<H>);
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
  for (const { key, head, statuses } of keyedRecords(raw, MUNICIPALITIES, findings)) {
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
  for (const { key, path, head, statuses } of keyedRecords(raw, BODIES, findings)) {
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
