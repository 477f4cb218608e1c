// What a screen reader on Chrome or Edge is told about the map: Chromium's own accessibility tree,
// read through CDP (`Accessibility.getFullAXTree`). axe, Lighthouse and ariaSnapshot read the DOM's
// roles and miss that Chromium re-maps an SVG `role="option"` under an unnamed `<g>` to
// `graphics-symbol` or `group`, leaving a listbox without options. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapListbox as listbox } from './lib/ax-tree.mjs';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();
const MAP_LABEL = 'Karte der Gemeinden Sachsens nach ASSKomm-Baustein';
const mapListbox = (cdp) => listbox(cdp, MAP_LABEL);

test('Chromium exposes the 419 Gemeinden and the 2 Kreis-level entries as options of the map, the active one selected', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.goto(`${session.server.origin}/demo/cms.html`);
  await waitForWidgets(page);
  const map = page.locator('asskomm-status-map');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');

  const before = await mapListbox(cdp);
  assert.deepEqual(before.roles, { option: 421 }, 'nothing but options inside the listbox');
  // Each place of the drawing is one of them, by its label: 419 Gemeinden (8-digit key), 2 Kreise (5 digits).
  const places = await map.evaluate((element) =>
    [...element.shadowRoot.querySelectorAll('.viewport [role="option"]')].map((o) => ({
      key: o.dataset.key,
      label: o.getAttribute('aria-label'),
    })),
  );
  assert.equal(places.filter((place) => place.key.length === 8).length, 419);
  assert.equal(places.filter((place) => place.key.length === 5).length, 2);
  assert.deepEqual(before.options.map((node) => node.name.value).sort(), places.map((place) => place.label).sort());

  const viewport = map.locator('.viewport');
  await viewport.focus();
  await page.keyboard.press('ArrowRight');
  const activeId = await viewport.getAttribute('aria-activedescendant');
  assert.ok(activeId, 'an active place after →');
  const activeLabel = await map.locator(`#${activeId}`).getAttribute('aria-label');

  const after = await mapListbox(cdp);
  assert.equal(after.options.length, 421);
  assert.deepEqual(
    after.selected.map((node) => node.name.value),
    [activeLabel],
    'exactly the active place is selected',
  );

  assertCleanPage(record, session.server.origin);
  await context.close();
});
