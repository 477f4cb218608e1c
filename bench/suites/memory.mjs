// Section 6: JS heap and DOM growth over create/attach/detach cycles. Each cycle draws the widget
// fully (whenReady and one frame) before removing it, so observers and listeners are really set up.
import { heapAfterGc } from '../lib/browser.mjs';
import { assertClean, openBench } from '../lib/pages.mjs';

export const MEMORY_WIDGETS = ['counter', 'chart', 'map'];
const WARMUP_CYCLES = 20;
// Work a removed widget may still have queued (a timer, an aborted fetch settling) keeps it
// alive for a moment; the heap is read once the page has been idle this long.
const SETTLE_MS = 1000;

export async function memorySuite({ browser, origin, log, cycles, widgets = MEMORY_WIDGETS }) {
  const results = {};
  for (const widget of widgets) {
    log(`memory: ${widget}, ${cycles} create/attach/detach cycles`);
    const opened = await openBench(browser, origin, { renderer: widget });
    try {
      // Warm-up first: caches (feed, geometry, Lit templates) fill once and are not a leak.
      await opened.page.evaluate((n) => window.bench.cycles(n), WARMUP_CYCLES);
      await opened.page.waitForTimeout(SETTLE_MS);
      const before = await heapAfterGc(opened.page);
      const started = Date.now();
      await opened.page.evaluate((n) => window.bench.cycles(n), cycles);
      const seconds = (Date.now() - started) / 1000;
      await opened.page.waitForTimeout(SETTLE_MS);
      const after = await heapAfterGc(opened.page);
      // A removed widget still in memory after a full GC is held by something: a leak, however
      // small the heap figure (the DOM figure shows it only if it was not held before as well).
      const retained = await opened.page.evaluate(() => window.bench.retained());
      assertClean(opened, `${widget} cycles`);
      results[widget] = {
        cycles,
        growth: after.heap - before.heap,
        nodes: after.nodes - before.nodes,
        heapAfter: after.heap,
        retained,
        seconds,
      };
    } finally {
      await opened.close();
    }
  }
  return results;
}
