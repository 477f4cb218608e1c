// The demo page's section „ASSKomm seit 2019“ under the demo server's strict CSP: map with timeline,
// counters and chart in one `group`, and one snippet with all three that an editor copies.
// Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();

test('„ASSKomm seit 2019“: one snippet with all linked widgets; the map’s slider moves the counters', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser, { reducedMotion: 'reduce' });
  await page.goto(`${session.server.origin}/demo/index.html`);
  const example = page.locator('article.example', { has: page.getByRole('heading', { name: /Karte mit Zeitleiste/ }) });

  const snippet = await example.locator('pre code').textContent();
  assert.equal(snippet.match(/<script /g)?.length, 1, 'das Script einmal');
  assert.equal(snippet.match(/group="seit-2019"/g)?.length, 3, 'drei Widgets in einer Gruppe');
  assert.match(snippet, /<asskomm-status-map src="\/asskomm\/asskomm\.json" group="seit-2019" timeline><\/asskomm-status-map>/);
  assert.match(snippet, /<asskomm-milestone-counter[\s\S]*metric="advised,kpr,cooperation-agreements"/);
  assert.match(snippet, /<asskomm-progress-chart[\s\S]*metrics="advised,kpr,cooperation-agreements"/);
  assert.equal(await example.getByRole('link', { name: 'Im Konfigurator anpassen' }).count(), 0, 'der Konfigurator baut ein Widget');

  await waitForWidgets(page);
  // The group's counter (another example on the page shows the same figures since 2021).
  const counterValues = () =>
    page.evaluate(() =>
      [...document.querySelector('asskomm-milestone-counter[group="seit-2019"]').shadowRoot.querySelectorAll('[part="value"]')].map(
        (node) => node.innerText.replace(/\s+/g, ' ').trim(),
      ),
    );
  const today = await counterValues();
  // By keyboard, as the map's help says: Pos1 is the start in February 2019.
  const slider = example.locator('asskomm-status-map').getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction((before) => {
    const counter = document.querySelector('asskomm-milestone-counter[group="seit-2019"]');
    const values = [...counter.shadowRoot.querySelectorAll('[part="value"]')].map((node) => node.innerText.replace(/\s+/g, ' ').trim());
    return values.join('|') !== before.join('|');
  }, today);
  assert.notDeepEqual(await counterValues(), today, 'die Kennzahlen folgen dem Regler');
  await page.keyboard.press('End');
  await page.waitForFunction((after) => {
    const counter = document.querySelector('asskomm-milestone-counter[group="seit-2019"]');
    return (
      [...counter.shadowRoot.querySelectorAll('[part="value"]')].map((node) => node.innerText.replace(/\s+/g, ' ').trim()).join('|') ===
      after.join('|')
    );
  }, today);

  assertCleanPage(record, session.server.origin);
  await context.close();
});
