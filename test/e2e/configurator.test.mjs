// The configurator by keyboard alone, and every control labelled and described; its attribute
// list is the manifest's. Needs a built dist/ (`npm run build`) and custom-elements.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, OUTPUT, ROOT } from './lib/widgets.mjs';

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
