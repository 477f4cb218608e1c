// The demo page's section „ASSKomm seit 2019“ under the demo server's strict CSP: map with timeline and
// `url-state`, three counters and the chart in one `group`, and one snippet with all of them that an editor copies.
// Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();

/** The figures the group's counters show, in page order (another example on the page shows counters without group). */
const groupFigures = () =>
  [...document.querySelectorAll('asskomm-milestone-counter[group="seit-2019"]')].map((counter) =>
    (counter.shadowRoot.querySelector('[part="value"]')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
  );

test('„ASSKomm seit 2019“: one snippet with all linked widgets; the map’s slider moves the three counters', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser, { reducedMotion: 'reduce' });
  await page.goto(`${session.server.origin}/demo/index.html`);
  const example = page.locator('article.example', { has: page.getByRole('heading', { name: /Karte mit Zeitleiste/ }) });

  const snippet = await example.locator('pre code').textContent();
  assert.equal(snippet.match(/<script /g)?.length, 1, 'das Script einmal');
  assert.equal(snippet.match(/group="seit-2019"/g)?.length, 5, 'Karte, drei Kennzahlen und Diagramm in einer Gruppe');
  assert.match(
    snippet,
    /<asskomm-status-map\s+src="\/asskomm\/asskomm\.json"\s+group="seit-2019"\s+timeline\s+url-state\s*><\/asskomm-status-map>/,
  );
  for (const metric of ['advised', 'kpr', 'cooperation-agreements'])
    assert.match(snippet, new RegExp(`<asskomm-milestone-counter[^>]*metric="${metric}"`), `Kennzahl ${metric}`);
  assert.match(snippet, /<asskomm-progress-chart[\s\S]*metrics="advised,kpr,cooperation-agreements"/);
  assert.equal(await example.getByRole('link', { name: 'Im Konfigurator anpassen' }).count(), 0, 'der Konfigurator baut ein Widget');

  await waitForWidgets(page);
  const today = await page.evaluate(groupFigures);
  assert.equal(today.length, 3);
  // By keyboard, as the map's help says: Pos1 is the start in February 2019.
  const slider = example.locator('asskomm-status-map').getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction((before) => {
    const now = [...document.querySelectorAll('asskomm-milestone-counter[group="seit-2019"]')].map((counter) =>
      (counter.shadowRoot.querySelector('[part="value"]')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
    );
    return now.every((figure, index) => figure !== before[index]);
  }, today);
  await page.keyboard.press('End');
  await page.waitForFunction((after) => {
    const now = [...document.querySelectorAll('asskomm-milestone-counter[group="seit-2019"]')].map((counter) =>
      (counter.shadowRoot.querySelector('[part="value"]')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
    );
    return now.join('|') === after.join('|');
  }, today);

  assertCleanPage(record, session.server.origin);
  await context.close();
});

test('„ASSKomm seit 2019“: a link with a date opens the group on it; the slider at its end takes the date out of the address', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser, { reducedMotion: 'reduce' });
  await page.goto(`${session.server.origin}/demo/index.html`);
  await waitForWidgets(page);
  const today = await page.evaluate(groupFigures);

  await page.goto(`${session.server.origin}/demo/index.html#since-title&asskomm=datum:2021-02`);
  await page.reload();
  await waitForWidgets(page);
  const linked = await page.evaluate(groupFigures);
  assert.equal(linked.length, 3);
  // As a reader sees them on the built library, spaces included („rund20“ once the minifier dropped them).
  const figureLines = await page.evaluate(() =>
    [...document.querySelectorAll('asskomm-milestone-counter[group="seit-2019"]')].map((counter) =>
      counter.shadowRoot.querySelector('.figure').innerText.replace(/\s+/g, ' ').trim(),
    ),
  );
  assert.deepEqual(figureLines, ['102 Kommunen', '19 Präventionsräte', 'rund 20 Kommunen']);
  assert.notDeepEqual(linked, today, 'die Kennzahlen zeigen den Stand des Links, nicht den von heute');
  const stand = await page.evaluate(
    () => document.querySelector('asskomm-status-map[group="seit-2019"]').shadowRoot.querySelector('[part="credits"]').innerText,
  );
  assert.match(stand, /Februar 2021/, 'die Karte nennt das Datum des Links');

  const slider = page.locator('asskomm-status-map[group="seit-2019"]').getByRole('slider');
  await slider.focus();
  await page.keyboard.press('End');
  // The address follows once the slider rests; the page's own anchor stays.
  await page.waitForFunction(() => !location.hash.includes('datum:'));
  assert.match(await page.evaluate(() => location.hash), /^#since-title&asskomm=ebenen:/);
  assert.deepEqual(await page.evaluate(groupFigures), today);

  assertCleanPage(record, session.server.origin);
  await context.close();
});
