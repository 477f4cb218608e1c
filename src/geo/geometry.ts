/**
 * The bundled TopoJSON (pre-projected into a 960×700 frame) turned into what the map draws:
 * one SVG path string per Gemeinde, the Kreis borders and the state outline as meshes, and a
 * label point and bounding box per place. Computed once per topology and shared by every map.
 */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { placeIndexFromTopology, type PlaceIndex } from '../feed/places.js';
import { byCodeUnits } from '../util/compare.js';
import { ArcPaths, isAreaGeometry, type AreaGeometry } from './arc-paths.js';

export type Point = [number, number];
export type Bounds = [Point, Point];

/** The viewBox every bundled-style topology is projected into. */
export const FRAME = { width: 960, height: 700 } as const;

export interface MunicipalityShape {
  /** 8-digit AGS (Gebietsstand 2021). */
  ags: string;
  name: string;
  /** "Stadt" or "Gemeinde". */
  kind: string;
  /** 5-digit key of the Kreis or kreisfreie Stadt. */
  district: string;
  /** SVG path data in frame units. */
  d: string;
  /** A point inside the shape for symbols and the keyboard tooltip (worked out when first read). */
  readonly label: Point;
  readonly bounds: Bounds;
}

export interface DistrictShape {
  ags: string;
  name: string;
  /** "Landkreis" or "Kreisfreie Stadt". */
  kind: string;
  d: string;
  readonly label: Point;
  readonly bounds: Bounds;
}

export interface GeometryMeta {
  attribution: string;
  licenseUrl?: string;
}

export interface MapGeometry {
  /** Sorted by AGS, the order of the paths in the SVG. */
  municipalities: readonly MunicipalityShape[];
  municipalityByAgs: ReadonlyMap<string, MunicipalityShape>;
  districts: ReadonlyMap<string, DistrictShape>;
  /** Borders between Gemeinden (each drawn once). */
  municipalityBorders: string;
  /** Borders between Kreise. */
  districtBorders: string;
  /** The state outline. */
  outline: string;
  /** Place keys and the 2016 → 2021 crosswalk, for joining the feed. */
  index: PlaceIndex;
  meta: GeometryMeta;
}

export const DEFAULT_ATTRIBUTION = '© GeoBasis-DE / BKG 2016 (Daten verändert)';
export const DEFAULT_LICENSE_URL = 'https://www.govdata.de/dl-de/by-2-0';

interface Properties {
  ags?: unknown;
  name?: unknown;
  kind?: unknown;
}

type MapTopology = Topology<{
  gemeinden: GeometryCollection<Properties>;
  kreise?: GeometryCollection<Properties>;
  land?: GeometryCollection<Properties>;
}> & { meta?: { attribution?: unknown; licenseUrl?: unknown } };

function isCollection(value: unknown): value is GeometryCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'GeometryCollection' &&
    Array.isArray((value as { geometries?: unknown }).geometries)
  );
}

/** Whether `value` looks like the bundled topology (a Topology with a `gemeinden` collection). */
export function isMapTopology(value: unknown): value is MapTopology {
  const t = value as Partial<MapTopology> | null;
  return typeof t === 'object' && t !== null && t.type === 'Topology' && Array.isArray(t.arcs) && isCollection(t.objects?.gemeinden);
}

const path = geoPath().digits(1);

// The two loops below read positions by index: an array pattern walks an iterator per point, and
// over the crescent Gemeinden of one sampled 4-Länder render that was 20 MB of garbage (issue 17).
function ringContains(ring: Position[], point: Point): boolean {
  const x = point[0];
  const y = point[1];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const xi = a[0]!;
    const yi = a[1]!;
    const xj = b[0]!;
    const yj = b[1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygonContains(rings: Position[][], point: Point): boolean {
  return rings.length > 0 && ringContains(rings[0]!, point) && !rings.slice(1).some((hole) => ringContains(hole, point));
}

function distanceToRings(rings: Position[][], point: Point): number {
  const x = point[0];
  const y = point[1];
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const ax = a[0]!;
      const ay = a[1]!;
      const bx = b[0]!;
      const by = b[1]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
  }
  return best;
}

/**
 * A point well inside the largest part of a (multi)polygon: its centroid when that lies inside,
 * else the grid point farthest from the boundary (crescent-shaped Gemeinden, exclaves).
 */
export function labelPoint(geometry: Geometry): Point {
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  if (!polygons.length) return path.centroid(geometry);
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const rings of polygons) {
    const area = path.area({ type: 'Polygon', coordinates: rings });
    if (area > largestArea) [largest, largestArea] = [rings, area];
  }
  const part: Polygon = { type: 'Polygon', coordinates: largest };
  const centroid = path.centroid(part);
  if (polygonContains(largest, centroid)) return centroid;
  const [[x0, y0], [x1, y1]] = path.bounds(part);
  let best: Point = centroid;
  let bestDistance = -1;
  const steps = 12;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: Point = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!polygonContains(largest, point)) continue;
      const distance = distanceToRings(largest, point);
      if (distance > bestDistance) [best, bestDistance] = [point, distance];
    }
  }
  return best;
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/**
 * A Gemeinde or Kreis: `properties` with its path data, and its label point and bounds worked out
 * when first read: the first paint draws the paths alone, and the symbols, names and zoom that need
 * the others come after it (issue 17; 18 ms of a Saxony render, 353 ms of all of Germany's in one CPU
 * profile). The getters are own properties, so a spread copies their values. Until then the shape
 * holds the topology (Saxony's ~0.6 MB of heap, all of Germany's ~20 MB): less than the GeoJSON of
 * every shape that the map held before, and let go by each shape once it knows both.
 */
