// Windows high-contrast users see the widgets in forced-colors mode, where the page's colours are
// replaced by a few system colours. The map's layers must still be told apart by their marks: each
// legend swatch (the same fill, hatching or symbol as on the map) is photographed in that mode and
// no two may look alike. The chart's SVG, which Chromium does not recolour, must be readable in a
// light and a dark palette: its text at 4.5:1 and its lines and marks at 3:1 against the background,
// measured from computed styles, and its series told apart by dash pattern as they share one colour.
// The map's HTML is recoloured and its SVG (`forced-color-adjust: none`) keeps the system colours it
// sets: every text it shows (legend and its note, search, Stand line, credits, details, tooltip, buttons,
// table, help) at 4.5:1 and its marks at 3:1 against what lies behind them, in light and dark; the
// test prints the table of both. WCAG 1.4.3 and 1.4.11 hold first in normal colours, where axe
// measures HTML text only: the same measurement there (light only: the widgets have no dark scheme)
// covers every text of map, chart and counter and every mark that carries meaning, prints one table,
// and names decorations (Gemeinde borders, the grid) as not required with the reason. The measuring
// code is in lib/contrast.mjs. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, waitForWidgets } from './lib/widgets.mjs';
import { installContrast, lowestOverStates, measureParts, measureTextsAndMarks, ratioCell } from './lib/contrast.mjs';

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

/** The CMS demo page with `media` emulated, its widgets loaded and `installContrast` run. */
async function contrastPage(media) {
  const watched = await watchedPage(session.chromium.browser);
  await watched.page.emulateMedia(media);
  await watched.page.goto(`${session.server.origin}/demo/cms.html`);
  await waitForWidgets(watched.page);
  await watched.page.evaluate(installContrast);
  return watched;
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

/** The chart on the CMS page with `media` (forced colours, scheme), crosshair shown: lowest contrast of each part. */
async function chartContrasts(media) {
  const { page, context, record } = await contrastPage(media);
  const chart = page.locator('asskomm-progress-chart').first();
  // A fourth series with planned values, so the dashed plans and their "geplant" labels are measured too.
  await chart.evaluate((element) => element.setAttribute('metrics', 'advised,kpr,cooperation-agreements,security-analyses'));
  await chart.locator('.line.planned').first().waitFor();
  await chart.locator('.plot').focus();
  await chart.locator('[part="tooltip"]').waitFor();
  const rows = await chart.evaluate(measureParts, CHART_PARTS);
  const dashes = await chart.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('.series')].map(
      (series) => getComputedStyle(series.querySelector('.line:not(.planned)')).strokeDasharray,
    ),
  );
  assertCleanPage(record, session.server.origin);
  await context.close();
  return { rows, dashes };
}

