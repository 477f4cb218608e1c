// Section 5: the map over larger generated geometries with synthetic feeds (render, hover,
// heap; the floor and the peers alongside), and the chart with 10 series × 1,000 points.
import { alternate, assertClean, openBench } from '../lib/pages.mjs';
import { summarize } from '../lib/stats.mjs';
import { hoverTimes, stepTimes } from './interaction.mjs';

const RENDERERS = ['map', 'floor', 'leaflet', 'vega'];

async function interact(browser, origin, params, measure) {
  const opened = await openBench(browser, origin, params);
  try {
    await opened.page.evaluate(() => window.bench.render());
    const times = await measure(opened.page);
    assertClean(opened, `${params.renderer} interaction`);
    return { work: summarize(times.map((t) => t.work)), wall: summarize(times.map((t) => t.wall)) };
  } finally {
    await opened.close();
  }
}

export async function scaleSuite({ browser, origin, log, runs, warmup, samples, inputs, peers }) {
  const maps = [];
  for (const scale of inputs.scales) {
    const renderers = peers ? RENDERERS : ['map', 'floor'];
    log(`scale: ${scale.label}, ${scale.municipalities} Gemeinden: ${renderers.join(', ')} × ${runs} runs`);
    const entries = renderers.map((renderer) => ({ id: renderer, params: { renderer, topology: scale.topology, feed: scale.feed } }));
    const results = await alternate(browser, origin, entries, { runs, warmup, log, heap: true });
    const hover = await interact(browser, origin, entries[0].params, (page) => hoverTimes(page, samples));
    maps.push({
      ...scale,
      renderers: results,
      hover,
    });
  }

  const { series, points } = inputs.chart;
  const label = `chart, ${series} series × ${points.toLocaleString('en-US')} points`;
  log(`scale: ${label}`);
  const params = { renderer: 'chart', feed: inputs.chart.feed, metrics: inputs.chart.metrics };
  const chartRuns = await alternate(browser, origin, [{ id: 'chart', params }], { runs, warmup, log, heap: true });
  const step = await interact(browser, origin, params, (page) => stepTimes(page, samples));
  const chart = { label, series, points, ...chartRuns.chart, step };
  return { maps, chart };
}
