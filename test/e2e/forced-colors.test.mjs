// Windows high-contrast users see the widgets in forced-colors mode, where the page's colours are
// replaced by a few system colours. The map's layers must still be told apart by their marks: each
// legend swatch (the same fill, hatching or symbol as on the map) is photographed in that mode and
// no two may look alike. The chart's SVG, which Chromium does not recolour, must be readable in a
// light and a dark palette: its text at 4.5:1 and its lines and marks at 3:1 against the background,
// measured from computed styles, and its series told apart by dash pattern as they share one colour.
// Needs a built dist/ (`npm run build`).
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

/** What of the chart is measured: text at 4.5:1, graphics at 3:1 (WCAG 1.4.3 and 1.4.11); the grid only reported. */
const CHART_PARTS = [
  ['axis labels', '.axis text', 'fill', 'text'],
  ['event labels', '.event text', 'fill', 'text'],
  ['"geplant" labels', '.planned-label', 'fill', 'text'],
  ['line-end labels', '.direct-label text', 'fill', 'text'],
  ['tooltip text', '.tooltip p', 'color', 'text'],
  ['time axis', '.x-axis line', 'stroke', 'graphic'],
  ['event lines', '.event line', 'stroke', 'graphic'],
  ['event marks', '.event-mark', 'fill', 'graphic'],
  ['crosshair', '.crosshair line', 'stroke', 'graphic'],
  ['crosshair dots', '.focus-dot', 'stroke', 'graphic'],
  ['series lines', '.series .line:not(.planned)', 'stroke', 'graphic'],
  ['planned lines', '.series .line.planned', 'stroke', 'graphic'],
  ['markers', '.series .marker:not(.planned):not(.aside)', 'fill', 'graphic'],
  ['hollow markers', '.series .marker.planned, .series .marker.aside', 'stroke', 'graphic'],
  ['tooltip swatch lines', '.tooltip .swatch line', 'stroke', 'graphic'],
  ['tooltip swatch marks', '.tooltip .swatch .marker', 'fill', 'graphic'],
  ['tooltip border', '.tooltip', 'border-top-color', 'graphic'],
  ['legend swatch lines', '.legend .swatch line', 'stroke', 'graphic'],
  ['grid', '.grid line', 'stroke', 'decoration'],
];

/** The chart on the CMS page in forced colours with `colorScheme`, crosshair shown: lowest contrast of each part. */
async function chartContrasts(colorScheme) {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.emulateMedia({ forcedColors: 'active', colorScheme });
  await page.goto(`${session.server.origin}/demo/cms.html`);
  await waitForWidgets(page);
  const chart = page.locator('asskomm-progress-chart').first();
  // A fourth series with planned values, so the dashed plans and their "geplant" labels are measured too.
  await chart.evaluate((element) => element.setAttribute('metrics', 'advised,kpr,cooperation-agreements,security-analyses'));
  await chart.locator('.line.planned').first().waitFor();
  await chart.locator('.plot').focus();
  await chart.locator('[part="tooltip"]').waitFor();
  const measured = await chart.evaluate((host, parts) => {
    const channels = (colour) => colour.match(/[\d.]+/g).map(Number);
    const luminance = ([r, g, b]) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    // A translucent colour (Chromium's Highlight) is measured as drawn: over its background.
    const over = ([r, g, b, alpha = 1], below) => [r, g, b].map((v, i) => alpha * v + (1 - alpha) * below[i]);
    const ratio = (a, b) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    // The first opaque background up the tree, across shadow roots; the page's Canvas at the end.
    const canvas = document.createElement('div');
    canvas.style.setProperty('background-color', 'Canvas');
    document.body.append(canvas);
    const pageBackground = channels(getComputedStyle(canvas).backgroundColor);
    canvas.remove();
    const background = (element) => {
      for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
        const colour = channels(getComputedStyle(node).backgroundColor);
        if (colour.length < 4 || colour[3] > 0) return colour;
      }
      return pageBackground;
    };
    const root = host.shadowRoot;
    const rows = parts.map(([name, selector, property, kind]) => {
      const found = [...root.querySelectorAll(selector)];
      const ratios = found.map((element) => {
        const below = background(element);
        return ratio(over(channels(getComputedStyle(element).getPropertyValue(property)), below), below);
      });
      const colours = [...new Set(found.map((element) => getComputedStyle(element).getPropertyValue(property)))];
      return { name, kind, count: found.length, lowest: ratios.length ? Math.min(...ratios) : undefined, colours };
    });
    const dashes = [...root.querySelectorAll('.series')].map(
      (series) => getComputedStyle(series.querySelector('.line:not(.planned)')).strokeDasharray,
    );
    return { rows, dashes, background: getComputedStyle(root.querySelector('.plot')).color };
  }, CHART_PARTS);
  assertCleanPage(record, session.server.origin);
  await context.close();
  return measured;
}

test('in forced colours, light and dark, the chart keeps its text at 4.5:1 and its lines and marks at 3:1', async (t) => {
  const table = ['| part | light | dark |', '|---|---|---|'];
  const results = { light: await chartContrasts('light'), dark: await chartContrasts('dark') };
  for (const [index, [name]] of CHART_PARTS.entries()) {
    const cell = (scheme) => {
      const row = results[scheme].rows[index];
      return row.count ? `${row.lowest.toFixed(2)}:1 (${row.colours.join(', ')}; ${row.count}×)` : 'not drawn';
    };
    table.push(`| ${name} | ${cell('light')} | ${cell('dark')} |`);
  }
  t.diagnostic('contrast of the chart in forced colours (lowest of each part; colours as computed):');
  for (const line of table) t.diagnostic(line);
  for (const [scheme, { rows, dashes }] of Object.entries(results)) {
    for (const row of rows) {
      if (!row.count || row.kind === 'decoration') continue;
      const needed = row.kind === 'text' ? 4.5 : 3;
      assert.ok(row.lowest >= needed, `${scheme}: ${row.name} ${row.lowest.toFixed(2)}:1 < ${needed}:1 (${row.colours.join(', ')})`);
    }
    for (const name of [
      'axis labels',
      'event labels',
      '"geplant" labels',
      'time axis',
      'series lines',
      'planned lines',
      'markers',
      'crosshair',
    ]) {
      assert.ok(rows.find((row) => row.name === name).count > 0, `${scheme}: ${name} measured`);
    }
    assert.equal(new Set(dashes).size, dashes.length, `${scheme}: every series has a dash pattern of its own (${dashes.join(' / ')})`);
  }
});
