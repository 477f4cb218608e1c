// Issue 17's chart speed, two or more builds alternating run by run (bench/README.md, "Issue 17: chart
// speed"): cold renders (work median, fresh page each) and keyboard steps of the chart with 3
// series (the bundled feed) and with 10 series × 1,000 daily points, the load average beside each.
//   node bench/chart-compare.mjs <root-before> <root-after> [<root> …] [--runs 7] [--steps 20] [--rounds 2]
// Each root is a built work tree (its dist/ and bench/pages/); the 10 × 1,000 feed is written
// into its bench/.cache/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { assertClean, openBench, renderOnce } from './lib/pages.mjs';
import { summarize } from './lib/stats.mjs';
import { chartFeed, chartMetrics } from './data/feeds.mjs';
import { stepTimes } from './suites/interaction.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '7' }, steps: { type: 'string', default: '20' }, rounds: { type: 'string', default: '2' } },
});
const [runs, steps, rounds] = [Number(values.runs), Number(values.steps), Number(values.rounds)];
if (positionals.length < 2) throw new Error('usage: node bench/chart-compare.mjs <root-before> <root-after> [<root> …]');

const FEED = '/bench/.cache/chart-10x1000.feed.json';
const CASES = { '3 series': { renderer: 'chart' }, '10 × 1,000': { renderer: 'chart', feed: FEED, metrics: chartMetrics() } };

async function serve(root) {
  mkdirSync(join(root, 'bench/.cache'), { recursive: true });
  const base = JSON.parse(readFileSync(join(root, 'data/asskomm.json'), 'utf8'));
  writeFileSync(join(root, FEED), JSON.stringify(chartFeed(base)));
  return startServer(root);
}

async function steps_(browser, origin, params) {
  const opened = await openBench(browser, origin, params);
  try {
    await opened.page.evaluate(() => window.bench.render());
    const times = await stepTimes(opened.page, steps);
    assertClean(opened, 'chart steps');
    return summarize(times.map((t) => t.work));
  } finally {
    await opened.close();
  }
}

const builds = positionals.map((root) => ({ id: root, root: resolve(root) }));
const { browser, close } = await launch();
const servers = await Promise.all(builds.map((build) => serve(build.root)));
const f = (n) => n.toFixed(1);
try {
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
    for (const i of order) {
      const { origin } = servers[i];
      const load = loadavg()[0];
      const line = [];
      for (const [label, params] of Object.entries(CASES)) {
        const works = [];
        await renderOnce(browser, origin, params); // warm-up
        for (let r = 0; r < runs; r++) works.push((await renderOnce(browser, origin, params)).cold.work);
        const render = summarize(works);
        const step = await steps_(browser, origin, params);
        line.push(`${label}: render ${f(render.median)} ms, step ${f(step.median)} / p95 ${f(step.p95)} ms`);
      }
      console.log(`round ${round + 1} ${builds[i].id}: ${line.join('; ')}; load ${f(load)} → ${f(loadavg()[0])}`);
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await close();
}
