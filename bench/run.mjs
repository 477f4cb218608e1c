#!/usr/bin/env node
// `npm run bench`: size, speed and scale of the widgets beside Leaflet, Vega-Lite and a bare
// DOM floor (issue 7). Reads the built dist/ (run `npm run build` first; the npm script does),
// prints one table and writes bench/results.json. Progress goes to stderr.
//
//   node bench/run.mjs [--only sizes,render,throttled,interaction,timeline,scale,memory,cls,profile]
//                      [--runs 15] [--warmup 2] [--throttled-runs 5] [--samples 30] [--scale-runs 7] [--cycles 1000]
//                      [--widgets counter,chart,map] [--cls-runs 3] [--no-scale-peers] [--quick]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.mjs';
import { machine } from './lib/machine.mjs';
import { ROOT, startServer } from './lib/server.mjs';
import { formatResults } from './lib/table.mjs';
import { prepareInputs } from './data/prepare.mjs';
import { sizeSuite } from './suites/sizes.mjs';
import { renderSuite } from './suites/render.mjs';
import { throttledSuite } from './suites/throttled.mjs';
import { interactionSuite } from './suites/interaction.mjs';
import { scaleSuite } from './suites/scale.mjs';
import { MEMORY_WIDGETS, memorySuite } from './suites/memory.mjs';
import { clsSuite } from './suites/cls.mjs';
import { profileSuite } from './suites/profile.mjs';
import { timelineSuite } from './suites/timeline.mjs';

const SECTIONS = ['sizes', 'render', 'throttled', 'interaction', 'timeline', 'scale', 'memory', 'cls', 'profile'];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    // Cold map renders each of ours and Leaflet's with the CPU slowed 4× (+1 warm-up round).
    'throttled-runs': { type: 'string', default: '5' },
    samples: { type: 'string', default: '30' },
    'scale-runs': { type: 'string', default: '7' },
    cycles: { type: 'string', default: '1000' },
    // The widgets of the memory section (e.g. `--only memory --widgets map`, ~4 minutes).
    widgets: { type: 'string', default: MEMORY_WIDGETS.join(',') },
    'cls-runs': { type: 'string', default: '3' },
    'no-scale-peers': { type: 'boolean', default: false },
    // A smoke run of every section in about a minute: figures too noisy to quote.
    quick: { type: 'boolean', default: false },
  },
});

const quick = args.quick;
const options = {
  runs: quick ? 3 : Number(args.runs),
  warmup: quick ? 1 : Number(args.warmup),
  throttledRuns: quick ? 2 : Number(args['throttled-runs']),
  samples: quick ? 6 : Number(args.samples),
  scaleRuns: quick ? 1 : Number(args['scale-runs']),
  cycles: quick ? 30 : Number(args.cycles),
  clsRuns: quick ? 1 : Number(args['cls-runs']),
  scalePeers: !args['no-scale-peers'],
};
const only = new Set(args.only ? args.only.split(',') : SECTIONS);
for (const section of only) if (!SECTIONS.includes(section)) throw new Error(`unknown section ${section} (${SECTIONS.join(', ')})`);
const memoryWidgets = args.widgets.split(',');
for (const widget of memoryWidgets)
  if (!MEMORY_WIDGETS.includes(widget)) throw new Error(`unknown widget ${widget} (${MEMORY_WIDGETS.join(', ')})`);

const log = (message) => process.stderr.write(`${message}\n`);

if (!existsSync(join(ROOT, 'dist/asskomm-widgets.js'))) {
  log('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const inputs = only.has('scale') || only.has('profile') ? prepareInputs(log) : undefined;
const server = await startServer();
const chromium = await launch();
const ctx = { browser: chromium.browser, origin: server.origin, log, inputs };
const results = { machine: machine(chromium.version), options };
try {
  if (only.has('sizes')) results.sizes = sizeSuite(ctx);
  if (only.has('render')) results.render = await renderSuite({ ...ctx, runs: options.runs, warmup: options.warmup });
  if (only.has('throttled')) results.throttled = await throttledSuite({ ...ctx, runs: options.throttledRuns, warmup: 1 });
  if (only.has('interaction')) results.interaction = await interactionSuite({ ...ctx, samples: options.samples });
  if (only.has('timeline')) results.timeline = await timelineSuite(ctx);
  if (only.has('scale'))
    results.scale = await scaleSuite({
      ...ctx,
      runs: options.scaleRuns,
      warmup: 1,
      samples: Math.min(options.samples, 20),
      peers: options.scalePeers,
    });
  if (only.has('memory')) results.memory = await memorySuite({ ...ctx, cycles: options.cycles, widgets: memoryWidgets });
  if (only.has('cls')) results.cls = await clsSuite({ ...ctx, runs: options.clsRuns });
  if (only.has('profile')) results.profile = await profileSuite(ctx);
} finally {
  await chromium.close();
  await server.stop();
}

const table = formatResults(results);
console.log(table);
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ ...results, table }, null, 2)}\n`);
log('wrote bench/results.json');
