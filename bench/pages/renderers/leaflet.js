// Leaflet 1.9 as a user would draw this choropleth: a GeoJSON layer (from the TopoJSON via
// topojson-client), the SVG renderer, no tiles, a plain CRS over the pre-projected frame.
import { loadScript, loadStyle } from '../lib/scripts.js';
import { COLOURS, statuses } from './fills.js';

export const leaflet = {
  inputs: (o) => [o.feed, o.topology],
  async load() {
    await loadStyle('/node_modules/leaflet/dist/leaflet.css');
    await loadScript('/node_modules/leaflet/dist/leaflet.js');
    await loadScript('/node_modules/topojson-client/dist/topojson-client.min.js');
  },
  async render(container, o) {
    const { L, topojson } = window;
    const topology = JSON.parse(o.text(o.topology));
    const status = statuses(JSON.parse(o.text(o.feed)));
    const div = document.createElement('div');
    div.style.cssText = 'width: 960px; height: 700px; background: #fff';
    container.append(div);
    const map = L.map(div, {
      crs: L.CRS.Simple,
      renderer: L.svg(),
      zoomControl: false,
      attributionControl: false,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
      zoomSnap: 0,
    });
    map.fitBounds([
      [-700, 0],
      [0, 960],
    ]);
    L.geoJSON(topojson.feature(topology, topology.objects.gemeinden), {
      // Frame y grows downwards, latitude upwards.
      coordsToLatLng: ([x, y]) => L.latLng(-y, x),
      style: (f) => ({ fillColor: COLOURS[status.get(f.properties.ags) ?? 'none'], fillOpacity: 1, color: '#fff', weight: 0.5 }),
    }).addTo(map);
    return { done: () => div.querySelectorAll('path.leaflet-interactive').length === o.municipalities };
  },
};
