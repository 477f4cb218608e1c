#!/usr/bin/env node
// What a page downloads, in bytes: minified, gzip -9 and brotli 11, read from the built dist/.
//
//   node scripts/size.mjs            prints the table
//   node scripts/size.mjs --check    also checks the budgets; exits 1 and says which failed
//   node scripts/size.mjs --json     prints the report as JSON (used by `npm run bench`)
//   node scripts/size.mjs --dist DIR reads another build
//
// A page is the script-tag entry plus what it loads: its static imports, the lazy chunk of
// each widget on the page (the entry's dynamic `import()`s) with their static imports, and the
// files those chunks reference with `new URL('./file', import.meta.url)` (the geometry).
// The graph is read from the built ESM itself, so it follows whatever rollup decides to split.
// Sizes are bytes (1 kB = 1,000 B); every file is compressed on its own, as it is sent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { WIDGETS } from '../src/widgets/registry.js';

export const ENTRY = 'asskomm-widgets.js';

/** The pages we promise sizes for: all widgets, and each widget of the registry alone; `lazy` names the chunks the entry loads for them. */
export const PAGES = [
  { id: 'all', label: 'all widgets (script tag)', lazy: 'all' },
  ...WIDGETS.map(({ id, name }) => ({ id, label: `${id} only`, lazy: [`${name}.js`] })),
];

/** Data files reported on their own rows. */
export const DATA_FILES = [
  { id: 'geometry', label: 'geometry (sachsen.topo.json)', file: 'sachsen.topo.json' },
  { id: 'feed', label: 'default feed (asskomm.json)', file: 'asskomm.json' },
];

