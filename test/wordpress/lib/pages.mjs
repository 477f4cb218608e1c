// A published WordPress page as a visitor or a logged-in Author sees it, read with the e2e helpers
// (test/e2e/lib): the widgets with their data, the library script, the page's visible text.
import assert from 'node:assert/strict';
import { watchedPage } from '../../e2e/lib/browser.mjs';
import { readWidgets, waitForWidgets, WIDGET_SELECTOR } from '../../e2e/lib/widgets.mjs';

/** The library's script tag, of any type: a classic script printed by mistake counts too. */
export const LIBRARY_SCRIPT = 'script[src*="/plugins/asskomm-widgets/lib/asskomm-widgets.js"]';
/** The bundled feed, as an Author writes it into a data-form or element-form post. */
export const BUNDLED_FEED = '/wp-content/plugins/asskomm-widgets/lib/asskomm.json';

/**
 * Opens `url` (with `cookies`: logged in) in a watched page, waits for `widgets` widgets to appear and
 * every widget to show data. Returns what a person sees (and the widget elements' attributes); `record`
 * holds errors and requests.
 */
export async function visit(browser, url, { cookies = [], widgets = 3 } = {}) {
  const { page, context, record } = await watchedPage(browser, { reducedMotion: 'reduce' });
  try {
    if (cookies.length) await context.addCookies(cookies);
    const response = await page.goto(url);
    assert.equal(response.status(), 200, `${url} antwortet mit ${response.status()}`);
    await waitForCount(page, widgets);
    await waitForWidgets(page, 30000);
    return {
      widgets: await readWidgets(page),
      scripts: await page.locator(LIBRARY_SCRIPT).count(),
      moduleScripts: await page.locator(`${LIBRARY_SCRIPT}[type="module"]`).count(),
      text: await page.locator('body').innerText(),
      // Role locators reach into the widgets' shadow roots, innerText does not.
      headings: (await page.getByRole('heading').allInnerTexts()).map((heading) => heading.trim()),
      elements: await page
        .locator(WIDGET_SELECTOR)
        .evaluateAll((found) =>
          found.map((element) => Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]))),
        ),
      record,
    };
  } finally {
    await context.close();
  }
}

/** Waits until the page holds `count` widget elements (the data form makes them after load). */
export async function waitForCount(page, count) {
  try {
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length === n, [WIDGET_SELECTOR, count], {
      timeout: 30000,
    });
  } catch (error) {
    const found = await page.locator(WIDGET_SELECTOR).count();
    assert.fail(`${count} Widgets erwartet, nach 30 s sind es ${found} (${error.message.split('\n')[0]})`);
  }
}

/**
 * The three widgets (read by readWidgets), each with data and the settings the post gave it.
 * `expected`: `{ counterFigures, mapLayers, chartSeries }`.
 */
export function assertThreeWidgets(widgets, { counterFigures, mapLayers, chartSeries }, where) {
  const byTag = Object.fromEntries(widgets.map((widget) => [widget.tag, widget]));
  assert.deepEqual(
    widgets.map((widget) => widget.tag).sort(),
    ['asskomm-milestone-counter', 'asskomm-progress-chart', 'asskomm-status-map'],
    `${where}: genau die drei Widgets`,
  );
  for (const widget of widgets) assert.deepEqual(widget.errors, [], `${where}: ${widget.tag} ohne Fehlermeldung`);
  const counter = byTag['asskomm-milestone-counter'];
  assert.equal(counter.values.length, counterFigures, `${where}: Zahl der Kennzahlen`);
  for (const value of counter.values) assert.match(value, /\d/, `${where}: Kennzahl mit Zahl`);
  const map = byTag['asskomm-status-map'];
  assert.equal(map.municipalities, 419, `${where}: Karte mit allen Gemeinden`);
  assert.deepEqual(map.checkedLayers, mapLayers, `${where}: Ebenen der Karte`);
  const chart = byTag['asskomm-progress-chart'];
  assert.equal(chart.series, chartSeries, `${where}: Linien im Verlauf`);
  assert.ok(chart.xTicks.length > 1, `${where}: Zeitachse des Verlaufs`);
}

/**
 * A published page: the three widgets as `expected`, the script once and as a module, and a clean page
 * (no console error, exception or request to another host).
 */
export function assertPublishedPage(seen, origin, expected, where) {
  assertThreeWidgets(seen.widgets, expected, where);
  assert.equal(seen.scripts, 1, `${where}: das Script der Widgets genau einmal`);
  assert.equal(seen.moduleScripts, 1, `${where}: das Script der Widgets mit type="module"`);
  assertCleanWordPressPage(seen.record, origin, where);
}

/**
 * No console error, exception or request to another host. Unlike the e2e tests' assertCleanPage, no
 * claim about CSP violations: WordPress sends no Content-Security-Policy, so none can be reported, and a
 * strict CSP is not this test's subject (core prints inline scripts of its own).
 */
export function assertCleanWordPressPage(record, origin, where) {
  assert.deepEqual(record.consoleErrors, [], `${where}: Fehler in der Konsole`);
  assert.deepEqual(record.pageErrors, [], `${where}: nicht abgefangene Ausnahmen`);
  const foreign = record.requests.filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], `${where}: Anfragen an andere Server`);
}
