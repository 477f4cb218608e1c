// The demo in the two engines beside Chromium: Firefox ESR (puppeteer-core over WebDriver BiDi)
// and WebKitGTK (WebKitWebDriver under xvfb), both from Debian's apt. The real demo server with
// its strict CSP and Trusted Types serves the CMS page (demo/cms.html) and a page with the three
// widgets in a table cell, a flex item and a float (test/engines/layouts.html). Asserted is what a
// person sees: every widget shows its data, none an error or the loading text, the layouts give
// each widget a usable width, and the page collected no uncaught error, rejection, console error
// or CSP violation. The map's and the chart's CSV and JSON buttons save, in the browser's download
// folder, the table the widget shows. `npm run test:engines` (builds dist/ if needed).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDemoServer } from '../e2e/lib/server.mjs';
import { OUTPUT, ROOT, requireBuild } from '../e2e/lib/widgets.mjs';
import { assertChartFileMatchesTable, assertJsonMatchesCsv, assertMapFileMatchesTable, parseCsv, savedFile } from './downloads.mjs';
import { launchFirefox, launchWebKit } from './drivers.mjs';
import {
  captureDownloads,
  clickWidgetButton,
  offeredDownloads,
  probeRecord,
  trustedTypesEnforced,
  visibleTable,
  widgetState,
} from './page.mjs';

const MIN_WIDTH = 250;
let server;

before(async () => {
  requireBuild();
  mkdirSync(OUTPUT, { recursive: true });
  server = await startDemoServer();
});
after(() => server?.stop());

/** Polls until `count` widgets show their data (or an error), scrolling the rest into view. */
async function waitForWidgets(browser, count, timeout = 40000) {
  const deadline = Date.now() + timeout;
  let widgets = [];
  while (Date.now() < deadline) {
    widgets = await browser.evaluate(widgetState, true);
    if (widgets.length === count && widgets.every((widget) => widget.ready)) return widgets;
    await sleep(250);
  }
  const summary = widgets.map(({ tag, ready, width, loading, errors, values, finals, lines, municipalities }) => ({
    tag,
    ready,
    width,
    loading,
    errors,
    values,
    finals,
    lines,
    municipalities,
  }));
  assert.fail(`${browser.engine}: nach ${timeout / 1000} s zeigen nicht ${count} Widgets ihre Daten: ${JSON.stringify(summary)}`);
}

function assertShowsData(widget, where) {
  const name = `${where}, ${widget.tag}`;
  assert.ok(widget.defined, `${name}: definiert`);
  assert.deepEqual(widget.errors, [], `${name}: keine Fehlermeldung`);
  assert.equal(widget.loadErrorBox, false, `${name}: keine Meldung des Ladeskripts`);
  assert.deepEqual(widget.loading, [], `${name}: nicht mehr beim Laden`);
  assert.doesNotMatch(widget.visibleText, /werden geladen|wird geladen/, `${name}: kein Ladetext`);
  assert.ok(widget.width > 0 && widget.height > 0, `${name}: sichtbar (${widget.width} × ${widget.height})`);
  if (widget.tag === 'asskomm-milestone-counter') {
    assert.ok(widget.values.length > 0, `${name}: zeigt Zahlen`);
    assert.deepEqual(widget.values, widget.finals, `${name}: Zahlen am Endwert`);
  } else if (widget.tag === 'asskomm-progress-chart') {
    assert.equal(widget.series, 3, `${name}: drei Reihen`);
    assert.ok(widget.lines >= 3, `${name}: Linien im SVG (${widget.lines})`);
    assert.ok(widget.xTicks.includes('2020') && widget.xTicks.includes('2024'), `${name}: Zeitachse ${widget.xTicks.join(', ')}`);
  } else {
    assert.ok(widget.municipalities > 400, `${name}: über 400 Gemeinden (${widget.municipalities})`);
    assert.equal(widget.shownMunicipalities, widget.municipalities, `${name}: jede Gemeinde gezeichnet`);
    assert.ok(widget.legendShown, `${name}: Legende sichtbar`);
    assert.match(widget.legend, /Kommunale Präventionsräte/, `${name}: Legende`);
    assert.match(widget.legend, /Kooperationsvereinbarungen/, `${name}: Legende`);
  }
}

