// The configurator by keyboard alone, and every control labelled and described; its attribute
// list is the manifest's; its code in the element form and the data form gives the same widget. Needs a built dist/ (`npm run build`) and custom-elements.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, OUTPUT, readWidgets, ROOT, waitForWidgets, WIDGET_SELECTOR } from './lib/widgets.mjs';

const session = demoSession();

/** What has focus: its role-ish kind and the text of its label. */
const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const label = element.labels?.[0]?.innerText ?? element.getAttribute('aria-label') ?? element.textContent;
    return { kind: element.type || element.localName, label: label.replace(/\s+/g, ' ').trim(), checked: element.checked };
  });

async function tabTo(page, predicate, limit = 60) {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (predicate(now)) return now;
  }
  throw new Error('Fokus nicht erreicht');
}

test('offers exactly the attributes of the manifest, each control labelled and described', async () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
  const attributesOf = (tag) =>
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === tag)
      .attributes.map((a) => a.name)
      .filter((name) => name !== 'src');

  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.goto(`${session.server.origin}/demo/configurator.html`);
  for (const tag of ['asskomm-status-map', 'asskomm-milestone-counter', 'asskomm-progress-chart']) {
    await page.locator(`#widget-${tag}`).check();
    await page.locator(`#preview ${tag}`).waitFor({ state: 'attached' });
    const offered = await page.$$eval('#attributes > .field', (fields) =>
      fields.map((field) => field.querySelector(':scope > legend code, :scope > label code')?.textContent).filter(Boolean),
    );
    assert.deepEqual(new Set(offered), new Set(attributesOf(tag)), `${tag}: Einstellungen = Attribute im Manifest`);
    const unlabelled = await page.$$eval('#settings input, #settings select, #settings textarea', (controls) =>
      controls
        .filter((control) => !control.labels?.length || !control.labels[0].innerText.trim())
        .map((control) => control.id || control.outerHTML),
    );
    assert.deepEqual(unlabelled, [], `${tag}: jedes Feld hat eine Beschriftung`);
    const brokenDescriptions = await page.$$eval('#settings [aria-describedby]', (elements) =>
      elements.filter((element) => !document.getElementById(element.getAttribute('aria-describedby'))?.textContent.trim()).map((e) => e.id),
    );
    assert.deepEqual(brokenDescriptions, [], `${tag}: jede Beschreibung existiert`);
  }
  assertCleanPage(record, session.server.origin);
  await context.close();
});

test('works by keyboard: choose a widget with the arrow keys, tick a figure, copy the code', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${session.server.origin}/demo/configurator.html`);
  await page.locator('#preview asskomm-status-map').waitFor({ state: 'attached' });

  // Skip link, navigation, then the widget choice; arrow keys move within the radio group.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).label, 'Zum Inhalt springen');
  const radio = await tabTo(page, (f) => f.kind === 'radio');
  assert.match(radio.label, /^Karte/);
  await page.keyboard.press('ArrowDown');
  assert.match((await focused(page)).label, /^Kennzahlen/);
  await page.locator('#preview asskomm-milestone-counter').waitFor({ state: 'attached' });

  // The next stops: folder, feed address, then the first figure's checkbox.
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).label, /^Ordner/);
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).label, /^Adresse der Daten/);
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.deepEqual([first.kind, first.checked], ['checkbox', true]);
  assert.match(first.label, /^Beratene Kommunen/);
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).label, /^Modellkommunen/);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('metric="advised,model-municipalities"'));
  await page.screenshot({ path: `${OUTPUT}configurator-keyboard.png` });

  // Onwards to the copy button; Enter copies and the status says so.
  await tabTo(page, (f) => f.label === 'Code kopieren');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Kopiert' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#snippet').textContent());
  assert.equal(await page.locator('#preview asskomm-milestone-counter').getAttribute('metric'), 'advised,model-municipalities');

  // The address now holds the configuration: reloading restores it.
  await page.reload();
  await page.locator('#preview asskomm-milestone-counter').waitFor({ state: 'attached' });
  assert.ok(await page.locator('#widget-asskomm-milestone-counter').isChecked());
  assert.match(await page.locator('#snippet').textContent(), /metric="advised,model-municipalities"/);

  assertCleanPage(record, session.server.origin);
  await context.close();
});

test('boolean attributes are checkboxes: ticking „Zeitleiste“ by keyboard writes the bare `timeline`; `url-state` goes into the snippet only', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.goto(`${session.server.origin}/demo/configurator.html`);
  await page.locator('#preview asskomm-status-map').waitFor({ state: 'attached' });
  assert.doesNotMatch(await page.locator('#snippet').textContent(), /timeline/);

  const box = await tabTo(page, (f) => /^Zeitleiste zeigen/.test(f.label));
  assert.deepEqual([box.kind, box.checked], ['checkbox', false]);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /\stimeline(\s|>)/.test(document.getElementById('snippet').textContent));
  assert.doesNotMatch(await page.locator('#snippet').textContent(), /timeline=/);
  await page.locator('#preview asskomm-status-map[timeline]').waitFor({ state: 'attached' });

  // Unticked, the attribute is gone again.
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !document.getElementById('snippet').textContent.includes('timeline'));
  assert.equal(await page.locator('#preview asskomm-status-map').getAttribute('timeline'), null);

  // „url-state“ goes into the snippet only: in the preview it would rewrite this page's address.
  await tabTo(page, (f) => /^Ansicht in der Adresse/.test(f.label));
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /\surl-state(\s|>)/.test(document.getElementById('snippet').textContent));
  assert.equal(await page.locator('#preview asskomm-status-map').getAttribute('url-state'), null);
  assert.doesNotMatch(new URL(page.url()).hash, /asskomm=/);

  assertCleanPage(record, session.server.origin);
  await context.close();
});

/** `snippet` (the configurator's code for the folder /dist/) pasted into a post under the strict CSP; `siteScript` as the theme would load it. */
async function pastedWidgets(url, snippet, siteScript = '') {
  const body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Beitrag</title><link rel="icon" href="data:,">${siteScript}</head>
    <body><main>${snippet}</main></body></html>`;
  const { page, context, record } = await watchedPage(session.chromium.browser, { reducedMotion: 'reduce' });
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }, body }),
  );
  await page.goto(url);
  await page.locator(WIDGET_SELECTOR).first().waitFor({ state: 'attached' });
  await waitForWidgets(page);
  const widgets = await readWidgets(page);
  const holder = await page.evaluate(() => document.querySelector('main > *')?.localName);
  assertCleanPage(record, session.server.origin);
  await context.close();
  return { widgets, holder };
}

