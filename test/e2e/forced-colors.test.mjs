// Windows high-contrast users see the widgets in forced-colors mode, where the page's colours are
// replaced by a few system colours. The map's layers must still be told apart by their marks: each
// legend swatch (the same fill, hatching or symbol as on the map) is photographed in that mode and
// no two may look alike. The chart's SVG, which Chromium does not recolour, must be readable in a
// light and a dark palette: its text at 4.5:1 and its lines and marks at 3:1 against the background,
// measured from computed styles, and its series told apart by dash pattern as they share one colour.
// The map's HTML is recoloured and its SVG (`forced-color-adjust: none`) keeps the system colours it
// sets: every text it shows (legend, summary, search, Stand line, credits, details, tooltip, buttons,
// table, help) at 4.5:1 and its marks at 3:1 against what lies behind them, in light and dark; the
// test prints the table of both. Needs a built dist/ (`npm run build`).
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

/**
 * Puts WCAG 2.x colour arithmetic on the page as `window.wcagContrast`: colours as computed
 * ("rgb(…)"/"rgba(…)"), a translucent one (Chromium's Highlight) measured as drawn over what is
 * below it, and the background of an element: the first opaque one up the flat tree (across shadow
 * roots; SVG has none), translucent ones on the way laid over it, the page's Canvas at the end.
 */