/** The probe saw nothing go wrong, and the page really runs under Trusted Types. */
async function assertCleanPage(browser, where) {
  const record = await browser.evaluate(probeRecord);
  assert.ok(record, `${browser.engine}, ${where}: Prüfskript im Dokument`);
  assert.deepEqual(record.errors, [], `${where}: nicht abgefangene Ausnahmen`);
  assert.deepEqual(record.rejections, [], `${where}: unbehandelte Promise-Ablehnungen`);
  assert.deepEqual(record.consoleErrors, [], `${where}: console.error`);
  assert.deepEqual(record.violations, [], `${where}: CSP-Verletzungen`);
  assert.deepEqual(browser.pageErrors.splice(0), [], `${where}: Fehler im Log-Kanal des Browsers`);
  // Last, as it reports a violation itself (Firefox also logs it, a moment later).
  assert.equal(await browser.evaluate(trustedTypesEnforced), 'TypeError', `${where}: der Browser erzwingt Trusted Types`);
  await sleep(300);
  const others = browser.pageErrors.splice(0).filter((message) => !message.includes('require-trusted-types-for'));
  assert.deepEqual(others, [], `${where}: Fehler im Log-Kanal des Browsers`);
  return record;
}

async function assertServedWithCsp(path) {
  const response = await fetch(`${server.origin}${path}`);
  assert.equal(response.status, 200, path);
  const csp = response.headers.get('content-security-policy') ?? '';
  for (const directive of ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html']) {
    assert.ok(csp.includes(directive), `${path}: CSP enthält ${directive}`);
  }
}

