// A map that leaves the page must leave nothing behind (issue 12): maps are drawn, removed,
// attached and drawn again and removed, then, after a full garbage collection, none of them may
// still be in memory, the page's DOM may not have grown, and Chromium may not have kept parsed
// media queries for them. Counts after a forced GC, never timings. Needs a built dist/
// (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage } from './lib/widgets.mjs';

const session = demoSession();
const CYCLES = 20;

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Speicher</title><link rel="icon" href="data:,">
  <script type="module" src="/dist/asskomm-widgets.js"></script></head><body><div id="stage"></div></body></html>`;

/**
 * Installs `window.__cycles(n)`: n maps, each drawn (data shown, one frame), removed, attached
 * again (drawn again) and removed for good.
 */
function installCycles(page) {
  return page.evaluate(() => {
    const removed = [];
    const stage = document.getElementById('stage');
    stage.style.width = '960px'; // through the CSSOM: the strict CSP forbids style attributes
    const show = async (map) => {
      stage.append(map);
      await customElements.whenDefined('asskomm-status-map');
      await map.whenReady();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (map.shadowRoot.querySelectorAll('path.municipality').length !== 419) throw new Error('the map was not drawn');
      map.remove();
    };
    window.__cycles = async (n) => {
      for (let i = 0; i < n; i++) {
        const map = document.createElement('asskomm-status-map');
        map.setAttribute('src', '/dist/asskomm.json');
        await show(map);
        await show(map);
        removed.push(new WeakRef(map));
      }
    };
    window.__stillInMemory = () => removed.filter((ref) => ref.deref() !== undefined).length;
  });
}

/** After a full GC: DOM nodes of the page and parsed media query sets in Blink's heap. */
async function countsAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const name = fields.indexOf('name');
  const mediaQuerySet = snapshot.strings.indexOf('blink::MediaQuerySet');
  let mediaQuerySets = 0;
  for (let i = name; i < snapshot.nodes.length; i += fields.length) if (snapshot.nodes[i] === mediaQuerySet) mediaQuerySets += 1;
  return { nodes, mediaQuerySets };
}

test(`${CYCLES} maps drawn and removed: none stays in memory, the DOM does not grow`, async () => {
  const url = `${session.server.origin}/demo/memory.html`;
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }, body: PAGE }),
  );
  await page.goto(url);
  await installCycles(page);
  // Warm-up: the shared feed, geometry and templates are cached once and are not a leak.
  await page.evaluate(() => window.__cycles(3));
  const before = await countsAfterGc(page);
  await page.evaluate((n) => window.__cycles(n), CYCLES);
  const after = await countsAfterGc(page);
  const stillInMemory = await page.evaluate(() => window.__stillInMemory());

  // Each removed map is ~4,000 nodes and ~1 MB: one held map was issue 12's whole DOM figure.
  assert.equal(stillInMemory, 0, `removed maps still in memory after GC: ${stillInMemory} of ${CYCLES + 3}`);
  assert.ok(after.nodes - before.nodes < 500, `DOM nodes grew by ${after.nodes - before.nodes}`);
  // Chromium kept one parsed media query per drawn table header (its own `break-inside` for
  // <thead>) for the life of the page; the widgets set that property themselves.
  const grown = after.mediaQuerySets - before.mediaQuerySets;
  assert.ok(grown < CYCLES / 2, `parsed media queries kept: +${grown} over ${CYCLES} maps`);
  assertCleanPage(record, session.server.origin);
  await context.close();
});