function placeShape<T extends object>(
  topology: MapTopology | undefined,
  geometry: AreaGeometry | undefined,
  d: string,
  properties: T,
): T & { d: string; label: Point; bounds: Bounds } {
  let label: Point | undefined;
  let bounds: Bounds | undefined;
  let geoJson: Geometry | undefined;
  const source = (): Geometry => (geoJson ??= (feature(topology!, geometry as GeometryObject) as Feature).geometry);
  const release = (): void => {
    if (label && bounds) [topology, geometry, geoJson] = [undefined, undefined, undefined];
  };
  const shape = {
    d,
    get label(): Point {
      label ??= labelPoint(source());
      release();
      return label;
    },
    get bounds(): Bounds {
      bounds ??= path.bounds(source());
      release();
      return bounds;
    },
  };
  return Object.assign(shape, properties);
}

/** The area geometries of a collection with the key of the given length in `properties.ags`. */
function keyedAreas(collection: GeometryCollection<Properties>, keyLength: number): [AreaGeometry, Properties, string][] {
  const areas: [AreaGeometry, Properties, string][] = [];
  for (const geometry of collection.geometries) {
    const properties: Properties = geometry.properties ?? {};
    const ags = text(properties.ags);
    if (ags.length === keyLength && /^\d+$/.test(ags) && isAreaGeometry(geometry)) areas.push([geometry, properties, ags]);
  }
  return areas;
}

/** Builds the map geometry; throws when `topology` is not shaped like the bundled file. */
export function mapGeometry(topology: unknown): MapGeometry {
  if (!isMapTopology(topology)) throw new TypeError('Die Datei ist keine TopoJSON-Geometrie mit dem Objekt „gemeinden“.');
  const { gemeinden } = topology.objects;
  // Kreise and the state are optional: a file without them (or with something else under their
  // names) still draws its Gemeinden, and the outline then runs round those.
  const kreise = isCollection(topology.objects.kreise) ? topology.objects.kreise : undefined;
  const land = isCollection(topology.objects.land) ? topology.objects.land : undefined;
  const paths = new ArcPaths(topology);
  const gemeindeAreas = keyedAreas(gemeinden, 8);
  const municipalities = gemeindeAreas.map(([geometry, properties, ags]) =>
    placeShape(topology, geometry, paths.area(geometry), {
      ags,
      name: text(properties.name, ags),
      kind: text(properties.kind),
      district: ags.slice(0, 5),
    }),
  );
  municipalities.sort((a, b) => byCodeUnits(a.ags, b.ags));
  const districtAreas = kreise ? keyedAreas(kreise, 5) : [];
  const districts = new Map<string, DistrictShape>(
    districtAreas.map(([geometry, properties, ags]) => [
      ags,
      placeShape(topology, geometry, paths.area(geometry), { ags, name: text(properties.name, ags), kind: text(properties.kind) }),
    ]),
  );
  // Borders run between all the areas of a collection, named or not, as topojson's mesh drew them.
  const areas = (collection: GeometryCollection | undefined): AreaGeometry[] => collection?.geometries.filter(isAreaGeometry) ?? [];
  const meta = topology.meta ?? {};
  return {
    municipalities,
    municipalityByAgs: new Map(municipalities.map((m) => [m.ags, m])),
    districts,
    municipalityBorders: paths.mesh(areas(gemeinden), (a, b) => a !== b),
    districtBorders: paths.mesh(areas(kreise), (a, b) => a !== b),
    outline: paths.mesh(areas(land ?? gemeinden), (a, b) => a === b),
    index: placeIndexFromTopology(topology),
    meta: {
      attribution: text(meta.attribution, DEFAULT_ATTRIBUTION),
      licenseUrl: typeof meta.licenseUrl === 'string' ? meta.licenseUrl : undefined,
    },
  };
}

/** The name with its Kreis kind as people say it: "Landkreis Görlitz", "Kreisfreie Stadt Leipzig". */
export function districtLabel(district: Pick<DistrictShape, 'kind' | 'name'> | undefined): string {
  if (!district) return '';
  // "Erzgebirgskreis" is a Landkreis by name already; "Landkreis Erzgebirgskreis" says it twice.
  if (!district.kind || district.name.toLowerCase().endsWith('kreis')) return district.name;
  return `${district.kind} ${district.name}`;
}
