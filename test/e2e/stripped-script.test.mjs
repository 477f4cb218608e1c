// A post whose script tag a CMS stripped (issue 19: WordPress for Authors): the widgets' elements,
// the data form and an inline feed stay in the page without the library. Each element's fallback
// text must still be read and seen, the inline feed's JSON must not spill onto the page. With the
// demo's widget-space.css, which reserves room for undefined widgets, as a site may use it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage } from './lib/widgets.mjs';

const session = demoSession();

const POST = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Beitrag</title><link rel="icon" href="data:,">
  <link rel="stylesheet" href="widget-space.css"></head><body><main>
  <asskomm-milestone-counter src="#daten" metric="advised">134 Kommunen beraten</asskomm-milestone-counter>
  <asskomm-status-map src="#daten"><p>Karte: 134 Kommunen in Sachsen werden beraten.</p></asskomm-status-map>
  <asskomm-progress-chart src="#daten" metrics="advised">Verlauf: von 12 Kommunen 2019 auf 134 im Jahr 2025.</asskomm-progress-chart>
  <div data-asskomm="milestone-counter" data-src="#daten" data-metric="kpr">30 kommunale Präventionsräte</div>
  <script type="application/json" id="daten">{ "schemaVersion": 1, "geheim": "JSON-Text, der nie zu sehen sein darf" }</script>
  </main></body></html>`;

test('without the script, every widget shows its fallback text and the inline feed stays hidden', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  const url = `${session.server.origin}/demo/stripped-script.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }, body: POST }),
  );
  await page.goto(url);

  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('main > :not(script)')].map((element) => {
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
  assert.doesNotMatch(await page.locator('body').innerText(), /JSON-Text|schemaVersion/);
  assertCleanPage(record, session.server.origin);
  await context.close();
});