/** Budgets checked by `--check` (CI regression guard; the targets are lower). */
// All widgets: issue 7's guard of 60 kB (59.1 kB on 2026-11-22, English chunk included).
// Counter only: 18.6 kB on 2026-11-22; issue 7's guard of 12 kB is below what Lit (6.0 kB for
// an empty element) plus the counter, its feed checks and states weigh; lower it as bytes go.
// Raised in November 2026 from 60,000 / 19,000 B: one date and figure rule for all widgets (feed/when.ts,
// feed/figures.ts) and the map's official figures (it now validates the indicators) cost 3.3 / 0.9 kB.
// Raised again on 2026-11-29 from 63,000 / 20,000 B (issue 12, never a blank box): the loader that
// finds widgets in shadow roots and shows a German message with a retry when a chunk fails (+0.8 kB on
// every page), Lit's Trusted Types fallback, the feed limits, meta checked field by field, skipped
// records named in hints, bounded attributes and the error boundary: 66.3 / 22.6 kB. Issue 17 cuts bytes.
// Raised on 2026-11-29 from 67,000 / 23,000 B (issue 13, engineering base): the English texts through a
// controller like every async input, one warning module, one fetchJson, design tokens declared on :host from
// one table, typed options and memoised derivations per widget, the registry's reserved space: +1.0 / +0.6 kB,
// to 67.3 / 23.4 kB.
// Raised on 2026-11-29 from 67,500 / 23,500 B (issue 14, accessibility): the chart's keyboard between series,
// hoverable and dismissable tooltips on map and chart, text that follows the reader's font size, forced-colours
// styles, heading levels, skip links, the search over Kreis entries: +3.1 / +0.3 kB, to 70.4 / 23.7 kB; then
// the CSV/JSON download of what map and chart show and the map's visible table: +1.2 kB, to 71.6 kB; then
// „So lesen Sie …“ for map and chart (German and English sentences, mostly text, and their builders): +3.0 kB
// (measured +2,995 B on one base: chart page +1.5 kB, map page +0.8 kB, English chunk +0.8 kB), guard to 74.7 kB;
// then sortable tables for map and chart (+1.1 kB), the review's fixes (one Escape controller, the tooltip
// bridge shared by map and chart, the map tooltip kept inside its frame, the chart re-reading the page's text
// size: +0.6 kB), the Kreis halo in forced colours and the visible skip target (+0.1 kB): 76.7 kB, guard 76.8 kB.
// Then `heading` and `heading-level` on the counter too, as the issue asks of every widget: +0.3 kB on the counter
// page (the shared heading module moves into the chunk all three load), +0.16 kB all widgets: 76.8 / 24.1 kB,
// guards 76.9 / 24.1 kB. Issue 17 takes the bytes down (target 50 / 15 kB).
// Raised on 2026-11-29 from 76,900 / 24,100 B (issue 15, linked widgets by `group`): the date groups' shared
// registry and their controller in the base element, on every page (+0.55 kB, the counter's whole growth), and the
// chart's preview, pin, crosshair following and „Zurück zu heute“ (+0.4 kB), the chart's help sentence on Enter
// and click in a group, German and English (+0.1 kB): measured 76,789 → 77,885 B all widgets, 24,054 → 24,648 B
// counter page; guards 77.9 / 24.69 kB.
// Raised from 77,900 B (issue 15, the map's `timeline`): timeline stops and navigation, the slider's template and
// styles, its play and rest timers, German and English texts (+2.5 kB, map only 50,471 → 52,884 B): measured
// 77,885 → 80,372 B all widgets, counter page unchanged; guard 80.4 kB.
// Then a counter in a group on a date before its first figure says so („Zum 6. Februar 2019 noch kein gemeldeter
// Wert.“) instead of the editor's fallback text, today's figures (+87 / +91 B): 80,459 / 24,739 B; guards 80.49 /
// 24.78 kB.
// Then the timeline's year labels spaced so they never overlap (a year too close to the one before is left out):
// +65 B, 80,524 B all widgets; guard 80.555 kB.
// Then the map's `url-state` (the view in the page address): reading and writing `#asskomm=…`, its console
// hints in German and English, the map's controller for it, the timeline telling when its slider rests
// (+1.6 kB, map pages only): 80,466 → 82,085 B all widgets, counter page unchanged; guard 82.15 kB.
// Then the timeline's keys in the map's keyboard help while it is shown, German and English (+150 B):
// 82,085 → 82,235 B all widgets; guard 82.24 kB.
// Then the chart's review fixes in a group (the date in force instead of the nearest, the crosshair back on a
// pinned date after blur, „Zurück zu heute“ confirmed in the status region, German and English; the counter's
// text for an unknown metric): +55 B measured on HEAD with and without them (82,282 → 82,337 B); guard +55 B.
// Lowered by issue 17 (bytes, table in bench/README.md): Lit's templates minified at build time (whitespace of
// html/svg/css, lightningcss on the styles): 82,360 → 80,186 B all widgets, 24,753 → 24,488 B counter page; guards
// at the measured bytes + 40 B.
// Then `url-state` on every widget (issue 15: a group without a map shares its date by link; a link's date pins the
// group on connecting instead of once the map is drawn): the address reader and writer and their controller moved
// from the map into the base element, so the counter page carries them (+1,246 B: 24,488 → 25,734 B); all widgets
// 80,186 → 80,758 B (+572 B, of it the console hints for a wrong address as a file of their own, loaded only then).
// Measured on c9dfdfb with and without the change; guards at the measured bytes + 40 B.
// Then issue 16 (German words broken mid-word without a hyphen): a hyphen at the joints of long compounds in
// headings and counter labels (`format/hyphenate.ts`, `element/hyphenated.ts`, the `.joint` rule), for browsers
// without a German dictionary: +183 / +188 B measured on c9dfdfb without/with it (80,186 → 80,369 B all widgets,
// 24,488 → 24,676 B counter page); guards +183 / +188 B.
// Then `url-state` follows a link within the page (`<a href="#asskomm=datum:2020">` in an article, `hashchange`):
// +101 / +95 B measured on adc9464 without/with it (80,979 → 81,080 B all widgets, 25,924 → 26,019 B counter page);
// guards at the measured bytes + 40 B.
// Then (issue 17) our own ResourceController instead of one around @lit/task (half its bytes, on every page):
// 81,080 → 80,557 B all widgets, 26,019 → 25,501 B counter page, measured on 343cb3b; guards at the bytes + 40 B.
// Then (issue 17) `url-state` split: every widget keeps only the date reader (`url-fragment.ts`); the rest (layers,
// place, writing, links within the page) is a chunk loaded only where `url-state` is set. Counter page 25,501 →
// 24,997 B (-504). All widgets 80,583 → 81,263 B (+680): this figure sums every file the entry can load, each
// compressed alone, and the moved code compresses worse in a file of its own; a page without `url-state` loads
// about 0.5 kB less than before (map page -479 B, chart page -503 B). Measured on fd5908d without/with it; guards at the bytes + 40 B.
// Then issue 16 (the map on a phone): the details of a Gemeinde beside the map or as a sheet at the bottom of the
// screen, scrolling on their own with their buttons stuck in view, and the narrow map's legend as one disclosure
// button („Legende (8 Ebenen)“, German and English): +500 B, map page only (map 52,743 → 53,208 B), measured on
// 07c2d4c without/with it (81,263 → 81,763 B all widgets, counter page unchanged); all-widgets guard +500 B.
// Then issue 16 (symbols never overlap): the map's symbol layout (`geo/symbol-layout.ts`: side by side, a spiral
// search for the nearest free spot, leader lines) and symbols that hover and click for their Gemeinde; map pages
// only (d3-force's forceSimulation + forceCollide alone are ~4.6 kB): +762 B, map 53,208 → 53,970 B, measured on
// d70946b without/with it (81,763 → 82,525 B all widgets, counter page unchanged); all-widgets guard +762 B.
// Then Tab out of the phone's details sheet closes it (it would cover the next control, WCAG 2.4.11): +91 B
// measured on 0dc423c without/with it (81,763 → 81,854 B); all-widgets guard +91 B.
// Then the template minifier keeps one space where the templates have whitespace (`conservativeCollapse`): dropped,
// the counter read „rund20“ (review of issue 17). +67 / +12 B; all widgets 82,614 → 82,681 B on 2b1da03; guard at
// the bytes + 40 B.
// Then issue 19's data form (`<div data-asskomm="status-map" data-src=…>` upgraded into the widget): the loader
// looks for the attribute on every page (+165 B on each page) and loads the form's code (`loader/data-form.ts`, a
// chunk of its own) only where it is used; all widgets 82,681 → 83,585 B (+904, the chunk counted alone), counter
// page 25,008 → 25,173 B, measured on 095c1c6 without/with it; guards at the bytes + 40 B.
// Then the phone's details sheet scrolls the page once where it would cover the chosen place (issue 16): +117 B,
// map page only, measured on ba193e0's map code without/with it (82,621 → 82,738 B); all-widgets guard +117 B.
// Then the review fixes of `url-state`: one group per page holds the address (a second one gets a visible hint
// instead of overwriting its date), a widget moved in the page shows the link's date again, a followed link with a
// wrong date keeps the date, a link to the page's own anchor keeps the view in the address: +450 / +306 B measured
// on c70d10d without/with them (83,710 → 84,160 B all widgets, 25,173 → 25,479 B counter page); guards + 40 B.
// Then issue 16 (CLS): the map's reserved space before its code runs follows the placeholder in one column and in
// two (a min()/max() formula in the registry's `space`, shipped in the entry): +47 / +47 B measured on f154e54
// without/with it (84,144 → 84,191 B all widgets, 25,479 → 25,526 B counter page); guards at the bytes + 40 B.
// Then issue 16 (place names): the map names the Kreise at the default zoom where they fit, and zoomed in the
// Gemeinden that fit, always the chosen one and its neighbours (`geo/place-labels.ts`, a greedy layout around the
// symbols, and a text layer with a halo): +875 B, map pages only, measured on 30ba606 without/with it (84,191 →
// 85,066 B all widgets, counter page unchanged); all-widgets guard at the bytes + 40 B.
// Then issue 17 (chart speed): the crosshair in an SVG of its own over the drawing (a step no longer repaints every
// marker) and dates looked up by bisection (`pointsOn`/`pointOn` in chart/value-at.ts): +136 B, chart pages only,
// measured on 07c2d4c without/with it (81,251 → 81,387 B all widgets, counter page unchanged); all-widgets guard +136 B.
// Then each chart marker drawn at its place (`markerPathAt`) instead of moved by a `transform` (a paint chunk per
// marker, layerized in every frame): +94 B, chart pages only (81,387 → 81,481 B on 07c2d4c); all-widgets guard +94 B.
// Then the data form's review fixes (only the widgets' documented attributes are copied, a changed name replaces
// the widget): +139 B in the form's own chunk, measured on de3c9dc without/with them (85,302 → 85,441 B all
// widgets, counter page unchanged); all-widgets guard at the bytes + 40 B.
// Then this stop's issues 16, 17 and 19, measured by each change's author without/with it (all widgets / counter
// page): the CMS-damage diagnosis of an inline feed (`feed/cms-damage.ts` with its German words in
// `i18n/cms-damage-hint.ts`, one chunk loaded only after a failed parse) ~+1,380 / +180 B, and the data form made
// anew when a preview rewrites its holder +46 / 0; the map's place names (all-or-none Kreis rule, only names in view,
// layout once per frame and per change), leader-line halo and the styles split +443 / 0; the placeholder keeping the
// timeline's and credits' heights +80 / 0; the reserved space holding heading and timeline (nested rules in the
// entry's `space`) +178 / +178; the summary for screen readers and the legend's note on its two counts +69 / −4; the
// chart's dense-series markers and its data table after the first paint +493 / 0. On 93cf492: 85,441 → 88,193 B all
// widgets, 25,526 → 25,900 B counter page (chunking moves the sum by ~100 B); guards at the bytes + 40 B.
// Then the review fixes: a dense series' qualified and disputed markers thinned to one of each kind per marker
// width, its last marker kept, the chart's whenReady() building its table at once (+139 B, chart pages, measured on
// d930e93 without/with them), and the map's reserved space as flat rules (+5 / +9 B). On 9b18400: 88,345 B all
// widgets, 25,910 B counter page; guards at the bytes + 40 B.
// Then the chart's „So lesen …“ naming series drawn without markers (+135 / +4 B) and the map's place names in an
// SVG layer of their own, so a hover repaints no name (+21 / 0 B), measured on d1c3437 → d8d5354 (88,501 / 25,914 B).
// Then (issue 17) the symbol layout's placed blocks in buckets (+177 B, map pages) and the map's symbols, names and
// table built after the first paint (+53 B; rollup moved `after-first-paint.ts` into a chunk the chart and map share):
// 88,501 → 88,731 B all widgets, counter page 25,911 B, measured on f79f18d without/with the deferral; guards + 40 B.
// Then (issue 17) label points and bounds worked out when first read, not for every shape before the first paint:
// +63 B, map pages only (88,731 → 88,794 B, measured on bc98340 without/with it); all-widgets guard + 40 B.
// Then the map's keyboard order, search entries and timeline stops worked out when first read (+22 B: 88,794 →
// 88,816 B on 699ba1c without/with it); all-widgets guard + 40 B.
// Then the symbol layout on an over-full map (all of Germany: 807 → 44 ms in Chromium; a block with no room stays on
// its point) +320 B, and the review's fixes of the map's first paint +51 B (map pages only): 88,816 → 89,187 B all
// widgets on eb6ab1e, counter page unchanged; all-widgets guard + 40 B.
// Then (issue 17) the feed checks' fast path for plainly valid indicator points (valibot still checks the rest and
// says what is wrong), remembered `endOf`, `isPartialDate` without a Date: +326 / +319 B on every page that reads
// indicators, measured on ffb6ad2 → e51b608 (89,187 → 89,513 B all widgets, 25,911 → 26,230 B counter page). It buys
// the chart's 10 × 1,000 render: 351–434 → 253–275 ms work median in 4 alternating rounds (bench/chart-compare.mjs,
// load 3–6), i.e. under issue 17's 300 ms. Guards at the bytes + 40 B.
// Then (issue 17) a shape as an object literal (−38 B, 89,475 B on a3f086b), and the map's path data written straight
// from the topology's arcs, each arc once, without topojson's features, meshes and stitching (`geo/arc-paths.ts`):
// −114 B, map pages only (89,475 → 89,361 B on a3f086b without/with it); all-widgets guard at the bytes + 40 B.
// Then the review's fixes of it (a broken transform or a non-integer arc index refused when the file is read, long
// arcs without a spread, Kreise and state that are no collections skipped): +63 B, map pages only (89,361 → 89,424 B
// on 76e72d0 without/with them); all-widgets guard at the bytes + 40 B.
// Then (issue 17) the fast path of plainly valid place heads and statuses (`feed/plain-place.ts`, valibot still checks
// the rest): +478 / +15 B (89,424 → 89,902 B, 26,230 → 26,245 B on 5943672 → 893e585); the map's layers filled as one
// path each: +13 B. Then whole numbers and full dates written without Intl, whose first object costs a fresh page
// 30–55 ms of ICU data before the first paint, and the collators made on first use (month names in German and
// English, the grouping and signs, tested against Intl): +288 / +262 B (89,915 → 90,203 B, 26,245 → 26,507 B on
// 77ebd29 without/with it). Guards at the bytes + 40 B.
// Then an ASCII e-mail address checked by an ASCII pattern (the Unicode one costs a fresh page 1–5 ms to build, in
// the feed check before the map's first paint): +62 B, map pages only (90,203 → 90,265 B); all-widgets guard + 62 B.
// Then the Gemeinden's option paths made with DOM calls by a directive (`status-map/option-paths.ts`) instead of a Lit
// template each: +235 B, map pages only (90,278 → 90,513 B on a824b67 without/with it). It buys the cold render,
// paired over 10 alternating runs, twice: Saxony 0.96× / 0.90×, 4 Länder 0.93× / 0.87×, Germany 0.88× / 0.94×.
// All-widgets guard at the bytes + 40 B.
// Then the arcs' coordinates written from whole numbers and the meshes' arcs found by index instead of in Maps
// (`geo/arc-paths.ts`; same path text, compared on the Saxony, 4-Länder and Germany topologies): +72 B, map pages only
// (90,530 → 90,602 B on d374263 without/with it). In Node, Germany's three meshes 47 → 26 ms each (cold, median of 4)
// and its whole geometry 227 → 197 ms (median of 7). All-widgets guard at the bytes + 40 B.
// Then the loading map and the finished one drawn by one layout template (`status-map/view.ts`), so that the search
// field, the legend and the boxes around them are updated in place when the data arrive: +80 B, map pages only
// (90,614 → 90,694 B on d7ad849 without/with it). Cold render paired against d7ad849: Saxony 0.93× (24 runs),
// 0.95× and 1.08× (12 and 10 runs, the second at load 4.3); 4 Länder 0.90× / 0.96×; Germany 0.93×.
// All-widgets guard at the bytes + 40 B.
// Then the map's symbols and leader lines written at their place instead of under a transform each (every transformed
// SVG element is a paint property node of its own in Chromium; thousands made Germany's hovers layerize and hit-test
// them all): +148 B, map pages only (90,694 → 90,842 B on 6782d5f without/with it). Germany hover 16.2 → 11.5 ms
// (median of 4 alternating pages × 20 hovers); traced, layerization per hover 6.2–6.9 → 3.6 ms. Guard + 40 B.
// Then the map's legend, credits and table buttons behind `guard` (a hover re-rendered them): +46 B (90,842 → 90,888 B
// on 589a654 without/with it); script per Saxony hover 1.28 / 1.34 → 1.03 / 1.11 ms (CPU profile over 30 hovers, two
// pairs). Guard + 40 B.
// Then the chart's short month names written by hand (+16 B), and its layout deciding on direct labels before it
// builds the series' shapes (+27 B): 90,888 → 90,931 B on 084a50b → 010f96d. Guard + 40 B.
// Then the review's mends (one markerOf in the chart's layout, an arc position that is no list refused again, the
// axis's short month name from date.ts's table instead of cut from the month-and-year text): 90,949 → 90,972 B all
// widgets, 26,533 → 26,548 B counter page. Guards at the bytes + 40 B.
// Then labelPoint reading positions by index (+14 B), and d3-shape's curve factories marked pure in the build
// (`pureD3ShapeFactories` in rollup.config.js): the chart's unused curves drop out, 90,986 → 89,935 B all widgets
// (chart page 47,399 → 46,348 B). Lowered to the bytes + 40 B.
// Then the map's table in an idle period of its own after symbols and names (a second AfterFirstPaint): +38 B,
// 89,935 → 89,973 B, map pages only. Guard + 40 B.
export const BUDGETS = { allGzip: 90_013, counterGzip: 26_588 };

