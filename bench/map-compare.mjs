// The map's cold render, two or more builds paired run by run (bench/README.md, "Running it"):
// in each run every build renders each scale once on a fresh page, in turns that alternate, and
// the ratio to the first build is taken within the run. The median of those ratios cancels the
// drift of a noisy machine, which moves the same build's figures by ±10 % between runs.
//   node bench/map-compare.mjs <root-before> <root-after> [<root> …] [--runs 10] [--scales saxony,four,germany]
//                              [--hover 0]   (then also that many hovers per build and scale, on one page each)
// Each root is a built work tree (its dist/ and bench/pages/). The scale geometries come from this
// tree's bench/.cache/ (`node bench/run.mjs --only scale` makes them) and are copied into each root.
import { cpSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { assertClean, openBench, renderOnce } from './lib/pages.mjs';
import { summarize } from './lib/stats.mjs';
import { hoverTimes } from './suites/interaction.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '10' },
    scales: { type: 'string', default: 'saxony,four,germany' },
    hover: { type: 'string', default: '0' },
  },
});
if (positionals.length < 2) throw new Error('usage: node bench/map-compare.mjs <root-before> <root-after> [<root> …]');
const CACHE = fileURLToPath(new URL('.cache', import.meta.url));
const SCALES = {
  saxony: {},
  four: { topology: '/bench/.cache/east-4.topo.json', feed: '/bench/.cache/east-4.feed.json' },
  germany: { topology: '/bench/.cache/germany.topo.json', feed: '/bench/.cache/germany.feed.json' },
};
const scales = values.scales.split(',');
for (const scale of scales) if (!SCALES[scale]) throw new Error(`unknown scale ${scale} (${Object.keys(SCALES).join(', ')})`);
if (scales.some((s) => s !== 'saxony') && !existsSync(join(CACHE, 'germany.topo.json')))
  throw new Error('no scale geometries in bench/.cache: run `node bench/run.mjs --only scale` once');

async function serve(root) {
  if (resolve(root, 'bench/.cache') !== CACHE) cpSync(CACHE, join(root, 'bench/.cache'), { recursive: true });
  return startServer(root);
}

const roots = positionals.map((root) => resolve(root));
const names = roots.map((root) => root.split('/').pop());
const params = (scale) => ({ renderer: 'map', ...SCALES[scale] });
const { browser, close } = await launch();
const servers = await Promise.all(roots.map(serve));
const cold = roots.map(() => Object.fromEntries(scales.map((s) => [s, []])));
console.log(`load average ${loadavg()[0].toFixed(2)} at start`);
try {
  // One unrecorded render each: the first page of a browser is slower than the rest.
  for (const scale of scales) for (const server of servers) await renderOnce(browser, server.origin, params(scale));
  for (let run = 0; run < Number(values.runs); run++) {
    const order = run % 2 ? [...roots.keys()].reverse() : [...roots.keys()];
    for (const scale of scales)
      for (const i of order) cold[i][scale].push((await renderOnce(browser, servers[i].origin, params(scale))).cold.work);
  }
  for (const scale of scales) {
    const medians = names.map((name, i) => `${name} ${summarize(cold[i][scale]).median.toFixed(1)} ms`);
    const ratios = names.slice(1).map((name, k) => {
      const paired = cold[k + 1][scale].map((value, run) => value / cold[0][scale][run]);
      return `${name} ${summarize(paired).median.toFixed(3)}×`;
    });
    console.log(`${scale}: cold work median ${medians.join(' | ')}; paired ratio to ${names[0]}: ${ratios.join(', ')}`);
  }
  const hovers = Number(values.hover);
  if (hovers > 0) {
    for (const scale of scales) {
      const medians = [];
      for (const [i, server] of servers.entries()) {
        const opened = await openBench(browser, server.origin, params(scale));
        await opened.page.evaluate(() => window.bench.render());
        medians.push(`${names[i]} ${summarize((await hoverTimes(opened.page, hovers)).map((t) => t.work)).median.toFixed(2)} ms`);
        assertClean(opened, `hover ${names[i]}`);
        await opened.close();
      }
      console.log(`${scale}: hover work median ${medians.join(' | ')}`);
    }
  }
  console.log(`load average ${loadavg()[0].toFixed(2)} at the end`);
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await close();
}
