// Writes the generated inputs of the scale runs into bench/.cache/ (gitignored) and reuses them
// while the generators and the bundled geometry are unchanged (a hash of all of them).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTopology, pointsPerMunicipality, SETS } from './geometry.mjs';
import { chartFeed, chartMetrics, mapFeed } from './feeds.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'bench/.cache');
const BUNDLED = join(ROOT, 'data/sachsen.topo.json');
const INPUTS = ['bench/data/geometry.mjs', 'bench/data/feeds.mjs', 'scripts/geo/topo.mjs', 'data/sachsen.topo.json', 'data/asskomm.json'];

function version() {
  const hash = createHash('sha256');
  for (const file of INPUTS) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex').slice(0, 12);
}

function cached(file, stamp, build) {
  const path = join(CACHE, file);
  const stampPath = `${path}.version`;
  if (existsSync(path) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) return JSON.parse(readFileSync(path, 'utf8'));
  const value = build();
  writeFileSync(path, JSON.stringify(value));
  writeFileSync(stampPath, stamp);
  return value;
}

export const CHART_CASE = { series: 10, points: 1000 };

/**
 * The scale sets (URLs as served from the repository root) and the chart feed.
 * @returns {{ scales: {id, label, municipalities, points, topology, feed, entries}[], chart: {feed, metrics, series, points} }}
 */
export function prepareInputs(log = () => {}) {
  mkdirSync(CACHE, { recursive: true });
  const stamp = version();
  const base = JSON.parse(readFileSync(join(ROOT, 'data/asskomm.json'), 'utf8'));
  const detail = pointsPerMunicipality(BUNDLED);
  const bundled = JSON.parse(readFileSync(BUNDLED, 'utf8'));
  const scales = [];
  const add = (id, label, topology, topologyUrl) => {
    const feed = cached(`${id}.feed.json`, stamp, () => mapFeed(topology, base));
    scales.push({
      id,
      label,
      municipalities: topology.objects.gemeinden.geometries.length,
      points: topology.arcs.reduce((n, arc) => n + arc.length, 0),
      entries: Object.keys(feed.municipalities).length,
      topology: topologyUrl,
      feed: `/bench/.cache/${id}.feed.json`,
    });
  };
  add('saxony', 'Saxony (bundled geometry)', bundled, '/dist/sachsen.topo.json');
  for (const [id, set] of Object.entries(SETS)) {
    log(`preparing geometry ${id} (cached in bench/.cache/)`);
    const topology = cached(`${id}.topo.json`, stamp, () => buildTopology(id, detail));
    add(id, set.label, topology, `/bench/.cache/${id}.topo.json`);
  }
  // Issue 17's chart case; the size goes with the results so that its target lines can tell.
  const { series, points } = CHART_CASE;
  const chartFile = `chart-${series}x${points}.feed.json`;
  cached(chartFile, stamp, () => chartFeed(base, series, points));
  return { scales, chart: { feed: `/bench/.cache/${chartFile}`, metrics: chartMetrics(series), series, points } };
}