function installContrast() {
  const channels = (colour) => colour.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) =>
    [r, g, b]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const over = ([r, g, b, alpha = 1], below) => [r, g, b].map((v, i) => alpha * v + (1 - alpha) * below[i]);
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const canvas = document.createElement('div');
  canvas.style.setProperty('background-color', 'Canvas');
  document.body.append(canvas);
  const pageBackground = channels(getComputedStyle(canvas).backgroundColor);
  canvas.remove();
  const background = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      if (node instanceof SVGElement) continue;
      const colour = channels(getComputedStyle(node).backgroundColor);
      if (colour.length === 4 && colour[3] === 0) continue;
      layers.push(colour);
      if (colour.length < 4 || colour[3] === 1) break;
    }
    if (!layers.length || (layers.at(-1).length === 4 && layers.at(-1)[3] < 1)) layers.push(pageBackground);
    return layers.reduceRight((below, layer) => over(layer, below));
  };
  window.wcagContrast = { channels, over, ratio, background };
}

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
  await page.evaluate(installContrast);
  const measured = await chart.evaluate((host, parts) => {
    const { channels, over, ratio, background } = window.wcagContrast;
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

/** Which part of the map a text belongs to: the first of these its element lies in (else "other text"). */
const MAP_TEXT_GROUPS = [
  ['skip link and its end', '.skip-link, .skip-target'],
  ['tooltip', '.tooltip'],
  ['buttons', 'button, summary'],
  ['details', 'dialog.details'],
  ['search', '.search'],
  ['legend', '.legend'],
  ['summary', '.summary'],
  ['Stand line and credits', '.credits'],
  ['table', '.table-scroll'],
  ['help texts (keys, how to read)', '.help'],
  ['heading', '.heading'],
];

/**
 * The map's marks at 3:1 against what lies behind or around them: [name, selector, property,
 * neighbours (selector, property: each distinct colour is measured; none: the background up the tree), kind].
 */
const MAP_MARKS = [
  ['Gemeinde fills vs land', '.fill-contacted, .area-contacted, .fill-model', 'fill', ['.municipality', 'fill'], 'graphic'],
  ['model dots vs model fill', '.dot-model', 'fill', ['.fill-model', 'fill'], 'graphic'],
  ['hatching vs its halo', '.hatch', 'stroke', ['.hatch-halo', 'stroke'], 'graphic'],
  ['symbols vs their halo', '.symbol:not(.hollow) .symbol-body', 'fill', ['.symbol-halo', 'stroke'], 'graphic'],
  ['hollow symbols vs their fill', '.symbol.hollow .symbol-body', 'stroke', ['.symbol.hollow .symbol-body', 'fill'], 'graphic'],
  ['Kreis borders vs land', '.border-district', 'stroke', ['.municipality', 'fill'], 'graphic'],
  ['Kreis borders vs their halo', '.border-district', 'stroke', ['.border-district-halo', 'stroke'], 'graphic'],
  ['Kreis halo vs Gemeinde fills', '.border-district-halo', 'stroke', ['.fill-contacted, .area-contacted, .fill-model', 'fill'], 'graphic'],
  ['state border', '.border-state', 'stroke', null, 'graphic'],
  ['active place outline vs halo', '.highlight.active .line', 'stroke', ['.highlight.active .halo', 'stroke'], 'graphic'],
  ['focus ring', '.viewport:focus-visible', 'outline-color', null, 'graphic'],
  ['legend swatch outlines', '.swatch .swatch-area', 'stroke', null, 'graphic'],
  ['tooltip border', '.tooltip', 'border-top-color', null, 'graphic'],
  ['Gemeinde borders vs land', '.border-municipality', 'stroke', ['.municipality', 'fill'], 'decoration'],
];

/** In the page: the ratio of every text and the lowest of every mark of `host` (after `installContrast`). */
function measureMap(host, { groups, marks }) {
  const { channels, over, ratio, background } = window.wcagContrast;
  const root = host.shadowRoot;
  const rendered = (element) => {
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || element.closest('.visually-hidden, [hidden]')) return false;
    return element.getClientRects().length > 0;
  };
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element || !rendered(element)) continue;
    const svgText = element instanceof SVGElement;
    const colour = getComputedStyle(element).getPropertyValue(svgText ? 'fill' : 'color');
    const below = background(element);
    const group = groups.find(([, selector]) => element.closest(selector))?.[0] ?? `other text (${element.localName}.${element.className})`;
    texts.push({ group, colour, ratio: ratio(over(channels(colour), below), below), text: node.textContent.trim().slice(0, 30) });
  }
  const input = root.querySelector('#search-input');
  if (input && !input.value) {
    const colour = getComputedStyle(input, '::placeholder').color;
    const below = background(input);
    texts.push({ group: 'search', colour, ratio: ratio(over(channels(colour), below), below), text: input.placeholder });
  }
  const measured = marks.map(([name, selector, property, against]) => {
    const found = [...root.querySelectorAll(selector)];
    const behind = against
      ? [
          ...new Set(
            [...root.querySelectorAll(against[0])]
              .filter((e) => getComputedStyle(e).display !== 'none')
              .map((e) => getComputedStyle(e).getPropertyValue(against[1])),
          ),
        ]
      : [];
    const ratios = found.flatMap((element) => {
      const colour = channels(getComputedStyle(element).getPropertyValue(property));
      const belows = against ? behind.map((b) => over(channels(b), background(element))) : [background(element)];
      return belows.map((below) => ratio(over(colour, below), below));
    });
    const colours = [...new Set(found.map((element) => getComputedStyle(element).getPropertyValue(property)))];
    return { name, count: found.length, lowest: ratios.length ? Math.min(...ratios) : undefined, colours, behind };
  });
  return { texts, marks: measured };
}