test('copies the code in the element form or the data form; the data form pasted into a post shows the same widget and figure', async () => {
  const { page, context, record } = await watchedPage(session.chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${session.server.origin}/demo/configurator.html#widget=asskomm-milestone-counter&ordner=%2Fdist%2F&metric=kpr`);
  await page.locator('#preview asskomm-milestone-counter').waitFor({ state: 'attached' });
  const copy = async () => {
    await page.getByRole('button', { name: 'Code kopieren' }).click();
    return page.evaluate(() => navigator.clipboard.readText());
  };

  // The element form, as before: script tag and element.
  assert.ok(await page.getByLabel('Elementform').isChecked());
  const elementCode = await copy();
  assert.match(
    elementCode,
    /^<script type="module" src="\/dist\/asskomm-widgets\.js"><\/script>\n<asskomm-milestone-counter src="\/dist\/asskomm\.json" metric="kpr">/,
  );

  // The data form, chosen by keyboard: a div with data- attributes and no script tag; the note names the site's script.
  await page.getByLabel('Elementform').focus();
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.getByLabel('Datenform (für CMS, die Elemente entfernen)').isChecked());
  await page.waitForFunction(() => document.getElementById('snippet').textContent.startsWith('<div'));
  const dataCode = await copy();
  // (Past 80 characters, one attribute a line.) Never an empty div, which CKEditor may drop: a fallback text is in it.
  assert.equal(
    dataCode.replace(/\s+/g, ' ').replace(/ ?> ?/g, '>').replace(/ </g, '<'),
    '<div data-asskomm="milestone-counter" data-src="/dist/asskomm.json" data-metric="kpr">ASSKomm – Kennzahlen</div>',
  );
  assert.ok(await page.getByText('Dieser Code enthält kein Script-Tag. Das Script lädt Ihre Website selbst').isVisible());
  assert.ok(await page.getByText('Der Text im div steht da, bis das Widget seine Daten hat').isVisible());
  assert.equal(await page.locator('#site-script').textContent(), '<script type="module" src="/dist/asskomm-widgets.js"></script>');
  assert.equal(await page.getByText('Das Script-Tag darf auf einer Seite auch mehrfach stehen').isVisible(), false);
  // The preview is the data form too: the widget inside the div.
  await page
    .locator('#preview > div[data-asskomm="milestone-counter"] > asskomm-milestone-counter[metric="kpr"]')
    .waitFor({ state: 'attached' });

  // The choice is in the page's link: reloading keeps the data form.
  assert.match(new URL(page.url()).hash, /[#&]form=daten(&|$)/);
  await page.reload();
  await page.locator('#preview > div[data-asskomm] > asskomm-milestone-counter').waitFor({ state: 'attached' });
  assert.ok(await page.getByLabel('Datenform (für CMS, die Elemente entfernen)').isChecked());
  assert.equal(await page.locator('#snippet').textContent(), dataCode);
  assertCleanPage(record, session.server.origin);
  await context.close();

  // Both codes pasted into a post: the same widget with the same figure.
  const asElement = await pastedWidgets(`${session.server.origin}/demo/pasted-element.html`, elementCode);
  const asData = await pastedWidgets(
    `${session.server.origin}/demo/pasted-data.html`,
    dataCode,
    '<script type="module" src="/dist/asskomm-widgets.js"></script>',
  );
  assert.equal(asElement.holder, 'script');
  assert.equal(asData.holder, 'div');
  assert.equal(asData.widgets.length, 1);
  assert.deepEqual(asData.widgets, asElement.widgets);
  assert.deepEqual([asData.widgets[0].errors, asData.widgets[0].hints], [[], []]);
  assert.match(asData.widgets[0].values[0], /^\d+$/);
});
