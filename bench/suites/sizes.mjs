// Section 1: bytes of what a page downloads (scripts/size.mjs), which modules they come from
// (source maps), and the peers' files for scale (their full browser builds, as a user would
// load them from a CDN; a bundler could tree-shake some of Vega, hardly any of Leaflet).
import { join } from 'node:path';
import { measure, sizeReport } from '../../scripts/size.mjs';
import { ROOT } from '../lib/server.mjs';
import { breakdown } from '../size/modules.mjs';

const PEER_FILES = {
  leaflet: [
    'node_modules/leaflet/dist/leaflet.js',
    'node_modules/leaflet/dist/leaflet.css',
    'node_modules/topojson-client/dist/topojson-client.min.js',
  ],
  vega: [
    'node_modules/vega/build/vega.min.js',
    'node_modules/vega-lite/build/vega-lite.min.js',
    'node_modules/vega-embed/build/vega-embed.min.js',
  ],
  floor: [
    'node_modules/d3-array/dist/d3-array.min.js',
    'node_modules/d3-geo/dist/d3-geo.min.js',
    'node_modules/topojson-client/dist/topojson-client.min.js',
  ],
};

export function sizeSuite({ log }) {
  log('sizes: dist/ and the peers');
  const dist = join(ROOT, 'dist');
  const report = sizeReport(dist);
  const peers = Object.fromEntries(Object.entries(PEER_FILES).map(([id, files]) => [id, { files, ...measure(ROOT, files) }]));
  const modules = breakdown(dist);
  return {
    rows: report.rows.map(({ id, label, files, assets, min, gzip, brotli, missing }) => ({
      id,
      label,
      files,
      assets,
      min,
      gzip,
      brotli,
      missing,
    })),
    budgetFailures: report.failures,
    peers,
    modules,
  };
}