test('in forced colours, light and dark, the chart keeps its text at 4.5:1 and its lines and marks at 3:1', async (t) => {
  const table = ['| part | light | dark |', '|---|---|---|'];
  const results = {
    light: await chartContrasts({ forcedColors: 'active', colorScheme: 'light' }),
    dark: await chartContrasts({ forcedColors: 'active', colorScheme: 'dark' }),
  };
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
  ['legend note on the two counts', '.legend-note'],
  ['legend', '.legend'],
  ['Stand line and credits', '.credits'],
  ['table', '.table-scroll'],
  ['help texts (keys, how to read)', '.help'],
  ['heading', '.heading'],
];

/** Marks measured alike in forced and normal colours (see `MAP_MARKS` for the shape). */
const MARK = {
  fills: ['Gemeinde fills vs land', '.fill-contacted, .area-contacted, .fill-model', 'fill', ['.municipality', 'fill'], 'graphic'],
  modelDots: ['model dots vs model fill', '.dot-model', 'fill', ['.fill-model', 'fill'], 'graphic'],
  hatching: ['hatching vs its halo', '.hatch', 'stroke', ['.hatch-halo', 'stroke'], 'graphic'],
  hollowSymbols: [
    'hollow symbols vs their fill',
    '.symbol.hollow .symbol-body',
    'stroke',
    ['.symbol.hollow .symbol-body', 'fill'],
    'graphic',
  ],
  kreisBorders: ['Kreis borders vs land', '.border-district', 'stroke', ['.municipality', 'fill'], 'graphic'],
  kreisBordersOnHalo: ['Kreis borders vs their halo', '.border-district', 'stroke', ['.border-district-halo', 'stroke'], 'graphic'],
  kreisHaloOnFills: [
    'Kreis halo vs Gemeinde fills',
    '.border-district-halo',
    'stroke',
    ['.fill-contacted, .area-contacted, .fill-model', 'fill'],
    'graphic',
  ],
  activeOutline: ['active place outline vs halo', '.highlight.active .line', 'stroke', ['.highlight.active .halo', 'stroke'], 'graphic'],
  focusRing: ['focus ring', '.viewport:focus-visible', 'outline-color', null, 'graphic'],
  swatchOutlines: ['legend swatch outlines', '.swatch .swatch-area', 'stroke', null, 'graphic'],
  tooltipBorder: ['tooltip border', '.tooltip', 'border-top-color', null, 'graphic'],
};

/** Outlines and rings, measured alike in forced and normal colours. */
const OUTLINES = [MARK.activeOutline, MARK.focusRing, MARK.swatchOutlines, MARK.tooltipBorder];

/**
 * The map's marks at 3:1 against what lies behind or around them: [name, selector, property,
 * neighbours (selector, property: each distinct colour is measured; none: the background up the tree), kind].
 */
const MAP_MARKS = [
  MARK.fills,
  MARK.modelDots,
  MARK.hatching,
  ['symbols vs their halo', '.symbol:not(.hollow) .symbol-body', 'fill', ['.symbol-halo', 'stroke'], 'graphic'],
  MARK.hollowSymbols,
  MARK.kreisBorders,
  MARK.kreisBordersOnHalo,
  MARK.kreisHaloOnFills,
  ['state border', '.border-state', 'stroke', null, 'graphic'],
  ...OUTLINES,
  ['Gemeinde borders vs land', '.border-municipality', 'stroke', ['.municipality', 'fill'], 'decoration'],
];

/** The map on the CMS page with `media` (forced colours, scheme), in the states where each text and mark shows. */
async function mapContrasts(media, marks) {
  const { page, context, record } = await contrastPage(media);
  const map = page.locator('asskomm-status-map').first();
  const spec = { groups: MAP_TEXT_GROUPS, marks };
  const states = [];
  // Table and every help text open; the skip link focused (it shows only then).
  await map.locator('.table-toggle').click();
  await map.evaluate((element) => element.shadowRoot.querySelectorAll('details').forEach((details) => (details.open = true)));
  await map.locator('.skip-link').focus();
  states.push(await map.evaluate(measureTextsAndMarks, spec));
  // Search suggestions.
  await map.locator('#search-input').fill('dres');
  await map.locator('.suggestions li').first().waitFor();
  states.push(await map.evaluate(measureTextsAndMarks, spec));
  await map.locator('#search-input').fill('');
  // The keyboard's tooltip, the focus ring and the active place's outline.
  await map.locator('.viewport').focus();
  await page.keyboard.press('ArrowRight');
  await map.locator('.tooltip').waitFor();
  states.push(await map.evaluate(measureTextsAndMarks, spec));
  // The details of that place.
  await page.keyboard.press('Enter');
  await map.locator('dialog.details[open]').waitFor();
  states.push(await map.evaluate(measureTextsAndMarks, spec));
  // The demo's feed plans no security analysis: the test feed's Torgau does (a hollow symbol).
  await map.evaluate((element) => {
    element.setAttribute('date', '2024');
    element.setAttribute('src', '/test/fixtures/feeds/good.json');
  });
  await map.locator('.symbol.hollow').first().waitFor();
  states.push(await map.evaluate(measureTextsAndMarks, spec));
  assertCleanPage(record, session.server.origin);
  await context.close();
  return lowestOverStates(states);
}

test('in forced colours, light and dark, every text of the map is at 4.5:1 and every mark at 3:1 against what lies behind it', async () => {
  const results = {
    light: await mapContrasts({ forcedColors: 'active', colorScheme: 'light' }, MAP_MARKS),
    dark: await mapContrasts({ forcedColors: 'active', colorScheme: 'dark' }, MAP_MARKS),
  };
  const cell = ratioCell;
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

/**
 * The map's marks in normal colours, where layers are told apart by hue and shape on white halos:
 * [name, selector, property, neighbours, kind, why a mark is not required]. Kreis borders lie on a
 * halo in the Gemeinde border colour, as in forced colours: alone they were 1.85:1 on the model fill.
 */
const MAP_MARKS_NORMAL = [
  MARK.fills,
  ['model fill vs contacted fill', '.fill-model', 'fill', ['.fill-contacted, .area-contacted', 'fill'], 'graphic'],
  MARK.modelDots,
  MARK.hatching,
  ['symbol outlines vs their halo', '.symbol-body', 'stroke', ['.symbol-halo', 'stroke'], 'graphic'],
  MARK.hollowSymbols,
  MARK.kreisBorders,
  MARK.kreisBordersOnHalo,
  MARK.kreisHaloOnFills,
  ['state border vs land', '.border-state', 'stroke', ['.municipality', 'fill'], 'graphic'],
  ['state border vs map background', '.border-state', 'stroke', null, 'graphic'],
  ...OUTLINES,
  [
    'symbol fills vs their outline',
    '.symbol:not(.hollow) .symbol-body',
    'fill',
    ['.symbol:not(.hollow) .symbol-body', 'stroke'],
    'decoration',
    'the shape tells the layer and the outline on its halo draws it; the hue only repeats it',
  ],
  [
    'Gemeinde borders vs land',
    '.border-municipality',
    'stroke',
    ['.municipality', 'fill'],
    'decoration',
    'between unfilled Gemeinden; every place is found by search, table and keyboard, and its outline shows on focus',
  ],
  [
    'Gemeinde borders vs fills',
    '.border-municipality',
    'stroke',
    ['.fill-contacted, .area-contacted, .fill-model', 'fill'],
    'decoration',
    'a fill tells its status without them',
  ],
];

/** Why the chart's grid is not required in normal colours. */
const GRID_REASON = 'every value is labelled (tooltip, line-end labels, table); the grid only guides the eye';

/** The counters on the CMS page in normal colours, at their final values: every text they show. */
async function counterContrasts() {
  // Reduced motion: the final figures from the first frame, so the measured text is the text that stays.
  const { page, context, record } = await contrastPage({ forcedColors: 'none', colorScheme: 'light', reducedMotion: 'reduce' });
  const groups = [
    ['figure', '.figure'],
    ['label', '.label'],
    ['delta', '.delta'],
    ['Stand', '.date'],
  ];
  const states = [];
  for (const counter of await page.locator('asskomm-milestone-counter').all()) {
    states.push(await counter.evaluate(measureTextsAndMarks, { groups, marks: [] }));
  }
  assertCleanPage(record, session.server.origin);
  await context.close();
  return { groups, texts: lowestOverStates(states).texts };
}

// The widgets have no dark scheme of their own (no prefers-color-scheme rule): normal colours are light only.
test('in normal colours, every text of map, chart and counter is at 4.5:1 and every mark that carries meaning at 3:1', async () => {
  const media = { forcedColors: 'none', colorScheme: 'light' };
  const map = await mapContrasts(media, MAP_MARKS_NORMAL);
  const chart = await chartContrasts(media);
  const counter = await counterContrasts();
  const colours = (row) => [...row.colours].join(', ');
  const table = ['| element | ratio | colours |', '|---|---|---|'];
  const failures = [];
  const check = (label, row, needed) => {
    if (row?.count && !(row.lowest >= needed)) failures.push(`${label} ${ratioCell(row)} < ${needed}:1 (${colours(row)})`);
  };
  for (const [group, row] of map.texts) {
    table.push(`| map: ${group} (text) | ${ratioCell(row)} | ${colours(row)} |`);
    check(`map: ${group} "${row.weakest}"`, row, 4.5);
  }
  for (const [name, , , , kind, reason] of MAP_MARKS_NORMAL) {
    const row = map.marks.get(name);
    const against = row?.behind.length ? ` against ${row.behind.join(', ')}` : '';
    const label = { decoration: ` (not required: ${reason})`, finding: ` (finding, not asserted: ${reason})` }[kind] ?? '';
    table.push(`| map: ${name}${label} | ${ratioCell(row)} | ${colours(row ?? { colours: [] })}${against} |`);
    assert.ok(row?.count, `map: ${name} measured`);
    if (kind === 'graphic') check(`map: ${name}`, row, 3);
  }
  for (const row of chart.rows) {
    const needed = { text: 4.5, graphic: 3 }[row.kind];
    const label = row.kind === 'decoration' ? ` (not required: ${GRID_REASON})` : row.kind === 'text' ? ' (text)' : '';
    table.push(`| chart: ${row.name}${label} | ${ratioCell(row)} | ${colours(row)} |`);
    if (needed) check(`chart: ${row.name}`, row, needed);
  }
  for (const name of ['axis labels', 'event labels', '"geplant" labels', 'series lines', 'markers', 'crosshair', 'tooltip text']) {
    assert.ok(chart.rows.find((row) => row.name === name).count > 0, `chart: ${name} measured`);
  }
  for (const [group, row] of counter.texts) {
    table.push(`| counter: ${group} (text) | ${ratioCell(row)} | ${colours(row)} |`);
    check(`counter: ${group} "${row.weakest}"`, row, 4.5);
  }
  for (const [group] of counter.groups) assert.ok(counter.texts.get(group)?.count, `counter: ${group} measured`);
  for (const [group] of MAP_TEXT_GROUPS) assert.ok(map.texts.get(group)?.count, `map: ${group} measured`);
  console.log(`Contrast in normal colours (lowest of each element; colours as computed):\n${table.join('\n')}`);
  assert.deepEqual(failures, [], 'texts below 4.5:1 or marks below 3:1 in normal colours');
});
