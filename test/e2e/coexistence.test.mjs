// The script-tag loader on hostile but ordinary pages, against the built dist/: other Lit
// components and a second copy of the library under strict CSP + Trusted Types (with and without
// 'allow-duplicates'), widget code that fails to download (404 during a deploy, offline), and
// widgets that sit only in shadow roots. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, watchedPage } from './lib/browser.mjs';
import { installDeepReader, waitForDeepWidgets } from './lib/deep-widgets.mjs';
import { DIST, startFaultServer, strictCsp } from './lib/fault-server.mjs';
import { requireBuild, ROOT } from './lib/widgets.mjs';

const NEEDED = "trusted-types lit-html asskomm-widgets 'allow-duplicates'";
const CSP = {
  star: strictCsp('trusted-types *'),
  starDuplicates: strictCsp("trusted-types * 'allow-duplicates'"),
  readme: strictCsp(`trusted-types lit-html asskomm-widgets`),
  litOnly: strictCsp('trusted-types lit-html'),
};
const FEED = '/dist/asskomm.json';
const WIDGETS = `
  <asskomm-milestone-counter id="counter" src="${FEED}" metric="advised">134 Kommunen beraten</asskomm-milestone-counter>
  <asskomm-progress-chart id="chart" src="${FEED}"></asskomm-progress-chart>
  <asskomm-status-map id="map" src="${FEED}"></asskomm-status-map>`;

let server;
let chromium;

before(async () => {
  requireBuild();
  server = await startFaultServer();
  chromium = await launch();
  // Another Lit-based component on the page: it creates the policy "lit-html" first.
  server.script('/page/other-lit.js', "window.otherLit = trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });\n");
});

after(async () => {
  await chromium?.close();
  await server?.stop();
});

/** A page with `scripts` (classic, or `module:` for module scripts) in its head and `body`. */
function html(scripts, body) {
  const tags = scripts.map((src) =>
    src.startsWith('module:') ? `<script type="module" src="${src.slice(7)}"></script>` : `<script src="${src}"></script>`,
  );
  return `<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><title>Koexistenz</title><link rel="icon" href="data:,">\n${tags.join('\n')}\n</head>\n<body>${body}</body>\n</html>\n`;
}

/** Opens `path` (registered with `csp`) in a fresh page that can read widgets in shadow roots. */
async function open(path, document, csp) {
  server.page(path, document, csp);
  const watched = await watchedPage(chromium.browser, { reducedMotion: 'reduce' });
  await installDeepReader(watched.page);
  await watched.page.goto(`${server.origin}${path}`);
  return watched;
}

/** CSP violations other than trying a policy name the page's CSP refuses. */
const unexpectedViolations = (record) =>
  record.violations.filter(
    (violation) => !(violation.directive === 'trusted-types' && ['lit-html', 'asskomm-widgets'].includes(violation.sample)),
  );

