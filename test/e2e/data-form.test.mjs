// The data form (issue 19) on a page as an Author's post would have it (demo/cms-author.html): the site
// loads the script, the post holds only <div data-asskomm="…" data-…> with fallback text. Served with the
// strict CSP. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, readWidgets, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();

test('the data form gives the same widgets as the element form, later ones and changed attributes included', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser, { reducedMotion: 'reduce' });
  await page.goto(`${session.server.origin}/demo/cms-author.html`);
  await waitForWidgets(page);

  const widgets = await readWidgets(page);
  assert.deepEqual(
    widgets.map((widget) => widget.tag),
    ['asskomm-milestone-counter', 'asskomm-status-map', 'asskomm-progress-chart'],
  );
  for (const widget of widgets) {
    assert.deepEqual(widget.hints, [], `${widget.tag}: keine Hinweise`);
    assert.deepEqual(widget.errors, [], `${widget.tag}: keine Fehlermeldung`);
  }
  const [counter, map, chart] = widgets;
  assert.deepEqual(counter.values, ['134', '30']);
  assert.equal(map.municipalities, 419);
  assert.deepEqual(map.checkedLayers, ['kpr', 'agreement']);
  assert.equal(chart.series, 2);

  // Inside the CMS's own element, which keeps its class; the fallback text moved into the widget.
  const placement = await page.evaluate(() =>
    [...document.querySelectorAll('[data-asskomm]')].map((holder) => ({
      className: holder.className,
      children: [...holder.children].map((child) => child.localName),
      fallback: holder.firstElementChild?.textContent.trim().slice(0, 20),
    })),
  );
  assert.deepEqual(placement[0], { className: 'wp-block-html', children: ['asskomm-milestone-counter'], fallback: 'Bis April 2025 hat A' });
  // A name that is no widget: a visible hint for the editor, the fallback text stays.
  assert.deepEqual(placement[3].children, ['p', 'p']);
  assert.match(
    await page.getByRole('note').filter({ hasText: 'Hinweis für die Redaktion' }).innerText(),
    /data-asskomm="landkarte" ist kein ASSKomm-Widget\. Möglich: (?=.*status-map)(?=.*milestone-counter)(?=.*progress-chart)/,
  );

  // All widgets are defined now: a data form a CMS adds later is still upgraded.
  await page.evaluate(() => {
    const later = document.createElement('div');
    later.dataset.asskomm = 'milestone-counter';
    later.dataset.src = '../dist/asskomm.json';
    later.dataset.metric = 'cooperation-agreements';
    later.dataset.duration = '0';
    later.textContent = '60 Kooperationsvereinbarungen';
    document.querySelector('article').append(later);
  });
  await page.waitForFunction(() => {
    const counters = document.querySelectorAll('asskomm-milestone-counter');
    return counters.length === 2 && counters[1].shadowRoot?.querySelector('[part="value"]')?.textContent.includes('60');
  });

  // A block editor's preview changes an attribute of the holder: the map follows.
  await page.evaluate(() => document.querySelector('[data-asskomm="status-map"]').setAttribute('data-layers', 'model'));
  await page.waitForFunction(() => {
    const boxes = [...document.querySelector('asskomm-status-map').shadowRoot.querySelectorAll('[part="legend"] input[type="checkbox"]')];
    return (
      boxes
        .filter((box) => box.checked)
        .map((box) => box.value)
        .join() === 'model'
    );
  });

  assertCleanPage(record, session.server.origin);
  await context.close();
});
