// Vega-Lite 5 through vega-embed 6: a geoshape mark over the TopoJSON (parsed by Vega itself),
// coloured by a lookup into the feed's statuses, rendered as SVG.
import { loadScript } from '../lib/scripts.js';
import { COLOURS, statuses } from './fills.js';

export const vega = {
  inputs: (o) => [o.feed, o.topology],
  async load() {
    await loadScript('/node_modules/vega/build/vega.min.js');
    await loadScript('/node_modules/vega-lite/build/vega-lite.min.js');
    await loadScript('/node_modules/vega-embed/build/vega-embed.min.js');
  },
  async render(container, o) {
    const rows = [...statuses(JSON.parse(o.text(o.feed)))].map(([ags, status]) => ({ ags, status }));
    const div = document.createElement('div');
    container.append(div);
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      width: 960,
      height: 700,
      autosize: 'none',
      padding: 0,
      data: { values: o.text(o.topology), format: { type: 'topojson', feature: 'gemeinden' } },
      transform: [{ lookup: 'properties.ags', from: { data: { values: rows }, key: 'ags', fields: ['status'] }, default: 'none' }],
      projection: { type: 'identity' },
      mark: { type: 'geoshape', stroke: '#fff', strokeWidth: 0.5 },
      encoding: {
        color: { field: 'status', type: 'nominal', legend: null, scale: { domain: Object.keys(COLOURS), range: Object.values(COLOURS) } },
      },
    };
    await window.vegaEmbed(div, spec, { renderer: 'svg', actions: false });
    return { done: () => div.querySelectorAll('.mark-shape path').length === o.municipalities };
  },
};