test("the build routes Lit's Trusted Types policy through our fallback and refuses Lit code it does not recognise", async () => {
  const built = readdirSync(DIST).filter((file) => file.endsWith('.js'));
  const withPolicy = built.filter((file) => readFileSync(join(DIST, file), 'utf8').includes('createPolicy'));
  assert.ok(withPolicy.length > 0, 'Lit ist im Build');
  for (const file of withPolicy) {
    const code = readFileSync(join(DIST, file), 'utf8');
    assert.ok(!/createPolicy\(\s*["']lit-html["']/.test(code), `${file}: Lits eigener Aufruf ist ersetzt`);
    assert.match(code, /AsskommTrustedTypesError/, `${file}: die Ersatzfunktion ist dabei`);
  }

  const { default: config } = await import(join(ROOT, 'rollup.config.js'));
  const plugin = config.plugins.find((candidate) => candidate.name === 'lit-trusted-types-policy');
  const context = {
    error: (message) => {
      throw new Error(message);
    },
  };
  const litFile = join(ROOT, 'node_modules/lit-html/lit-html.js');
  plugin.buildStart();
  const patched = plugin.transform.call(context, readFileSync(litFile, 'utf8'), litFile);
  assert.match(patched.code, /__asskommLitPolicy\(\w+,\{createHTML/);
  for (const changed of ['e=s?s.createPolicy("lit",{createHTML:t=>t}):void 0', 'a.createPolicy("lit-html",{});b.createPolicy("x",{})']) {
    assert.throws(() => plugin.transform.call(context, changed, litFile), /adapt litTrustedTypesPolicy/);
  }
  plugin.buildStart();
  assert.throws(() => plugin.buildEnd.call(context), /was not found/, 'ein Build ohne ersetzten Aufruf schlägt fehl');
});

test('another Lit component holds "lit-html": all widgets render under Trusted Types with and without allow-duplicates', async () => {
  for (const [name, csp, violations] of [
    ['star', CSP.star, ['lit-html']],
    ['readme', CSP.readme, ['lit-html']],
    ['starDuplicates', CSP.starDuplicates, []],
  ]) {
    const { page, context, record } = await open(
      `/other-lit-${name}.html`,
      html(['/page/other-lit.js', 'module:/dist/asskomm-widgets.js'], WIDGETS),
      csp,
    );
    const widgets = await waitForDeepWidgets(page, { count: 3, state: 'data' });
    assert.deepEqual(
      widgets.map((widget) => [widget.id, widget.data, widget.errors]),
      [
        ['counter', true, []],
        ['chart', true, []],
        ['map', true, []],
      ],
      name,
    );
    assert.deepEqual(record.pageErrors, [], `${name}: nicht abgefangene Ausnahmen`);
    assert.deepEqual(
      record.violations.map((violation) => violation.sample),
      violations,
      `${name}: nur der Versuch mit dem belegten Namen`,
    );
    assert.ok(await page.evaluate(() => !!window.otherLit), `${name}: die andere Komponente behält ihre Policy`);
    await context.close();
  }
});

test('two copies of the library beside another Lit component both work, with and without allow-duplicates', async () => {
  const scripts = ['/page/other-lit.js', 'module:/dist/asskomm-widgets.js', 'module:/dist2/asskomm-widgets.js'];
  for (const [name, csp] of Object.entries({ star: CSP.star, starDuplicates: CSP.starDuplicates, readme: CSP.readme })) {
    const { page, context, record } = await open(`/two-copies-${name}.html`, html(scripts, WIDGETS), csp);
    const widgets = await waitForDeepWidgets(page, { count: 3, state: 'data' });
    assert.ok(
      widgets.every((widget) => widget.data && widget.errors.length === 0),
      name,
    );
    assert.deepEqual(record.pageErrors, [], `${name}: nicht abgefangene Ausnahmen`);
    assert.deepEqual(unexpectedViolations(record), [], `${name}: CSP-Verletzungen`);
    if (name === 'starDuplicates') assert.deepEqual(record.violations, [], 'mit allow-duplicates keine Verletzung');
    await context.close();
  }
});

test('a CSP that allows neither policy name: every widget, also in a shadow root, says what the CSP needs', async () => {
  const body = `${WIDGETS}\n<div><template shadowrootmode="open"><asskomm-milestone-counter id="shadow-counter" src="${FEED}" metric="kpr"></asskomm-milestone-counter></template></div>`;
  const { page, context, record } = await open(
    '/blocked.html',
    html(['/page/other-lit.js', 'module:/dist/asskomm-widgets.js'], body),
    CSP.litOnly,
  );
  const widgets = await waitForDeepWidgets(page, { count: 4, state: 'message' });
  for (const widget of widgets) {
    assert.equal(widget.defined, false, widget.id);
    assert.match(
      widget.message,
      /^Dieser Inhalt konnte nicht geladen werden\. Die Content-Security-Policy dieser Seite lässt die Widgets nicht starten\./,
      widget.id,
    );
    assert.ok(widget.message.includes(NEEDED), `${widget.id}: nennt ${NEEDED}`);
    assert.equal(widget.retry, null, `${widget.id}: kein sinnloses „Erneut versuchen“`);
    assert.ok(widget.messageHeight > 20, `${widget.id}: Meldung sichtbar`);
  }
  assert.deepEqual(record.pageErrors, [], 'nicht abgefangene Ausnahmen');
  assert.deepEqual(unexpectedViolations(record), [], 'CSP-Verletzungen');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.ok(readme.includes(NEEDED), 'das README nennt dieselbe CSP');
  await context.close();
});

test('a widget chunk that 404s shows „Erneut versuchen“ in every map, also in maps added later, and loads once fixed', async (t) => {
  server.fail('/dist/status-map.js');
  t.after(() => server.heal('/dist/status-map.js'));
  const body = `<asskomm-milestone-counter id="counter" src="${FEED}" metric="advised"></asskomm-milestone-counter>\n<main><asskomm-status-map id="map-1" src="${FEED}"></asskomm-status-map></main>`;
  const { page, context, record } = await open('/chunk-404.html', html(['module:/dist/asskomm-widgets.js'], body), CSP.readme);
  let widgets = await waitForDeepWidgets(page, { count: 2, state: 'message', byId: { counter: 'data' } });
  const map = widgets.find((widget) => widget.id === 'map-1');
  assert.equal(map.message, 'Dieser Inhalt konnte nicht geladen werden. Erneut versuchen');
  assert.equal(map.retry, 'Erneut versuchen');
  assert.ok(map.messageHeight > 40 && map.width > 300, 'die Meldung steht sichtbar im reservierten Kasten');

  // The CMS adds a second map while the file is still missing: the loader still watches and tries again.
  const before = server.requests('/dist/status-map.js');
  await page.evaluate((feed) => {
    const second = Object.assign(document.createElement('asskomm-status-map'), { id: 'map-2' });
    second.setAttribute('src', feed);
    document.querySelector('main').append(second);
  }, FEED);
  widgets = await waitForDeepWidgets(page, { count: 3, state: 'message', byId: { counter: 'data' } });
  assert.ok(server.requests('/dist/status-map.js') > before, 'ein neues Element löst einen neuen Versuch aus');

  server.heal('/dist/status-map.js');
  await page.locator('#map-1').getByRole('button', { name: 'Erneut versuchen' }).click();
  widgets = await waitForDeepWidgets(page, { count: 3, state: 'data' });
  assert.deepEqual(
    widgets.map((widget) => widget.id),
    ['counter', 'map-1', 'map-2'],
  );

  await page.evaluate((feed) => {
    const third = Object.assign(document.createElement('asskomm-status-map'), { id: 'map-3' });
    third.setAttribute('src', feed);
    document.body.append(third);
  }, FEED);
  await waitForDeepWidgets(page, { count: 4, state: 'data' });
  assert.deepEqual(record.pageErrors, [], 'nicht abgefangene Ausnahmen');
  assert.deepEqual(record.violations, [], 'CSP-Verletzungen');
  await context.close();
});

test('widgets added while offline show the message and load when the connection is back', async () => {
  const body = `<asskomm-milestone-counter id="counter" src="${FEED}" metric="advised"></asskomm-milestone-counter>`;
  const { page, context, record } = await open('/offline.html', html(['module:/dist/asskomm-widgets.js'], body), CSP.readme);
  await waitForDeepWidgets(page, { count: 1, state: 'data' });

  await context.setOffline(true);
  await page.evaluate((feed) => {
    for (const [tag, id] of [
      ['asskomm-status-map', 'map'],
      ['asskomm-progress-chart', 'chart'],
    ]) {
      const element = Object.assign(document.createElement(tag), { id });
      element.setAttribute('src', feed);
      document.body.append(element);
    }
  }, FEED);
  const widgets = await waitForDeepWidgets(page, { count: 3, state: 'message', byId: { counter: 'data' } });
  assert.ok(widgets.filter((widget) => widget.retry === 'Erneut versuchen').length === 2, 'Karte und Diagramm bieten „Erneut versuchen“');

  // Back online: the browser's "online" event retries without a click.
  await context.setOffline(false);
  await waitForDeepWidgets(page, { count: 3, state: 'data' });
  assert.deepEqual(record.pageErrors, [], 'nicht abgefangene Ausnahmen');
  assert.deepEqual(record.violations, [], 'CSP-Verletzungen');
  await context.close();
});

test('widgets only in shadow roots load: open, nested, declarative, attached on a later upgrade, and closed ones handed to watch()', async () => {
  server.script(
    '/page/shadow.js',
    `import { watch } from '/dist/asskomm-widgets.js';
const widget = (tag, id, attributes = {}) => {
  const element = Object.assign(document.createElement(tag), { id });
  for (const [name, value] of Object.entries({ src: '${FEED}', ...attributes })) element.setAttribute(name, value);
  return element;
};
// A component that renders a widget into its open shadow root; one is in the HTML (defined only
// now, after the loader's first look), one added by script.
customElements.define('x-card', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).append(widget('asskomm-milestone-counter', this.dataset.widget, { metric: 'advised' }));
  }
});
const card = document.createElement('x-card');
card.dataset.widget = 'card-counter-added';
document.body.append(card);
// Nested open roots, the inner content arriving a task later.
const outer = document.createElement('div');
document.body.append(outer);
const inner = document.createElement('section');
outer.attachShadow({ mode: 'open' }).append(inner);
const innerRoot = inner.attachShadow({ mode: 'open' });
setTimeout(() => innerRoot.append(widget('asskomm-progress-chart', 'nested-chart')));
// A closed root: only the page knows it, so it hands it to the loader.
const closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
closed.append(widget('asskomm-status-map', 'closed-map'));
window.closedRoots = [closed];
watch(closed);
`,
  );
  const body = `
<x-card data-widget="card-counter-html"></x-card>
<div><template shadowrootmode="open"><asskomm-milestone-counter id="declarative-counter" src="${FEED}" metric="kpr"></asskomm-milestone-counter></template></div>
<div id="closed-host"></div>
<font-face>a name reserved by SVG: hyphenated, but never a custom element</font-face>`;
  const { page, context, record } = await open(
    '/shadow.html',
    html(['module:/dist/asskomm-widgets.js', 'module:/page/shadow.js'], body),
    CSP.readme,
  );
  const widgets = await waitForDeepWidgets(page, { count: 5, state: 'data' });
  assert.deepEqual(widgets.map((widget) => widget.id).sort(), [
    'card-counter-added',
    'card-counter-html',
    'closed-map',
    'declarative-counter',
    'nested-chart',
  ]);
  assert.deepEqual(record.pageErrors, [], 'nicht abgefangene Ausnahmen');
  assert.deepEqual(record.violations, [], 'CSP-Verletzungen');
  await context.close();
});
