// Where the map's render time goes, two views of one cold render each: a V8 CPU profile (self
// time by source module through dist/'s source maps, and by function; time outside JS shows up
// as "(program)"), and a Chrome trace split into phases (script, GC, style, layout, paint),
// beside the same trace of the bare-DOM floor; and the same split per hover.
import { join } from 'node:path';
import { openBench } from '../lib/pages.mjs';
import { ROOT } from '../lib/server.mjs';
import { sourceLocator } from '../size/modules.mjs';
import { phaseTimes, TRACE_CATEGORIES } from '../lib/trace.mjs';
import { hoverTimes } from './interaction.mjs';

const SAMPLING_US = 100;

/** Self time in ms per module and per function, biggest first. */
function selfTimes(profile, origin) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const locators = new Map();
  const moduleOf = ({ url, lineNumber, columnNumber }) => {
    if (!url) return '(native, program, gc)';
    const path = url.startsWith(origin) ? new URL(url).pathname : url;
    if (!path.startsWith('/dist/')) return path.replace(/^\/node_modules\//, '').replace(/^\//, '');
    const file = path.slice('/dist/'.length);
    if (!locators.has(file)) locators.set(file, sourceLocator(join(ROOT, 'dist'), file));
    return locators.get(file)(lineNumber, columnNumber);
  };
  const byModule = new Map();
  const byFunction = new Map();
  for (const [id, us] of self) {
    const frame = nodes.get(id).callFrame;
    if (frame.functionName === '(idle)') continue;
    const module = frame.url ? moduleOf(frame) : frame.functionName || '(anonymous native)';
    const fn = `${frame.functionName || '(anonymous)'} · ${module}`;
    byModule.set(module, (byModule.get(module) ?? 0) + us / 1000);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us / 1000);
  }
  const sorted = (map) => [...map].map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 })).sort((a, b) => b.ms - a.ms);
  return { modules: sorted(byModule), functions: sorted(byFunction) };
}

async function cpuProfile(browser, origin, params) {
  const opened = await openBench(browser, origin, params);
  try {
    const cdp = await opened.page.context().newCDPSession(opened.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    const timing = await opened.page.evaluate(() => window.bench.render());
    const { profile } = await cdp.send('Profiler.stop');
    return { work: timing.work, ...selfTimes(profile, origin) };
  } finally {
    await opened.close();
  }
}

async function tracePhases(browser, origin, params) {
  const opened = await openBench(browser, origin, params);
  try {
    await browser.startTracing(opened.page, { categories: TRACE_CATEGORIES });
    const timing = await opened.page.evaluate(() => window.bench.render());
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return { work: timing.work, phases: phaseTimes(trace) };
  } finally {
    await opened.close();
  }
}

const HOVERS = 10;

/** Phases of one hover: a trace over HOVERS hovers, divided by their number. */
async function hoverPhases(browser, origin, params) {
  const opened = await openBench(browser, origin, params);
  try {
    await opened.page.evaluate(() => window.bench.render());
    // The symbols, names and table are built before the trace, not divided over its hovers.
    await opened.page.evaluate(() => document.querySelector('asskomm-status-map')?.whenReady());
    await browser.startTracing(opened.page, { categories: TRACE_CATEGORIES });
    const times = await hoverTimes(opened.page, HOVERS);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    // The trace also holds the 3 warm-up hovers of hoverTimes.
    const count = HOVERS + 3;
    const phases = Object.fromEntries(Object.entries(phaseTimes(trace)).map(([phase, ms]) => [phase, Math.round((ms / count) * 10) / 10]));
    return { work: times.reduce((sum, t) => sum + t.work, 0) / times.length, phases };
  } finally {
    await opened.close();
  }
}

export async function profileSuite({ browser, origin, log, inputs }) {
  const results = {};
  for (const scale of inputs.scales.filter((s) => s.id === 'saxony' || s.id === 'germany')) {
    log(`profile: one map render over ${scale.label} (CPU profile, then traces of ours and the floor)`);
    const params = (renderer) => ({ renderer, topology: scale.topology, feed: scale.feed });
    results[scale.id] = {
      label: scale.label,
      ...(await cpuProfile(browser, origin, params('map'))),
      trace: {
        map: await tracePhases(browser, origin, params('map')),
        floor: await tracePhases(browser, origin, params('floor')),
        hover: await hoverPhases(browser, origin, params('map')),
      },
    };
  }
  return results;
}
