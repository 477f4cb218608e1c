// A post whose script tag a CMS stripped (issue 19): the widgets' elements and the data form stay
// in the page without the library. Each element's fallback text must still be read and seen. With
// the demo's widget-space.css, which reserves room for undefined widgets, as a site may use it.
// (An inline feed is no part of this: for an Author WordPress strips its script tag too and prints
// the JSON as text, which no code of ours can hide; the README says not to write one then.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage } from './lib/widgets.mjs';

const session = demoSession();

const POST = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Beitrag</title><link rel="icon" href="data:,">
  <link rel="stylesheet" href="widget-space.css"></head><body><main>
  <asskomm-milestone-counter src="/asskomm/asskomm.json" metric="advised">134 Kommunen beraten</asskomm-milestone-counter>
  <asskomm-status-map src="/asskomm/asskomm.json"><p>Karte: 134 Kommunen in Sachsen werden beraten.</p></asskomm-status-map>
  <asskomm-progress-chart src="/asskomm/asskomm.json" metrics="advised">Verlauf: von 12 Kommunen 2019 auf 134 im Jahr 2025.</asskomm-progress-chart>
  <div data-asskomm="milestone-counter" data-src="/asskomm/asskomm.json" data-metric="kpr">30 kommunale Präventionsräte</div>
  </main></body></html>`;

test('without the script, every widget shows its fallback text', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  const url = `${session.server.origin}/demo/stripped-script.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }, body: POST }),
  );
  await page.goto(url);

  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('main > *')].map((element) => {
      // The text's own box must be on screen, not only the element's reserved room.
      const range = document.createRange();
      range.selectNodeContents(element);
      const box = range.getBoundingClientRect();
      return {
        element: element.localName,
        text: element.innerText.trim(),
        seen: element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0,
      };
    }),
  );
  assert.deepEqual(shown, [
    { element: 'asskomm-milestone-counter', text: '134 Kommunen beraten', seen: true },
    { element: 'asskomm-status-map', text: 'Karte: 134 Kommunen in Sachsen werden beraten.', seen: true },
    { element: 'asskomm-progress-chart', text: 'Verlauf: von 12 Kommunen 2019 auf 134 im Jahr 2025.', seen: true },
    { element: 'div', text: '30 kommunale Präventionsräte', seen: true },
  ]);
  assertCleanPage(record, session.server.origin);
  await context.close();
});
