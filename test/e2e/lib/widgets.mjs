// What a person sees of each widget, read from its shadow DOM in the page (innerText: only
// rendered text), and the checks every e2e page shares.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../../../src/widgets/registry.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Every widget element of the registry, as one CSS selector. */
export const WIDGET_SELECTOR = WIDGETS.map((widget) => widget.tag).join(', ');
export const OUTPUT = fileURLToPath(new URL('../.output/', import.meta.url));

export function requireBuild() {
  assert.ok(existsSync(`${ROOT}dist/asskomm-widgets.js`), 'dist/ fehlt: vor den e2e-Tests `npm run build` ausführen');
  mkdirSync(OUTPUT, { recursive: true });
}

/** Scrolls every widget into view (counters count when seen) and waits until all show data. */
export async function waitForWidgets(page, timeout = 15000) {
  // A data-form holder becomes its widget only once the form's lazily loaded code ran: until then
  // the page has no widget to wait for, and the checks below would pass on an empty page.
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll('[data-asskomm]')].every((holder) => holder.querySelector(`${selector}, [data-asskomm-hint]`)),
    WIDGET_SELECTOR,
    { timeout },
  );
  for (const widget of await page.locator(WIDGET_SELECTOR).all()) {
    // Drawn first, then scrolled to: scrolling waits for a still box, and a page of many widgets
    // that are still loading keeps moving (once it outlasted the 30 s on the busy CI machine).
    await widget.evaluate(async (element) => {
      await customElements.whenDefined(element.localName);
      await element.whenReady();
    });
    await widget.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((element) => {
        const root = element.shadowRoot;
        if (!root) return false;
        const showsData = {
          'asskomm-status-map': () => root.querySelectorAll('path.municipality').length > 0,
          'asskomm-progress-chart': () => !!root.querySelector('.x-axis text'),
          // Every figure at its final value (the count-up has finished).
          'asskomm-milestone-counter': () => {
            const values = [...root.querySelectorAll('[part="value"]')];
            // The number only: a qualifier („rund“) stands beside it in the same value.
            const final = (value) =>
              value.querySelector('.current')?.textContent?.trim() === value.querySelector('.final')?.textContent?.trim();
            return values.length > 0 && values.every(final);
          },
        }[element.localName];
        if (!showsData) throw new Error(`waitForWidgets (test/e2e/lib/widgets.mjs): when does <${element.localName}> show its data?`);
        return showsData();
      }),
    WIDGET_SELECTOR,
    { timeout },
  );
}

/** Per widget on the page: its tag, attributes and the text a person sees. */
export function readWidgets(page) {
  return page.evaluate(
    (widgetSelector) =>
      [...document.querySelectorAll(widgetSelector)].map((element) => {
        const root = element.shadowRoot;
        const text = (selector) => [...root.querySelectorAll(selector)].map((node) => node.innerText.replace(/\s+/g, ' ').trim());
        return {
          tag: element.localName,
          metric: element.getAttribute('metric'),
          layers: element.getAttribute('layers'),
          hints: text('[part="hint"]'),
          errors: text('[part="error"]'),
          values: text('[part="value"]'),
          labels: text('[part="label"]'),
          deltas: text('[part="delta"]'),
          legend: text('[part="legend"]').join(' '),
          xTicks: [...root.querySelectorAll('.x-axis text')].map((node) => node.textContent),
          series: root.querySelectorAll('svg g.series').length,
          municipalities: root.querySelectorAll('path.municipality').length,
          checkedLayers: [...root.querySelectorAll('[part="legend"] input[type="checkbox"]')]
            .filter((box) => box.checked)
            .map((box) => box.value),
          credits: text('[part="credits"]').join(' '),
        };
      }),
    WIDGET_SELECTOR,
  );
}

/** Nothing went wrong on the page, and nothing left `origin` except what `allowed` lists. */
export function assertCleanPage(record, origin) {
  assert.deepEqual(record.violations, [], 'CSP-Verletzungen');
  assert.deepEqual(record.consoleErrors, [], 'Fehler in der Konsole');
  assert.deepEqual(record.pageErrors, [], 'nicht abgefangene Ausnahmen');
  const foreign = record.requests.filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'Anfragen an andere Server');
}

export const feedRequests = (record) => record.requests.filter((url) => new URL(url).pathname.endsWith('/asskomm.json'));