for (const [engine, launch, slug] of [
  ['Firefox ESR', launchFirefox, 'firefox'],
  ['WebKitGTK', launchWebKit, 'webkit'],
]) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await launch();
      console.log(`${engine}: ${browser.version}`);
    });
    after(() => browser?.close());

    test('the CMS page from the demo server shows all widgets with their data, without errors', async () => {
      await assertServedWithCsp('/demo/cms.html');
      await browser.goto(`${server.origin}/demo/cms.html`);
      // Two counters, the map and the chart that the CMS's script adds after load.
      let widgets;
      try {
        widgets = await waitForWidgets(browser, 4);
      } finally {
        await browser.screenshot(`${OUTPUT}engines-${slug}-cms.png`).catch(() => {});
      }
      assert.deepEqual(
        widgets.map((widget) => widget.tag),
        ['asskomm-milestone-counter', 'asskomm-status-map', 'asskomm-progress-chart', 'asskomm-milestone-counter'],
      );
      for (const widget of widgets) {
        assertShowsData(widget, `${engine}, cms.html`);
        assert.deepEqual(widget.hints, [], `${engine}, cms.html, ${widget.tag}: keine Hinweise`);
      }
      const [grid, , , sidebar] = widgets;
      assert.deepEqual(grid.values, ['134', '30', '60'], 'Zähler-Raster: Endwerte');
      assert.deepEqual(grid.labels, ['Beratene Kommunen', 'Kommunale Präventionsräte', 'Kooperationsvereinbarungen']);
      assert.deepEqual(sidebar.values, ['60']);
      await assertCleanPage(browser, `${engine}, cms.html`);
    });

    test("the map's and the chart's CSV and JSON buttons save the table they show, named after widget and date", async (t) => {
      // The CMS page of the test before, if it is still there.
      const onCmsPage = await browser.evaluate(() => location.pathname.endsWith('/demo/cms.html'));
      if (!onCmsPage) await browser.goto(`${server.origin}/demo/cms.html`);
      await waitForWidgets(browser, 4);
      await browser.evaluate(captureDownloads);
      const { asOf } = JSON.parse(readFileSync(`${ROOT}dist/asskomm.json`, 'utf8')).meta;
      for (const [tag, file, assertMatchesTable] of [
        ['asskomm-status-map', `asskomm-karte-${asOf}`, assertMapFileMatchesTable],
        ['asskomm-progress-chart', `asskomm-verlauf-${asOf}`, assertChartFileMatchesTable],
      ]) {
        const where = `${engine}, ${tag}`;
        const saved = {};
        // One click at a time, as a person clicks: WebKitGTK saves only the last of several
        // downloads started in one task (each new one replaces the one not yet begun).
        for (const [kind, label, type] of [
          ['csv', 'CSV herunterladen', 'text/csv;charset=utf-8'],
          ['json', 'JSON herunterladen', 'application/json'],
        ]) {
          assert.ok(await browser.evaluate(clickWidgetButton, { tag, label }), `${where}: Knopf „${label}“`);
          const offered = (await browser.evaluate(offeredDownloads)).at(-1);
          assert.deepEqual(
            { name: offered?.name, type: offered?.type, blobUrl: offered?.blobUrl, defaultPrevented: offered?.defaultPrevented },
            { name: `${file}.${kind}`, type, blobUrl: true, defaultPrevented: false },
            `${where}: „${label}“ bietet ${file}.${kind} an und überlässt den Klick dem Browser`,
          );
          const bytes = Buffer.from(offered.base64, 'base64');
          saved[kind] = await savedFile(browser.downloadDir, `${file}.${kind}`, bytes.length);
          assert.ok(saved[kind], `${where}: ${file}.${kind} (${bytes.length} B) im Download-Ordner`);
          assert.ok(saved[kind].equals(bytes), `${where}: gespeicherte Datei = angebotener Blob`);
        }
        const csv = parseCsv(saved.csv, `${where}, CSV`);
        assertMatchesTable(csv, await browser.evaluate(visibleTable, tag), `${where}, CSV`);
        assertJsonMatchesCsv(saved.json, csv, `${where}, JSON`);
        t.diagnostic(
          `${where}: ${file}.csv ${saved.csv.length} B (${csv.rows.length} Zeilen), ${file}.json ${saved.json.length} B gespeichert`,
        );
      }
      const record = await browser.evaluate(probeRecord);
      for (const list of ['errors', 'rejections', 'consoleErrors', 'violations']) {
        assert.deepEqual(record[list], [], `${engine}, Downloads: ${list}`);
      }
      const logged = browser.pageErrors.splice(0).filter((message) => !message.includes('require-trusted-types-for'));
      assert.deepEqual(logged, [], `${engine}, Downloads: Fehler im Log-Kanal des Browsers`);
    });

    test('in a table cell, a flex item and a float every widget is wider than 250 px and shows its data', async (t) => {
      await assertServedWithCsp('/test/engines/layouts.html');
      await browser.goto(`${server.origin}/test/engines/layouts.html`);
      let widgets;
      try {
        widgets = await waitForWidgets(browser, 9);
      } finally {
        await browser.screenshot(`${OUTPUT}engines-${slug}-layouts.png`).catch(() => {});
      }
      const layouts = ['td', 'flex item', 'float'];
      t.diagnostic(
        `Breiten (Zähler, Karte, Diagramm je Layout): ${layouts
          .map(
            (layout, index) =>
              `${layout} ${widgets
                .slice(index * 3, index * 3 + 3)
                .map((widget) => widget.width)
                .join('/')}`,
          )
          .join(', ')} px`,
      );
      widgets.forEach((widget, index) => {
        const where = `${engine}, ${layouts[Math.floor(index / 3)]}`;
        assertShowsData(widget, where);
        assert.ok(widget.width > MIN_WIDTH, `${where}, ${widget.tag}: ${widget.width} px breit`);
      });
      const record = await assertCleanPage(browser, `${engine}, layouts.html`);
      // The page loads the probe itself, so it watched from the first script on.
      assert.equal(record.since, 'loading', 'Prüfskript vor allen anderen Skripten');
    });
  });
}
