// Opening bench pages: one fresh page (own browser context, cold caches) per measured render.
import { heapAfterGc, openPage, throttleCpu } from './browser.mjs';
import { summarizeRuns } from './stats.mjs';

export function benchUrl(origin, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== undefined));
  return `${origin}/bench/pages/bench.html?${query}`;
}

/** Opens bench.html for `params` and waits until the renderer is loaded and its data preloaded. */
export async function openBench(browser, origin, params) {
  const opened = await openPage(browser, benchUrl(origin, params));
  await opened.page.evaluate(() => window.bench.ready);
  return opened;
}

/** Fails loudly when a page logged errors: a broken renderer must not produce a fast figure. */
export function assertClean(opened, what) {
  if (opened.errors.length) throw new Error(`${what}: page errors: ${opened.errors.slice(0, 3).join(' | ')}`);
}

/**
 * One render on a fresh page (cold: data parsed, geometry built, code compiled for the first
 * time), then a second one on the same page (warm: what a second widget on the page costs).
 * With `heap`, only the cold render, and the JS heap and DOM nodes it added (after GC), with
 * the drawn nodes by type. With `cpuThrottle`, the main thread is slowed that many times from
 * when the page is ready (data preloaded) to the end: the renders are measured throttled.
 */
export async function renderOnce(browser, origin, params, { heap = false, cpuThrottle } = {}) {
  const opened = await openBench(browser, origin, params);
  try {
    if (cpuThrottle) await throttleCpu(opened.page, cpuThrottle);
    const before = heap ? await heapAfterGc(opened.page) : undefined;
    const cold = await opened.page.evaluate(() => window.bench.render());
    let result;
    if (heap) {
      // After the measured render: the parts built in the idle period (chart table; map symbols, names
      // and table) count in DOM and heap, whether or not that period has come yet.
      await opened.page.evaluate(() =>
        Promise.all([...document.querySelectorAll('asskomm-status-map, asskomm-progress-chart')].map((element) => element.whenReady())),
      );
      const after = await heapAfterGc(opened.page);
      const dom = await opened.page.evaluate(() => window.bench.domCounts());
      result = { cold, heap: { bytes: after.heap - before.heap, nodes: after.nodes - before.nodes, dom } };
    } else {
      result = { cold, warm: await opened.page.evaluate(() => window.bench.render()) };
    }
    assertClean(opened, `render ${params.renderer}`);
    return result;
  } finally {
    await opened.close();
  }
}

/** `list` rotated by `i`: alternating runs start with a different renderer each round. */
export const rotate = (list, i) => list.map((_, k) => list[(k + i) % list.length]);

/**
 * Runs every entry `runs` times (after `warmup` unrecorded rounds), alternating their order
 * round by round, each run on a fresh page. With `heap`, one more run per entry measures the
 * JS heap and DOM nodes the drawn result holds. `cpuThrottle` slows every render (see renderOnce).
 * Returns { [id]: { cold, warm, heap? } } with summaries of work and wall (lib/stats.mjs).
 */
export async function alternate(browser, origin, entries, { runs, warmup, log, heap = false, cpuThrottle }) {
  const samples = Object.fromEntries(entries.map((e) => [e.id, { cold: [], warm: [] }]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const entry of rotate(entries, round)) {
      const { cold, warm } = await renderOnce(browser, origin, entry.params, { cpuThrottle });
      if (round < warmup) continue;
      samples[entry.id].cold.push(cold);
      samples[entry.id].warm.push(warm);
    }
    log?.(`  round ${round + 1}/${warmup + runs}${round < warmup ? ' (warm-up)' : ''}`);
  }
  const results = {};
  for (const entry of entries) {
    results[entry.id] = { cold: summarizeRuns(samples[entry.id].cold), warm: summarizeRuns(samples[entry.id].warm) };
    if (heap) results[entry.id].heap = (await renderOnce(browser, origin, entry.params, { heap: true })).heap;
  }
  return results;
}
