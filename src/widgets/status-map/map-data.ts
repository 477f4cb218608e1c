/**
 * The feed joined to the geometry at one date: which places the map shows, with which
 * statuses, how many records each layer has (`geo/documented.ts`) and which places the keyboard
 * moves through. Pure; recomputed only when the feed, the geometry, the date or the shown layers change.
 */
import { checkPlaceKeys } from '../../feed/places.js';
import type { FeedIssue, FeedModel, LayerId, PartialDate, PlaceStatuses } from '../../feed/types.js';
import { countsBy } from '../../feed/when.js';
import { documentedAt, mergeBodies, type BodyRef, type DocumentedRecord, type LayerCounts } from '../../geo/documented.js';
import { districtLabel, type Bounds, type MapGeometry, type Point } from '../../geo/geometry.js';
import { LAYER_ENCODING } from '../../geo/layers.js';
import { linearOrder, type NavItem } from '../../geo/navigation.js';
import { layoutLabels, type Box, type LabelCandidate, type PlacedLabel } from '../../geo/place-labels.js';
import { layoutSymbols } from '../../geo/symbol-layout.js';
import { textWidth } from '../../chart/text-width.js';
import { DISTRICT_SYMBOL_SCALE, SYMBOL_CELL } from './symbols.js';

export type { BodyRef, LayerCounts };

export interface PlaceView extends NavItem {
  note?: string;
  /** Only the statuses reached by the date. */
  statuses: PlaceStatuses;
  layers: LayerId[];
  bounds: Bounds;
  /** The layers this place shows through a body of several Gemeinden. */
  via: Partial<Record<LayerId, BodyRef>>;
  /** Whether the view's date is the feed's `asOf` or later: only then do states like "abgeschlossen" hold. */
  current: boolean;
}

export interface JoinedFeed {
  /** Feed records by their 2021 key, only those the map knows; bodies merged into their members. */
  records: ReadonlyMap<string, DocumentedRecord>;
  issues: readonly FeedIssue[];
}

export interface MapData {
  date: PartialDate;
  /** Places with at least one status at the date. */
  places: ReadonlyMap<string, PlaceView>;
  counts: Record<LayerId, LayerCounts>;
}

export function joinFeed(model: FeedModel, geometry: MapGeometry): JoinedFeed {
  const { places, bodies, issues } = checkPlaceKeys(model, geometry.index);
  const records = mergeBodies(places, bodies, (key) => geometry.municipalityByAgs.get(key)?.name ?? key);
  return { records, issues };
}

/** Name, Kreis and position of any key the map knows (8-digit Gemeinde or 5-digit Kreis). */
export function placeBase(geometry: MapGeometry, key: string): Omit<PlaceView, 'statuses' | 'layers' | 'via' | 'current'> | undefined {
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
  return {
    key,
    name,
    level: 'district',
    district: key,
    districtName: name,
    districtSortName: district.name,
    point: district.label,
    bounds: district.bounds,
  };
}

export function mapDataAt(joined: JoinedFeed, geometry: MapGeometry, date: PartialDate, asOf: PartialDate): MapData {
  const documented = documentedAt(joined.records, date, asOf);
  const current = countsBy(undefined, date, asOf);
  const places = new Map<string, PlaceView>();
  for (const place of documented.places) {
    const base = placeBase(geometry, place.key);
    const note = joined.records.get(place.key)?.note;
    if (base)
      places.set(place.key, {
        ...base,
        ...(note ? { note } : {}),
        statuses: place.statuses,
        layers: place.layers,
        via: place.via,
        current,
      });
  }
  return { date, places, counts: documented.counts };
}

/** The view of `key` at the date: its statuses when it has any, else just name and Kreis. */
export function viewOf(geometry: MapGeometry, data: MapData, key: string): PlaceView | undefined {
  const known = data.places.get(key);
  if (known) return known;
  const base = placeBase(geometry, key);
  return base && { ...base, statuses: {}, layers: [], via: {}, current: true };
}

/** The places the keyboard moves through at one date, in both orders (`geo/navigation.ts`). */
export interface Navigation {
  /** Every Gemeinde, and Kreis-level entries whose symbols are shown. */
  items: readonly NavItem[];
  ordered: readonly NavItem[];
  byKey: ReadonlyMap<string, NavItem>;
}

