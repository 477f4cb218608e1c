/**
 * Joins the feed's place records to the geometry: keys of the 2016 territory are moved to
 * their 2021 successor (crosswalk), keys the map does not know are reported and skipped.
 * Shared by the map widget and `npm run validate`.
 */
import type { Body, FeedIssue, FeedModel, Place } from './types.js';

export interface PlaceInfo {
  key: string;
  name: string;
  level: 'municipality' | 'district';
}

export interface PlaceIndex {
  /** Every Gemeinde (8-digit) and Kreis (5-digit) on the map. */
  places: ReadonlyMap<string, PlaceInfo>;
  /** Dissolved 2016 keys → the 2021 key whose polygon now covers them. */
  crosswalk: ReadonlyMap<string, string>;
}

interface TopologyLike {
  objects?: Record<string, { geometries?: { properties?: { ags?: unknown; name?: unknown } }[] }>;
  crosswalk?: Record<string, unknown>;
}

/** Reads the place keys and the crosswalk from the bundled TopoJSON (or one shaped like it). */
export function placeIndexFromTopology(topology: unknown): PlaceIndex {
  const t = (topology ?? {}) as TopologyLike;
  const places = new Map<string, PlaceInfo>();
  const collect = (object: string, level: PlaceInfo['level']): void => {
    for (const geometry of t.objects?.[object]?.geometries ?? []) {
      const { ags, name } = geometry.properties ?? {};
      if (typeof ags === 'string' && typeof name === 'string') places.set(ags, { key: ags, name, level });
    }
  };
  collect('gemeinden', 'municipality');
  collect('kreise', 'district');
  const crosswalk = new Map<string, string>();
  for (const [from, to] of Object.entries(t.crosswalk ?? {})) {
    if (typeof to === 'string') crosswalk.set(from, to);
  }
  return { places, crosswalk };
}

export interface PlaceCheck {
  /** The records that land on the map, keyed by their 2021 key. */
  places: Map<string, Place>;
  /** The bodies, their members moved to 2021 keys and cut to those the map knows. */
  bodies: Map<string, Body>;
  issues: FeedIssue[];
}

/** Maps the model's place records onto the geometry's keys. */
export function checkPlaceKeys(model: FeedModel, index: PlaceIndex): PlaceCheck {
  const places = new Map<string, Place>();
  const issues: FeedIssue[] = [];
  for (const [key, place] of model.places) {
    const path = `$.municipalities[${JSON.stringify(key)}]`;
    const target = index.crosswalk.get(key) ?? key;
    if (!index.places.has(target)) {
      issues.push({
        severity: 'error',
        path,
        message: `Gemeindeschlüssel ${key} ist auf der Karte (Gebietsstand 2021) unbekannt; Eintrag wird übersprungen`,
      });
      continue;
    }
    if (target !== key) {
      issues.push({
        severity: 'warning',
        path,
        message: `Schlüssel ${key} (Gebietsstand 2016) gehört seit der Gemeindefusion zu ${target}`,
      });
    }
    if (places.has(target)) {
      issues.push({ severity: 'error', path, message: `Eintrag für ${target} ist doppelt; nur der erste wird verwendet` });
      continue;
    }
    places.set(target, { ...place, key: target });
  }
  const bodies = new Map<string, Body>();
  for (const [key, body] of model.bodies) {
    const members: string[] = [];
    body.members.forEach((member, i) => {
      const target = index.crosswalk.get(member) ?? member;
      const path = `$.bodies[${JSON.stringify(key)}].members[${i}]`;
      if (!index.places.has(target)) {
        issues.push({
          severity: 'error',
          path,
          message: `Gemeindeschlüssel ${member} ist auf der Karte (Gebietsstand 2021) unbekannt; Mitglied wird übersprungen`,
        });
      } else if (!members.includes(target)) {
        members.push(target);
      }
    });
    if (members.length) bodies.set(key, { ...body, members });
  }
  return { places, bodies, issues };
}
