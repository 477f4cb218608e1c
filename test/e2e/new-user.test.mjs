// The new user's path from the issue: configure a map and a counter in the configurator, copy
// the two snippets, paste them into a blank HTML file next to a copy of dist/, open that through
// a plain static server, and see both widgets working. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { startStaticServer } from './lib/server.mjs';
import { assertCleanPage, feedRequests, OUTPUT, readWidgets, ROOT, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();
const cleanup = [];

after(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** The snippets a person gets from the configurator: one for a map, one for a counter. */
async function configureSnippets() {
  const { page, context, record } = await watchedPage(session.chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${session.server.origin}/demo/configurator.html`);
  const form = page.locator('#settings');
  const snippet = page.locator('#snippet');

  // A map with only the prevention councils and the cooperation agreements, and a heading.
  await form.getByRole('radio', { name: /^Karte/ }).check();
  for (const layer of [
    'Beratene Kommunen',
    'Modellkommunen',
    'Vorvereinbarungen',
    'Kommunen mit Coaching',
    'Sicherheitsanalysen',
    'Geförderte Kommunen',
  ]) {
    await form.getByRole('checkbox', { name: new RegExp(`^${layer}`) }).uncheck();
  }
  await form.getByLabel(/^Überschrift/).fill('Präventionsräte und Kooperationsvereinbarungen');
  await assert.doesNotReject(() =>
    page.waitForFunction(() =>
      /layers="kpr,agreement"[\s\S]*heading="Präventionsräte/.test(document.getElementById('snippet').textContent),
    ),
  );
  const map = await snippet.textContent();
  assert.equal(
    await page.locator('#preview asskomm-status-map').getAttribute('layers'),
    'kpr,agreement',
    'Vorschau folgt den Einstellungen',
  );

  // A counter with two figures and their growth since 2021, copied with the button.
  await form.getByRole('radio', { name: /^Kennzahlen/ }).check();
  await form.getByRole('checkbox', { name: /^Kooperationsvereinbarungen/ }).check();
  await form.getByLabel(/^Veränderung zeigen seit/).fill('2021');
  await form.getByLabel(/^Ersatztext/).fill('134 Kommunen beraten, 60 Kooperationsvereinbarungen');
  await page.waitForFunction(() => /since="2021"[\s\S]*134 Kommunen beraten/.test(document.getElementById('snippet').textContent));
  await page.getByRole('button', { name: 'Code kopieren' }).click();
  await assert.doesNotReject(() => page.getByRole('status').filter({ hasText: 'Kopiert' }).waitFor());
  const counter = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(counter, await snippet.textContent(), 'die Zwischenablage enthält den gezeigten Code');

  assertCleanPage(record, session.server.origin);
  await context.close();
  return { map, counter };
}

test('snippets from the configurator work in a blank page beside a copy of dist/ on a plain static server', async () => {
  const { map, counter } = await configureSnippets();
  for (const snippet of [map, counter]) {
    assert.match(snippet, /^<script type="module" src="\/asskomm\/asskomm-widgets\.js"><\/script>\n/);
  }
  assert.match(map, /<asskomm-status-map[\s\S]*src="\/asskomm\/asskomm\.json"/);
  assert.match(counter, /<asskomm-milestone-counter[\s\S]*metric="advised,cooperation-agreements"/);

  // The editor's web server: dist/ copied to /asskomm/, a blank page with the two snippets.
  const site = mkdtempSync(join(tmpdir(), 'asskomm-site-'));
  cleanup.push(() => rmSync(site, { recursive: true, force: true }));
  cpSync(join(ROOT, 'dist'), join(site, 'asskomm'), { recursive: true });
  const blankPage = `<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><title>Neue Seite</title><link rel="icon" href="data:,"></head>\n<body>\n<h1>Neue Seite</h1>\n${map}\n\n${counter}\n</body>\n</html>\n`;
  writeFileSync(join(site, 'index.html'), blankPage);
  writeFileSync(`${OUTPUT}new-user.html`, blankPage); // for the record, beside the screenshot
  const server = await startStaticServer(site);
  cleanup.push(() => server.stop());

  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.goto(`${server.origin}/index.html`);
  await waitForWidgets(page);
  const [shownMap, shownCounter] = await readWidgets(page);

  assert.equal(shownMap.tag, 'asskomm-status-map');
  assert.deepEqual(shownMap.hints, []);
  assert.equal(shownMap.municipalities, 419);
  assert.deepEqual(shownMap.checkedLayers, ['kpr', 'agreement'], 'nur die gewählten Ebenen sind eingeblendet');
  assert.match(shownMap.credits, /GeoBasis-DE \/ BKG/);

  assert.equal(shownCounter.tag, 'asskomm-milestone-counter');
  assert.deepEqual(shownCounter.hints, []);
  assert.deepEqual(shownCounter.values, ['134', '60']);
  assert.deepEqual(shownCounter.labels, ['Beratene Kommunen', 'Kooperationsvereinbarungen']);
  assert.equal(shownCounter.deltas.length, 2);

  assertCleanPage(record, server.origin);
  assert.equal(feedRequests(record).length, 1, 'Karte und Zähler teilen sich eine Feed-Anfrage');
  await page.screenshot({ path: `${OUTPUT}new-user.png`, fullPage: true });
  await context.close();
});
