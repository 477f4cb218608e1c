/**
 * The feed joined to the geometry at one date: which places the map shows, with which
 * statuses, how many records each layer has (`geo/documented.ts`) and which places the keyboard
 * moves through. Pure; recomputed only when the feed, the geometry, the date or the shown layers change.
 */
import { checkPlaceKeys } from '../../feed/places.js';
import type { FeedIssue, FeedModel, LayerId, PartialDate, PlaceStatuses } from '../../feed/types.js';
import { countsBy } from '../../feed/when.js';
import { documentedAt, mergeBodies, type BodyRef, type DocumentedRecord, type LayerCounts } from '../../geo/documented.js';
import { districtLabel, FRAME, type Bounds, type MapGeometry, type Point } from '../../geo/geometry.js';
import { LAYER_ENCODING } from '../../geo/layers.js';
import { linearOrder, type NavItem } from '../../geo/navigation.js';
import { layoutLabels, overlaps, type Box, type LabelCandidate, type PlacedLabel } from '../../geo/place-labels.js';
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
      // Read through: the geometry works them out only when symbols, names, keys or zoom ask.
      get point() {
        return municipality.label;
      },
      get bounds() {
        return municipality.bounds;
      },
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
    get point() {
      return district.label;
    },
    get bounds() {
      return district.bounds;
    },
  };
}

export function mapDataAt(joined: JoinedFeed, geometry: MapGeometry, date: PartialDate, asOf: PartialDate): MapData {
  const documented = documentedAt(joined.records, date, asOf);
  const current = countsBy(undefined, date, asOf);
  const places = new Map<string, PlaceView>();
  for (const place of documented.places) {
    const base = placeBase(geometry, place.key);
    const note = joined.records.get(place.key)?.note;
    // Onto `base` itself, not a spread copy: a spread would work out every point and box now.
    if (base)
      places.set(
        place.key,
        Object.assign(base, note ? { note } : {}, { statuses: place.statuses, layers: place.layers, via: place.via, current }),
      );
  }
  return { date, places, counts: documented.counts };
}

/** The view of `key` at the date: its statuses when it has any, else just name and Kreis. */
export function viewOf(geometry: MapGeometry, data: MapData, key: string): PlaceView | undefined {
  const known = data.places.get(key);
  if (known) return known;
  const base = placeBase(geometry, key);
  return base && Object.assign(base, { statuses: {}, layers: [], via: {}, current: true });
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
  /** The symbols' box in px from the frame's corner at the layout's scale: the place names keep clear of it. */
  box: Box;
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

/** Above every area (they stay far below 1e9 px²): the places named first. */
const FIRST = 2e9;
const SECOND = 1e9;

/**
 * The Kreis names at the default zoom, by a rule a reader can follow: the Kreisfreie Städte
 * (a Kreis of one Gemeinde: Chemnitz, Dresden, Leipzig) always, by their name, as every map of
 * Saxony names them; the Landkreise only when all of them find room (on a phone none does, and one
 * name of ten looks arbitrary): zoomed in, the Gemeinden are named instead.
 */
function districtCandidates(geometry: MapGeometry, px: (point: Point) => Point): { cities: LabelCandidate[]; counties: LabelCandidate[] } {
  const size = new Map<string, number>();
  for (const m of geometry.municipalities) size.set(m.district, (size.get(m.district) ?? 0) + 1);
  const cities: LabelCandidate[] = [];
  const counties: LabelCandidate[] = [];
  for (const district of geometry.districts.values()) {
    const [[x0, y0], [x1, y1]] = district.bounds;
    const area = ((x1 - x0) * (y1 - y0)) / 1e3;
    const anchor = px(district.label);
    if (size.get(district.ags) === 1) cities.push({ key: district.ags, text: district.name, anchor, priority: FIRST + area });
    else counties.push({ key: district.ags, text: districtLabel(district), anchor, priority: area });
  }
  return { cities, counties };
}

/**
 * The place names the map writes at `scale` (frame units per CSS px) in `fontSize` px, laid out by
 * `geo/place-labels.ts` around the laid-out `symbols`. At the default zoom the Kreise
 * (`districtCandidates`); zoomed in, the Gemeinden whose name fits their width, largest first, and
 * always the chosen Gemeinde (`selectedKey`) and the Gemeinden whose boxes touch it, so the reader
 * knows where the map went. Every name is laid out, also those the zoom puts outside the frame:
 * panning then shows the same names (`namesInView` picks the visible ones).
 */
export function placeNames(
  geometry: MapGeometry,
  symbols: ReadonlyMap<string, PlacedSymbols>,
  scale: number,
  zoomed: boolean,
  selectedKey: string | undefined,
  fontSize: number,
): PlacedLabel[] {
  const px = ([x, y]: Point): Point => [x / scale, y / scale];
  const widthOf = ([[x0], [x1]]: Bounds): number => (x1 - x0) / scale;
  const areaOf = ([[x0, y0], [x1, y1]]: Bounds): number => ((x1 - x0) * (y1 - y0)) / scale / scale;
  const avoid = [...symbols.values()].map((laid) => laid.box);
  if (!zoomed) {
    const { cities, counties } = districtCandidates(geometry, px);
    const frame: Box = [0, 0, FRAME.width / scale, FRAME.height / scale];
    // Cities rank first, so they are placed the same with the Landkreise or without them.
    const placed = layoutLabels([...cities, ...counties], avoid, textWidth, fontSize, frame);
    const allCounties = counties.every((c) => placed.some((label) => label.key === c.key));
    return allCounties ? placed : placed.filter((label) => cities.some((c) => c.key === label.key));
  }
  const candidates: LabelCandidate[] = [];
  const selected = selectedKey ? geometry.municipalityByAgs.get(selectedKey) : undefined;
  for (const m of geometry.municipalities) {
    const chosen = m === selected;
    const neighbour = !chosen && selected !== undefined && boundsOverlap(m.bounds, selected.bounds);
    const tier = chosen ? FIRST : neighbour ? SECOND : 0;
    if (tier || textWidth(m.name, fontSize) <= widthOf(m.bounds))
      candidates.push({ key: m.ags, text: m.name, anchor: px(m.label), priority: tier + areaOf(m.bounds), required: tier > 0 });
  }
  return layoutLabels(candidates, avoid, textWidth, fontSize);
}

/**
 * The names whose box shows in the frame at this zoom (`names` laid out at `scale`, in CSS px of
 * the unzoomed frame's drawing): zoomed in, the others would only fill the page's DOM.
 */
export function namesInView(names: readonly PlacedLabel[], scale: number, zoom: { x: number; y: number; k: number }): PlacedLabel[] {
  // A name's px times `scale` are frame units; the zoom maps those onto the frame.
  const f = scale * zoom.k;
  const view: Box = [(0 - zoom.x) / f, (0 - zoom.y) / f, (FRAME.width - zoom.x) / f, (FRAME.height - zoom.y) / f];
  return names.filter((name) => overlaps(name.box, view));
}