function visit(node, fn) {
  if (!node || typeof node.type !== 'string') return;
  fn(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => visit(child, fn));
    else if (value && typeof value === 'object') visit(value, fn);
  }
}

const isImportMetaUrl = (node) =>
  node?.type === 'MemberExpression' && node.object?.type === 'MetaProperty' && node.property?.name === 'url';

/**
 * The relative specifiers one ESM file uses: static imports and re-exports, literal dynamic
 * imports, and assets named by `new URL('literal', import.meta.url)`.
 */
export function dependenciesOf(code) {
  const deps = { static: new Set(), dynamic: new Set(), assets: new Set() };
  visit(parseAst(code), (node) => {
    const source = node.source?.type === 'Literal' ? node.source.value : undefined;
    if (['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration'].includes(node.type) && source) deps.static.add(source);
    if (node.type === 'ImportExpression') {
      // A computed import() would hide a download from this report: refuse rather than undercount.
      if (typeof source !== 'string') throw new Error('dynamic import() with a computed specifier');
      deps.dynamic.add(source);
    }
    if (
      node.type === 'NewExpression' &&
      node.callee?.name === 'URL' &&
      isImportMetaUrl(node.arguments[1]) &&
      node.arguments[0]?.type === 'Literal'
    ) {
      deps.assets.add(node.arguments[0].value);
    }
  });
  return { static: [...deps.static], dynamic: [...deps.dynamic], assets: [...deps.assets] };
}

