// The floor: the same paths drawn by hand, no framework. topojson-client turns the topology into
// features and meshes, d3-geo's geoPath (identity: the frame is pre-projected) writes path data,
// and plain DOM calls put one <path> per Gemeinde plus the Kreis and state borders into an SVG.
import { loadScript } from '../lib/scripts.js';
import { COLOURS, statuses } from './fills.js';

const SVG = 'http://www.w3.org/2000/svg';

export const floor = {
  inputs: (o) => [o.feed, o.topology],
  async load() {
    await loadScript('/node_modules/d3-array/dist/d3-array.min.js');
    await loadScript('/node_modules/d3-geo/dist/d3-geo.min.js');
    await loadScript('/node_modules/topojson-client/dist/topojson-client.min.js');
  },
  async render(container, o) {
    const { d3, topojson } = window;
    const topology = JSON.parse(o.text(o.topology));
    const status = statuses(JSON.parse(o.text(o.feed)));
    const path = d3.geoPath();
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 960 700');
    svg.setAttribute('width', '960');
    svg.setAttribute('height', '700');
    const add = (d, fill, stroke, width) => {
      const element = document.createElementNS(SVG, 'path');
      element.setAttribute('d', d);
      element.setAttribute('fill', fill);
      if (stroke) element.setAttribute('stroke', stroke);
      if (width) element.setAttribute('stroke-width', width);
      svg.append(element);
    };
    const { gemeinden, kreise, land } = topology.objects;
    for (const f of topojson.feature(topology, gemeinden).features) add(path(f), COLOURS[status.get(f.properties.ags) ?? 'none']);
    add(path(topojson.mesh(topology, gemeinden, (a, b) => a !== b)), 'none', '#fff', 0.5);
    if (kreise) add(path(topojson.mesh(topology, kreise, (a, b) => a !== b)), 'none', '#46525e', 1);
    add(path(topojson.mesh(topology, land ?? gemeinden, (a, b) => a === b)), 'none', '#1a1a1a', 1.5);
    container.append(svg);
    return { done: () => svg.childElementCount >= o.municipalities };
  },
};
