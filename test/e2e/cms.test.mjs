// The embed contract on a CMS-like page (demo/cms.html) served by the real server with the strict
// Content-Security-Policy: widgets pasted with the script tag twice, one added later by the
// page's own JavaScript. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, feedRequests, OUTPUT, readWidgets, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();

test('the CMS page shows every widget with its data under the strict CSP, with one feed request and nothing from elsewhere', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  const response = await page.goto(`${session.server.origin}/demo/cms.html`);
  const csp = response.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ]) {
    assert.ok(csp.includes(directive), `CSP der Seite enthält ${directive}: ${csp}`);
  }
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

  // The CMS's own script adds the chart after the page has loaded.
  await page.waitForSelector('html[data-cms-modules="loaded"]');
  await waitForWidgets(page);
  const widgets = await readWidgets(page);

  assert.deepEqual(
    widgets.map((w) => w.tag),
    ['asskomm-milestone-counter', 'asskomm-status-map', 'asskomm-progress-chart', 'asskomm-milestone-counter'],
  );
  for (const widget of widgets) {
    assert.deepEqual(widget.hints, [], `${widget.tag}: keine Hinweise für die Redaktion`);
    assert.deepEqual(widget.errors, [], `${widget.tag}: keine Fehlermeldung`);
  }

  const [grid, map, chart, sidebar] = widgets;
  assert.deepEqual(grid.values, ['134', '30', '60'], 'Zähler-Raster: Endwerte');
  assert.deepEqual(grid.labels, ['Beratene Kommunen', 'Kommunale Präventionsräte', 'Kooperationsvereinbarungen']);
  assert.deepEqual(grid.deltas, ['+8 seit November 2021', '+2 seit November 2021', '+30 seit 1. Dezember 2021']);
  assert.deepEqual(sidebar.values, ['60']);

  assert.equal(map.municipalities, 419, 'Karte: 419 Gemeinden');
  assert.match(map.legend, /Kommunale Präventionsräte/);
  assert.match(map.legend, /Kooperationsvereinbarungen/);
  assert.match(map.credits, /GeoBasis-DE \/ BKG/);

  assert.equal(chart.series, 3, 'Diagramm: drei Reihen');
  assert.match(chart.legend, /Beratene Kommunen.*Kommunale Präventionsräte.*Kooperationsvereinbarungen/);
  assert.ok(chart.xTicks.includes('2020') && chart.xTicks.includes('2024'), `Zeitachse: ${chart.xTicks.join(', ')}`);

  assertCleanPage(record, session.server.origin);
  assert.equal(feedRequests(record).length, 1, `eine Feed-Anfrage für vier Widgets: ${feedRequests(record).join(', ')}`);
  assert.equal(
    record.requests.filter((url) => url.endsWith('/asskomm-widgets.js')).length,
    1,
    'das doppelte Script-Tag lädt das Script einmal',
  );

  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: `${OUTPUT}cms.png`, fullPage: true });
  await context.close();
});
