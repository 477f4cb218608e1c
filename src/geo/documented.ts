/**
 * What the feed documents place by place at a date, without any geometry: bodies of several
 * Gemeinden merged into their members, the statuses that count by the date, and how many records
 * each layer has (a body once, a contact per Gemeinde). The map draws from it and the validator
 * compares it with the official figures, so both count alike.
 */
import { LAYER_IDS } from '../feed/schema.js';
import type { Body, LayerId, PartialDate, Place, PlaceStatuses } from '../feed/types.js';
import { countRecords, layersOf, statusesAt, undatedLayersAt, withImpliedContact } from './layers.js';

/** The body a member's status comes from. */
export interface BodyRef {
  key: string;
  name: string;
  /** Names of all member Gemeinden, in the feed's order. */
  memberNames: string[];
}

export interface DocumentedRecord {
  level: Place['level'];
  note?: string;
  statuses: PlaceStatuses;
  /** The layers this place has through a body of several Gemeinden. */
  via: Partial<Record<LayerId, BodyRef>>;
}

/** Places by key with the statuses of their bodies merged in; a member's own status wins. */
export function mergeBodies(
  places: ReadonlyMap<string, Place>,
  bodies: ReadonlyMap<string, Body>,
  nameOf: (key: string) => string,
): Map<string, DocumentedRecord> {
  const records = new Map<string, DocumentedRecord>();
  for (const [key, place] of places)
    records.set(key, { level: place.level, ...(place.note ? { note: place.note } : {}), statuses: { ...place.statuses }, via: {} });
  for (const body of bodies.values()) {
    const ref: BodyRef = { key: body.key, name: body.name, memberNames: body.members.map(nameOf) };
    for (const member of body.members) {
      let record = records.get(member);
      if (!record) records.set(member, (record = { level: 'municipality', statuses: {}, via: {} }));
      for (const id of layersOf(body.statuses)) {
        // The validator warns when a member has the same block on its own.
        if (record.statuses[id]) continue;
        (record.statuses as Record<string, unknown>)[id] = body.statuses[id];
        record.via[id] = ref;
      }
    }
  }
  return records;
}

/** Per layer, what is documented at a date. */
export interface LayerCounts {
  /** Records: a place, a Kreis-level body or a body of several Gemeinden, each once. */
  records: number;
  /** Gemeinden with the layer. */
  municipalities: number;
  /** Kreis-level records among `records`. */
  districts: number;
  /** Undated records not counted because the date is before the feed's `asOf`. */
  undated: number;
}

export interface DocumentedPlace {
  key: string;
  level: Place['level'];
  statuses: PlaceStatuses;
  layers: LayerId[];
  via: Partial<Record<LayerId, BodyRef>>;
}

/** The record a place's status in `id` belongs to: its body, or the place (a contact is always the Gemeinde's). */
function ownerOf(place: Pick<DocumentedPlace, 'key' | 'via'>, id: LayerId): string {
  return id === 'contacted' ? place.key : (place.via[id]?.key ?? place.key);
}

/** The places with a status that counts at `date`, and the counts per layer. */
export function documentedAt(
  records: ReadonlyMap<string, DocumentedRecord>,
  date: PartialDate,
  asOf: PartialDate,
): { places: DocumentedPlace[]; counts: Record<LayerId, LayerCounts> } {
  const places: DocumentedPlace[] = [];
  const undated: Pick<DocumentedPlace, 'key' | 'via' | 'layers'>[] = [];
  for (const [key, record] of records) {
    const left = undatedLayersAt(record.statuses, date, asOf);
    if (left.length) undated.push({ key, via: record.via, layers: left });
    const statuses = statusesAt(record.statuses, date, asOf);
    const layers = withImpliedContact(layersOf(statuses), record.level);
    if (layers.length) places.push({ key, level: record.level, statuses, layers, via: record.via });
  }
  const total = countRecords(places, ownerOf);
  const municipalities = countRecords(
    places.filter((p) => p.level === 'municipality'),
    () => undefined,
  );
  const districts = countRecords(
    places.filter((p) => p.level === 'district'),
    () => undefined,
  );
  const left = countRecords(undated, ownerOf);
  const counts = Object.fromEntries(
    LAYER_IDS.map((id) => [id, { records: total[id], municipalities: municipalities[id], districts: districts[id], undated: left[id] }]),
  ) as Record<LayerId, LayerCounts>;
  return { places, counts };
}