/** Every Gemeinde, and the Kreis-level places whose symbols the shown layers draw. */
export function navigationOf(geometry: MapGeometry, data: MapData, hidden: ReadonlySet<LayerId>): Navigation {
  const items: NavItem[] = [];
  for (const m of geometry.municipalities) {
    const base = placeBase(geometry, m.ags);
    if (base) items.push(base);
  }
  for (const place of data.places.values()) {
    const visible = place.layers.some((id) => LAYER_ENCODING[id].kind === 'symbol' && !hidden.has(id));
    if (place.level === 'district' && visible) items.push(place);
  }
  return { items, ordered: linearOrder(items), byKey: new Map(items.map((item) => [item.key, item])) };
}

/** A place's shown symbols and where they go, in CSS px from its point (`geo/symbol-layout.ts`). */
export interface PlacedSymbols {
  layers: LayerId[];
  offsets: Point[];
  /** Where the leader line from the point ends when the symbols had to move away from it. */
  leader?: Point;
}

/**
 * Every place's shown symbols laid out so that none overlaps another at `scale` (frame units per
 * CSS px: the symbols keep their on-screen size, so the zoom and the width decide what collides).
 */
export function placeSymbols(data: MapData, hidden: ReadonlySet<LayerId>, scale: number): ReadonlyMap<string, PlacedSymbols> {
  const places = [...data.places.values()]
    .map((place) => ({ place, layers: place.layers.filter((id) => LAYER_ENCODING[id].kind === 'symbol' && !hidden.has(id)) }))
    .filter(({ layers }) => layers.length);
  const laid = layoutSymbols(
    places.map(({ place, layers }) => ({
      anchor: [place.point[0] / scale, place.point[1] / scale],
      count: layers.length,
      cell: SYMBOL_CELL * (place.level === 'district' ? DISTRICT_SYMBOL_SCALE : 1),
    })),
  );
  return new Map(places.map(({ place, layers }, i) => [place.key, { layers, ...laid[i]! }]));
}

const boundsOverlap = ([[ax0, ay0], [ax1, ay1]]: Bounds, [[bx0, by0], [bx1, by1]]: Bounds): boolean =>
  ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;

/**
 * The place names the map writes at `scale` (frame units per CSS px) in `fontSize` px, laid out by
 * `geo/place-labels.ts` around the symbols of `symbols`. At the default zoom the Kreise whose name
 * fits their width; zoomed in, the Gemeinden whose name fits theirs, largest first, and always the
 * chosen Gemeinde (`selectedKey`) and the Gemeinden whose boxes touch it, so the reader knows where
 * the map went.
 */
export function placeNames(
  geometry: MapGeometry,
  data: MapData,
  symbols: ReadonlyMap<string, PlacedSymbols>,
  scale: number,
  zoomed: boolean,
  selectedKey: string | undefined,
  fontSize: number,
): PlacedLabel[] {
  const px = ([x, y]: Point): Point => [x / scale, y / scale];
  const widthOf = ([[x0], [x1]]: Bounds): number => (x1 - x0) / scale;
  const areaOf = ([[x0, y0], [x1, y1]]: Bounds): number => ((x1 - x0) * (y1 - y0)) / scale / scale;
  const candidates: LabelCandidate[] = [];
  if (!zoomed) {
    for (const district of geometry.districts.values()) {
      const text = districtLabel(district);
      if (textWidth(text, fontSize) <= widthOf(district.bounds))
        candidates.push({ key: district.ags, text, anchor: px(district.label), priority: areaOf(district.bounds) });
    }
  } else {
    const selected = selectedKey ? geometry.municipalityByAgs.get(selectedKey) : undefined;
    for (const m of geometry.municipalities) {
      const chosen = m === selected;
      const neighbour = !chosen && selected !== undefined && boundsOverlap(m.bounds, selected.bounds);
      // The chosen place and its neighbours rank above every other (areas stay far below 1e9 px²).
      const tier = chosen ? 2e9 : neighbour ? 1e9 : 0;
      if (tier || textWidth(m.name, fontSize) <= widthOf(m.bounds))
        candidates.push({ key: m.ags, text: m.name, anchor: px(m.label), priority: tier + areaOf(m.bounds), required: tier > 0 });
    }
  }
  const avoid: Box[] = [];
  for (const [key, laid] of symbols) {
    const place = data.places.get(key);
    if (!place) continue;
    const [x, y] = px(place.point);
    const half = (SYMBOL_CELL * (place.level === 'district' ? DISTRICT_SYMBOL_SCALE : 1)) / 2;
    for (const [dx, dy] of laid.offsets) avoid.push([x + dx - half, y + dy - half, x + dx + half, y + dy + half]);
  }
  return layoutLabels(candidates, avoid, textWidth, fontSize);
}
