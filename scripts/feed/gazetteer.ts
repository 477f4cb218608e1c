/**
 * Names and keys of the places the map knows, read from the bundled geometry: the 419 Gemeinden
 * and 13 Kreise of Gebietsstand 2021, and the Gemeinden merged away in 2017–2019, whose keys the
 * geometry's crosswalk leads to their successor.
 */
import { placeIndexFromTopology, type PlaceIndex } from '../../src/feed/places.js';

/**
 * The 2016 Gemeinden merged into a neighbour by 2019, with their names (the geometry keeps only
 * their keys; the names are those of `MERGES` in scripts/build-geo.mjs). A test checks that these
 * keys are exactly the geometry's crosswalk.
 */
export const MERGED_GEMEINDEN: Readonly<Record<string, { name: string; year: number }>> = {
  '14521030': { name: 'Aue', year: 2019 },
  '14521050': { name: 'Bad Schlema', year: 2019 },
  '14521470': { name: 'Pfaffroda', year: 2017 },
  '14523350': { name: 'Reuth', year: 2017 },
  '14625050': { name: 'Bretnig-Hauswalde', year: 2017 },
  '14625540': { name: 'Schönteichen', year: 2019 },
  '14729230': { name: 'Kohren-Sahlis', year: 2018 },
  '14729290': { name: 'Narsdorf', year: 2017 },
};

/** Names used before a renaming that kept the key. */
const FORMER_NAMES: Readonly<Record<string, string>> = { Krauschwitz: '14626250' };

export interface GazetteerEntry {
  key: string;
  /** The name the feed writes: the Gemeinde's official name, `Landkreis Görlitz` for a Kreis. */
  name: string;
  level: 'municipality' | 'district';
  /** Name of the Kreis, to tell apart Gemeinden of the same name. */
  kreis: string;
}

export interface Gazetteer {
  index: PlaceIndex;
  byKey: ReadonlyMap<string, GazetteerEntry>;
  /** Lower-cased names (official, merged and former ones) → keys (a merged name → its own 2016 key). */
  byName: ReadonlyMap<string, string[]>;
}

interface KreisProperties {
  ags?: string;
  name?: string;
  kind?: string;
}

/** `Landkreis Görlitz`, `Erzgebirgskreis`, `Chemnitz` (kreisfreie Stadt). */
function kreisName({ name = '', kind = '' }: KreisProperties): string {
  return kind === 'Landkreis' && !name.endsWith('kreis') ? `Landkreis ${name}` : name;
}

const normalize = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Builds the gazetteer from the parsed TopoJSON. */
export function gazetteerFromTopology(topology: unknown): Gazetteer {
  const index = placeIndexFromTopology(topology);
  const kreise = new Map<string, string>();
  const geometries = (topology as { objects?: { kreise?: { geometries?: { properties?: KreisProperties }[] } } }).objects?.kreise
    ?.geometries;
  for (const { properties = {} } of geometries ?? []) if (properties.ags) kreise.set(properties.ags, kreisName(properties));
  const byKey = new Map<string, GazetteerEntry>();
  const byName = new Map<string, string[]>();
  const addName = (name: string, key: string): void => {
    const list = byName.get(normalize(name)) ?? [];
    if (!list.includes(key)) list.push(key);
    byName.set(normalize(name), list);
  };
  for (const place of index.places.values()) {
    const name = place.level === 'district' ? (kreise.get(place.key) ?? place.name) : place.name;
    byKey.set(place.key, { key: place.key, name, level: place.level, kreis: kreise.get(place.key.slice(0, 5)) ?? '' });
    addName(name, place.key);
  }
  for (const [key, { name }] of Object.entries(MERGED_GEMEINDEN)) {
    byKey.set(key, { key, name, level: 'municipality', kreis: kreise.get(key.slice(0, 5)) ?? '' });
    addName(name, key);
  }
  for (const [name, key] of Object.entries(FORMER_NAMES)) addName(name, key);
  return { index, byKey, byName };
}

/** The keys whose name (official, merged or former) is `name`, ignoring case and spaces. */
export function keysNamed(gazetteer: Gazetteer, name: string): string[] {
  return gazetteer.byName.get(normalize(name)) ?? [];
}

/** Levenshtein distance: how many letters must change to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The `count` names closest to `name`, as `Zittau (14626610)`, closest first. */
export function closestNames(gazetteer: Gazetteer, name: string, count = 3): string[] {
  const wanted = normalize(name);
  return [...gazetteer.byKey.values()]
    .map((entry) => ({ entry, distance: editDistance(wanted, normalize(entry.name)) }))
    .sort((a, b) => a.distance - b.distance || a.entry.name.localeCompare(b.entry.name, 'de'))
    .slice(0, count)
    .map(({ entry }) => `${entry.name} (${entry.key})`);
}

/** `Zittau (14626610, Landkreis Görlitz)`: a place as a person can find it. */
export function describe(entry: GazetteerEntry): string {
  return entry.level === 'district' || !entry.kreis ? `${entry.name} (${entry.key})` : `${entry.name} (${entry.key}, ${entry.kreis})`;
}
