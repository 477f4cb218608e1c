// Section 7: layout shift of the demo page (demo/index.html with dist/, its strict CSP) while
// the widgets load, on a throttled network so that the loading states are really seen.
const VIEWPORTS = [
  { id: 'desktop', label: '1280×800', viewport: { width: 1280, height: 800 } },
  { id: 'whole', label: '1280×3200 (whole page in view)', viewport: { width: 1280, height: 3200 } },
  { id: 'mobile', label: '390×844', viewport: { width: 390, height: 844 } },
];
// Lighthouse's mobile throttling: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const SETTLE_MS = 2500;

/**
 * Runs in the page before its scripts: records every shift, what moved, and which widget changed
 * height, with the parts inside it that did (the shift's source: a placeholder part whose height
 * differs from the loaded one).
 */
function observeLayoutShifts() {
  window.layoutShifts = [];
  // The boxes of a widget whose height is reserved while it loads (part names, else classes).
  const PARTS = ['.heading', '.frame', '.controls', '.timeline', '.timeline-space', '.summary', '.legend', '[part=credits]'];
  PARTS.push('.table-actions', '.help', '.metrics', '.plot-area', '.after', '.downloads');
  const partHeights = (widget) => {
    const found = {};
    for (const selector of PARTS) {
      const box = widget.shadowRoot?.querySelector(selector);
      if (box) found[selector.replace(/^\.|^\[part=|\]$/g, '')] = Math.round(box.getBoundingClientRect().height);
    }
    return found;
  };
  const changedParts = (before = {}, after) =>
    [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((name) => Math.abs((before[name] ?? 0) - (after[name] ?? 0)) >= 1)
      .map((name) => `${name} ${before[name] ?? 0}→${after[name] ?? 0}`);
  // Height changes of the widgets: a ResizeObserver reports them in the frame of the shift.
  const resizes = [];
  const heights = new Map();
  const parts = new Map();
  document.addEventListener('DOMContentLoaded', () => {
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const height = Math.round(entry.borderBoxSize[0].blockSize);
        const id = entry.target.localName.replace('asskomm-', '');
        const now = partHeights(entry.target);
        if (heights.has(entry.target)) {
          const inside = changedParts(parts.get(entry.target), now);
          const change = `${id} ${heights.get(entry.target)}→${height}px${inside.length ? ` (${inside.join(', ')})` : ''}`;
          resizes.push({ t: performance.now(), change });
        }
        heights.set(entry.target, height);
        parts.set(entry.target, now);
      }
    });
    document
      .querySelectorAll('asskomm-milestone-counter, asskomm-progress-chart, asskomm-status-map')
      .forEach((el) => observer.observe(el));
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = (entry.sources ?? []).map((s) => s.node?.localName ?? s.node?.nodeName ?? '?');
      const grew = resizes.filter((r) => r.t >= entry.startTime && r.t < entry.startTime + 50).map((r) => r.change);
      window.layoutShifts.push({ value: entry.value, at: Math.round(entry.startTime), moved, grew });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function once(browser, origin, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await page.addInitScript(observeLayoutShifts);
    await page.goto(`${origin}/demo/`);
    await page.evaluate(async () => {
      const tags = ['asskomm-milestone-counter', 'asskomm-progress-chart', 'asskomm-status-map'];
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all(tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((el) => el.whenReady())));
    });
    // The counter counts up for 1.5 s once seen; shifts during that count too.
    await page.waitForTimeout(SETTLE_MS);
    const shifts = await page.evaluate(() => window.layoutShifts);
    // The page's own script moves things too (demo.js adds the code boxes): count apart the
    // shifts in frames where a widget changed height.
    const sum = (list) => list.reduce((total, s) => total + s.value, 0);
    return { cls: sum(shifts), widgetCls: sum(shifts.filter((s) => s.grew.length)), shifts };
  } finally {
    await context.close();
  }
}

export async function clsSuite({ browser, origin, log, runs }) {
  const results = {};
  for (const { id, label, viewport } of VIEWPORTS) {
    log(`cls: demo page at ${label}, ${runs} loads on a throttled network`);
    const loads = [];
    for (let i = 0; i < runs; i++) loads.push(await once(browser, origin, viewport));
    const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
    const widgetMax = Math.max(...loads.map((l) => l.widgetCls));
    results[id] = {
      label,
      runs,
      max: worst.cls,
      widgetMax,
      values: loads.map((l) => l.cls),
      worstShifts: [...worst.shifts].sort((a, b) => b.value - a.value).slice(0, 6),
    };
  }
  return results;
}
