/**
 * The feed joined to the geometry at one date: which places the map shows, with which
 * statuses, and how many places each layer has. Pure; recomputed only when the feed, the
 * geometry or the date changes.
 */
import { checkPlaceKeys } from '../../feed/places.js';
import type { FeedIssue, FeedModel, LayerId, PartialDate, PlaceStatuses } from '../../feed/types.js';
import { districtLabel, type Bounds, type MapGeometry } from '../../geo/geometry.js';
import { countByLayer, layersOf, statusesAt, withImpliedContact } from '../../geo/layers.js';
import type { NavItem } from '../../geo/navigation.js';

export interface PlaceView extends NavItem {
  note?: string;
  /** Only the statuses reached by the date. */
  statuses: PlaceStatuses;
  layers: LayerId[];
  bounds: Bounds;
}

export interface JoinedFeed {
  /** Feed records by their 2021 key, only those the map knows. */
  records: ReadonlyMap<string, { note?: string; statuses: PlaceStatuses }>;
  issues: readonly FeedIssue[];
}

export interface MapData {
  date: PartialDate;
  /** Places with at least one status at the date. */
  places: ReadonlyMap<string, PlaceView>;
  counts: Record<LayerId, number>;
  /** How many of `counts` are Kreis-level entries. */
  districtCounts: Record<LayerId, number>;
}

export function joinFeed(model: FeedModel, geometry: MapGeometry): JoinedFeed {
  const { places, issues } = checkPlaceKeys(model, geometry.index);
  return { records: places, issues };
}

/** Name, Kreis and position of any key the map knows (8-digit Gemeinde or 5-digit Kreis). */
export function placeBase(geometry: MapGeometry, key: string): Omit<PlaceView, 'statuses' | 'layers'> | undefined {
  const municipality = geometry.municipalityByAgs.get(key);
  if (municipality) {
    const district = geometry.districts.get(municipality.district);
    return {
      key,
      name: municipality.name,
      level: 'municipality',
      district: municipality.district,
      districtName: districtLabel(district) || municipality.district,
      districtSortName: district?.name ?? municipality.district,
      point: municipality.label,
      bounds: municipality.bounds,
    };
  }
  const district = geometry.districts.get(key);
  if (!district) return undefined;
  const name = districtLabel(district);
  return { key, name, level: 'district', district: key, districtName: name, districtSortName: district.name, point: district.label, bounds: district.bounds };
}

export function mapDataAt(joined: JoinedFeed, geometry: MapGeometry, date: PartialDate): MapData {
  const places = new Map<string, PlaceView>();
  for (const [key, record] of joined.records) {
    const base = placeBase(geometry, key);
    if (!base) continue;
    const statuses = statusesAt(record.statuses, date);
    const layers = withImpliedContact(layersOf(statuses), base.level);
    if (layers.length) places.set(key, { ...base, note: record.note, statuses, layers });
  }
  const views = [...places.values()];
  return {
    date,
    places,
    counts: countByLayer(views),
    districtCounts: countByLayer(views.filter((place) => place.level === 'district')),
  };
}

/** The view of `key` at the date: its statuses when it has any, else just name and Kreis. */
export function viewOf(geometry: MapGeometry, data: MapData, key: string): PlaceView | undefined {
  const known = data.places.get(key);
  if (known) return known;
  const base = placeBase(geometry, key);
  return base && { ...base, statuses: {}, layers: [] };
}