/** The map on the CMS page in forced colours with `colorScheme`, in the states where each text shows. */
async function mapContrasts(colorScheme) {
  const { page, context, record } = await watchedPage(session.chromium.browser);
  await page.emulateMedia({ forcedColors: 'active', colorScheme });
  await page.goto(`${session.server.origin}/demo/cms.html`);
  await waitForWidgets(page);
  await page.evaluate(installContrast);
  const map = page.locator('asskomm-status-map').first();
  const spec = { groups: MAP_TEXT_GROUPS, marks: MAP_MARKS };
  const states = [];
  // Table and every help text open; the skip link focused (it shows only then).
  await map.locator('.table-toggle').click();
  await map.evaluate((element) => element.shadowRoot.querySelectorAll('details').forEach((details) => (details.open = true)));
  await map.locator('.skip-link').focus();
  states.push(await map.evaluate(measureMap, spec));
  // Search suggestions.
  await map.locator('#search-input').fill('dres');
  await map.locator('.suggestions li').first().waitFor();
  states.push(await map.evaluate(measureMap, spec));
  await map.locator('#search-input').fill('');
  // The keyboard's tooltip, the focus ring and the active place's outline.
  await map.locator('.viewport').focus();
  await page.keyboard.press('ArrowRight');
  await map.locator('.tooltip').waitFor();
  states.push(await map.evaluate(measureMap, spec));
  // The details of that place.
  await page.keyboard.press('Enter');
  await map.locator('dialog.details[open]').waitFor();
  states.push(await map.evaluate(measureMap, spec));
  // The demo's feed plans no security analysis: the test feed's Torgau does (a hollow symbol).
  await map.evaluate((element) => {
    element.setAttribute('date', '2024');
    element.setAttribute('src', '/test/fixtures/feeds/good.json');
  });
  await map.locator('.symbol.hollow').first().waitFor();
  states.push(await map.evaluate(measureMap, spec));
  assertCleanPage(record, session.server.origin);
  await context.close();
  const texts = new Map();
  for (const { group, colour, ratio, text } of states.flatMap((state) => state.texts)) {
    const row = texts.get(group) ?? { lowest: Infinity, colours: new Set(), count: 0 };
    row.count++;
    row.colours.add(colour);
    if (ratio < row.lowest) Object.assign(row, { lowest: ratio, weakest: text });
    texts.set(group, row);
  }
  const marks = new Map();
  for (const mark of states.flatMap((state) => state.marks)) {
    const seen = marks.get(mark.name);
    if (mark.count && (!seen?.count || mark.lowest < seen.lowest)) marks.set(mark.name, mark);
    else if (!seen) marks.set(mark.name, mark);
  }
  return { texts, marks };
}

test('in forced colours, light and dark, every text of the map is at 4.5:1 and every mark at 3:1 against what lies behind it', async () => {
  const results = { light: await mapContrasts('light'), dark: await mapContrasts('dark') };
  const cell = (row) => {
    if (!row?.count) return 'not drawn';
    return row.lowest === undefined ? 'nothing shown behind' : `${row.lowest.toFixed(2)}:1`;
  };
  const table = ['| map: element | light | dark |', '|---|---|---|'];
  const groups = [...new Set([...MAP_TEXT_GROUPS.map(([name]) => name), ...results.light.texts.keys(), ...results.dark.texts.keys()])];
  for (const group of groups)
    table.push(`| ${group} (text) | ${cell(results.light.texts.get(group))} | ${cell(results.dark.texts.get(group))} |`);
  for (const [name, , , , kind] of MAP_MARKS) {
    const label = { decoration: `${name} (not required)`, finding: `${name} (finding, not asserted)` }[kind] ?? name;
    table.push(`| ${label} | ${cell(results.light.marks.get(name))} | ${cell(results.dark.marks.get(name))} |`);
  }
  console.log(`Contrast of the map in forced colours (lowest of each element):\n${table.join('\n')}`);
  for (const [scheme, { texts, marks }] of Object.entries(results)) {
    for (const [group, row] of texts) {
      assert.ok(
        row.lowest >= 4.5,
        `${scheme}: ${group} "${row.weakest}" ${row.lowest.toFixed(2)}:1 < 4.5:1 (${[...row.colours].join(', ')})`,
      );
    }
    for (const group of MAP_TEXT_GROUPS.map(([name]) => name)) assert.ok(texts.get(group)?.count, `${scheme}: ${group} measured`);
    for (const [name, , , , kind] of MAP_MARKS) {
      const row = marks.get(name);
      assert.ok(row?.count, `${scheme}: ${name} measured`);
      if (kind !== 'graphic') continue;
      assert.ok(row.lowest !== undefined, `${scheme}: ${name}: nothing shown behind it`);
      assert.ok(
        row.lowest >= 3,
        `${scheme}: ${name} ${row.lowest.toFixed(2)}:1 < 3:1 (${row.colours.join(', ')} against ${row.behind.join(', ')})`,
      );
    }
  }
});