/** Reads every built ESM file of `dir` once and resolves its specifiers to file names in `dir`. */
export function readGraph(dir) {
  const graph = new Map();
  const load = (file) => {
    if (graph.has(file)) return graph.get(file);
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${file} is imported but not in ${dir}`);
    const deps = dependenciesOf(readFileSync(path, 'utf8'));
    const local = (specifier) => {
      if (!specifier.startsWith('./') && !specifier.startsWith('../'))
        throw new Error(`${file}: import of "${specifier}" would leave dist/`);
      return posix.normalize(posix.join(posix.dirname(file), specifier));
    };
    const node = { static: deps.static.map(local), dynamic: deps.dynamic.map(local), assets: deps.assets.map(local) };
    graph.set(file, node);
    [...node.static, ...node.dynamic].forEach(load);
    return node;
  };
  load(ENTRY);
  return graph;
}

/** The JS files and assets a page fetches when it starts from `roots`; `followDynamic` for "everything". */
export function closure(graph, roots, followDynamic = false) {
  const files = new Set();
  const assets = new Set();
  const walk = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const node = graph.get(file);
    node.assets.forEach((asset) => assets.add(asset));
    node.static.forEach(walk);
    if (followDynamic) node.dynamic.forEach(walk);
  };
  roots.forEach(walk);
  return { files: [...files].sort(), assets: [...assets].sort() };
}

/** Bytes of a list of files, each compressed on its own (as a server sends them). */
export function measure(dir, files) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const raw = readFileSync(join(dir, file));
    total.min += raw.length;
    total.gzip += zlib.gzipSync(raw, { level: 9 }).length;
    total.brotli += zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }).length;
  }
  return total;
}

/** The whole report: one row per page and data file, plus the budget findings. */
export function sizeReport(dir) {
  if (!existsSync(join(dir, ENTRY))) throw new Error(`${join(dir, ENTRY)} is missing: run npm run build first`);
  const graph = readGraph(dir);
  const lazyChunks = graph.get(ENTRY).dynamic;
  const rows = [];
  for (const page of PAGES) {
    const missing = page.lazy === 'all' ? [] : page.lazy.filter((file) => !lazyChunks.includes(file));
    if (missing.length) {
      rows.push({ id: page.id, label: page.label, missing: `${ENTRY} does not lazy-load ${missing.join(', ')}` });
      continue;
    }
    const { files, assets } = page.lazy === 'all' ? closure(graph, [ENTRY], true) : closure(graph, [ENTRY, ...page.lazy]);
    // A widget that fetches assets (the map: its geometry) gets a second row with them.
    const withAssetsRow = page.lazy !== 'all' && assets.length > 0;
    rows.push({ id: page.id, label: withAssetsRow ? `${page.label} (JS)` : page.label, files, assets, ...measure(dir, files) });
    if (withAssetsRow) {
      const withAssets = [...files, ...assets];
      const what = assets.map((asset) => DATA_FILES.find((data) => data.file === asset)?.id ?? asset).join('+');
      rows.push({ id: `${page.id}+${what}`, label: `${page.label} + ${what}`, files: withAssets, assets, ...measure(dir, withAssets) });
    }
  }
  for (const data of DATA_FILES) {
    if (existsSync(join(dir, data.file)))
      rows.push({ id: data.id, label: data.label, files: [data.file], assets: [], ...measure(dir, [data.file]) });
    else rows.push({ id: data.id, label: data.label, missing: `${data.file} not in the build` });
  }
  return { dir, rows, failures: checkBudgets(rows) };
}

/** Budget findings in words; empty when every budget holds. */
export function checkBudgets(rows) {
  const row = (id) => rows.find((r) => r.id === id);
  const failures = [];
  const all = row('all');
  const counter = row('counter');
  if (!all || all.missing) failures.push(`all-widgets bundle not measurable: ${all?.missing ?? 'no row'}`);
  else if (all.gzip > BUDGETS.allGzip) failures.push(`all-widgets bundle ${fmt(all.gzip)} B gzip > budget ${fmt(BUDGETS.allGzip)} B`);
  if (!counter || counter.missing) failures.push(`counter-only page not measurable: ${counter?.missing ?? 'no row'}`);
  else {
    if (counter.gzip > BUDGETS.counterGzip)
      failures.push(`counter-only page ${fmt(counter.gzip)} B gzip > budget ${fmt(BUDGETS.counterGzip)} B`);
    if (counter.assets.length) failures.push(`counter-only page downloads ${counter.assets.join(', ')} (no geometry allowed)`);
  }
  // Every widget of the registry is loaded lazily by the entry (a widget missing from its loaders shows here).
  for (const { id } of WIDGETS) {
    if (id !== 'counter' && row(id)?.missing) failures.push(`${id}-only page not measurable: ${row(id).missing}`);
  }
  return failures;
}

export const fmt = (n) => n.toLocaleString('en-US');

/** The report as a plain-text table. */
export function formatTable(report) {
  const lines = [
    `${'what'.padEnd(30)} ${'files'.padStart(5)} ${'min B'.padStart(10)} ${'gzip -9 B'.padStart(10)} ${'brotli B'.padStart(10)}`,
  ];
  for (const r of report.rows) {
    if (r.missing) lines.push(`${r.label.padEnd(30)} ${r.missing}`);
    else
      lines.push(
        `${r.label.padEnd(30)} ${String(r.files.length).padStart(5)} ${fmt(r.min).padStart(10)} ${fmt(r.gzip).padStart(10)} ${fmt(r.brotli).padStart(10)}`,
      );
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distArg = args.indexOf('--dist');
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const dir = distArg >= 0 ? resolve(args[distArg + 1]) : join(root, 'dist');
  let report;
  try {
    report = sizeReport(dir);
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(1);
  }
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(`${formatTable(report)}\n(read from ${relative(process.cwd(), dir) || '.'}; each file compressed on its own)`);
  if (args.includes('--check')) {
    for (const failure of report.failures) console.error(`size budget FAILED: ${failure}`);
    if (report.failures.length) process.exit(1);
    console.log(
      `size budgets ok: all widgets ≤ ${fmt(BUDGETS.allGzip)} B gzip, counter only ≤ ${fmt(BUDGETS.counterGzip)} B gzip without geometry`,
    );
  }
}
