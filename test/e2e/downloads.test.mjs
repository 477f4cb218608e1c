// The map's and the chart's CSV and JSON download in Chromium on the demo pages, served by the real
// server with the strict CSP and Trusted Types: each button, clicked as a person clicks it, makes
// Chromium save a file named after widget and date that holds the table the widget shows, and
// the page reports no CSP violation and no error. Firefox and WebKit: test/engines/engines.test.mjs.
// Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { visibleTable } from '../engines/page.mjs';
import { watchedPage } from './lib/browser.mjs';
import { assertChartFileMatchesTable, assertJsonMatchesCsv, assertMapFileMatchesTable, parseCsv } from './lib/downloads.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, ROOT, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();
const asOf = () => JSON.parse(readFileSync(`${ROOT}dist/asskomm.json`, 'utf8')).meta.asOf;

/**
 * Clicks the button `label` in `widget` and waits for the download it starts: its suggested file
 * name, its URL and the bytes Chromium saved. (Playwright's contexts accept downloads by default.)
 */
async function clickDownload(page, widget, label) {
  const button = widget.getByRole('button', { name: label, exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  assert.equal(await download.failure(), null, `„${label}“: Download ohne Fehler`);
  return { name: download.suggestedFilename(), url: download.url(), bytes: readFileSync(path) };
}

/**
 * The CSV and then the JSON of the widget `selector`, one click at a time; asserts the file
 * names and that both files hold the table the widget shows. Returns the parsed CSV.
 */
async function assertDownloads(page, selector, { file, labels, assertMatchesTable, where }) {
  const widget = page.locator(selector);
  const saved = {};
  for (const [kind, label] of [
    ['csv', labels.csv],
    ['json', labels.json],
  ]) {
    const { name, url, bytes } = await clickDownload(page, widget, label);
    assert.equal(name, `${file}.${kind}`, `${where}: „${label}“ speichert ${file}.${kind}`);
    assert.match(url, /^blob:/, `${where}: „${label}“ lädt einen Blob (die CSP erlaubt keine data:-URLs)`);
    saved[kind] = bytes;
  }
  const csv = parseCsv(saved.csv, `${where}, CSV`);
  assertMatchesTable(csv, await page.evaluate(visibleTable, selector), `${where}, CSV`);
  assertJsonMatchesCsv(saved.json, csv, `${where}, JSON`);
  return csv;
}

const GERMAN = { csv: 'CSV herunterladen', json: 'JSON herunterladen' };

test("on the CMS page the map's and the chart's CSV and JSON buttons save the table they show, named after widget and date", async (t) => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.goto(`${session.server.origin}/demo/cms.html`);
  // The CMS's own script adds the chart after the page has loaded.
  await page.waitForSelector('html[data-cms-modules="loaded"]');
  await waitForWidgets(page);

  const map = await assertDownloads(page, 'asskomm-status-map', {
    file: `asskomm-karte-${asOf()}`,
    labels: GERMAN,
    assertMatchesTable: assertMapFileMatchesTable,
    where: 'Karte',
  });
  const chart = await assertDownloads(page, 'asskomm-progress-chart', {
    file: `asskomm-verlauf-${asOf()}`,
    labels: GERMAN,
    assertMatchesTable: assertChartFileMatchesTable,
    where: 'Diagramm',
  });
  assert.deepEqual(
    chart.header,
    ['Datum', 'Beratene Kommunen', 'Kommunale Präventionsräte', 'Kooperationsvereinbarungen'],
    'Diagramm: deutsche Spalten',
  );
  t.diagnostic(`Karte: ${map.rows.length} Zeilen (${map.header.join('; ')}), Diagramm: ${chart.rows.length} Zeilen`);

  assertCleanPage(record, session.server.origin);
  await context.close();
});

test('an English chart (lang="en") saves its table with English columns under the same file name', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.goto(`${session.server.origin}/demo/index.html`);
  const selector = 'asskomm-progress-chart[lang="en"]';
  const widget = page.locator(selector);
  await widget.evaluate(async (element) => {
    await customElements.whenDefined(element.localName);
    await element.whenReady();
  });
  await widget.locator('.x-axis text').first().waitFor();

  const csv = await assertDownloads(page, selector, {
    file: `asskomm-verlauf-${asOf()}`,
    labels: { csv: 'Download CSV', json: 'Download JSON' },
    assertMatchesTable: (file, table, where) => assertChartFileMatchesTable(file, table, where, 'en-GB'),
    where: 'Diagramm (en)',
  });
  assert.equal(csv.header[0], 'Date', 'Diagramm (en): englische Datumsspalte');

  assertCleanPage(record, session.server.origin);
  await context.close();
});
