// Windows high-contrast users see the map in forced-colors mode, where the page's colours are
// replaced by a few system colours: the layers must still be told apart by their marks. Each
// legend swatch (the same fill, hatching or symbol as on the map) is photographed in that mode
// and no two may look alike. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();

async function swatchPictures(forcedColors) {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.emulateMedia({ forcedColors });
  await page.goto(`${session.server.origin}/demo/cms.html`);
  await waitForWidgets(page);
  const map = page.locator('asskomm-status-map').first();
  const active = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
  const pictures = new Map();
  for (const swatch of await map.locator('.legend input[name="layer"]').all()) {
    const layer = await swatch.getAttribute('value');
    const picture = await swatch.locator('xpath=..').locator('svg.swatch').screenshot();
    pictures.set(layer, picture.toString('base64'));
  }
  assertCleanPage(record, session.server.origin);
  await context.close();
  return { active, pictures };
}

test('in forced-colors mode every layer keeps a mark of its own', async () => {
  const { active, pictures } = await swatchPictures('active');
  assert.equal(active, true, 'forced colours are emulated');
  assert.equal(pictures.size, 8);
  const distinct = new Set(pictures.values());
  assert.equal(distinct.size, 8, `layers that look alike: ${[...pictures.keys()].join(', ')}`);
});

test('the same holds with normal colours, which forced-colors mode does replace', async () => {
  const normal = await swatchPictures('none');
  const forced = await swatchPictures('active');
  assert.equal(new Set(normal.pictures.values()).size, 8);
  const changed = [...normal.pictures.keys()].filter((layer) => normal.pictures.get(layer) !== forced.pictures.get(layer));
  assert.ok(changed.length > 0, 'the forced-colors styles take effect');
});
