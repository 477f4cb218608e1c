// Sections 2 and 4: render times of our three widgets and of the map's peers, alternating
// run by run on fresh pages, feed and geometry already in memory.
import { alternate } from '../lib/pages.mjs';

export const RENDER_ENTRIES = [
  { id: 'counter', label: 'counter (3 figures, duration="0")', params: { renderer: 'counter' } },
  { id: 'chart', label: 'chart (3 series)', params: { renderer: 'chart' } },
  { id: 'map', label: 'map (419 Gemeinden, all layers)', params: { renderer: 'map' } },
  { id: 'leaflet', label: 'Leaflet choropleth (SVG)', params: { renderer: 'leaflet' }, peer: true },
  { id: 'vega', label: 'Vega-Lite geoshape (SVG)', params: { renderer: 'vega' }, peer: true },
  { id: 'floor', label: 'bare DOM floor (d3-geo paths)', params: { renderer: 'floor' }, peer: true },
];

export async function renderSuite({ browser, origin, log, runs, warmup }) {
  log(`render: ${RENDER_ENTRIES.length} renderers × ${runs} runs (+${warmup} warm-up), alternating, fresh page each`);
  const results = await alternate(browser, origin, RENDER_ENTRIES, { runs, warmup, log, heap: true });
  return Object.fromEntries(RENDER_ENTRIES.map((e) => [e.id, { label: e.label, peer: !!e.peer, ...results[e.id] }]));
}
