// Every HTML example in the README's editor section (element and data form), pasted into one page under the strict CSP (those
// with `url-state` each into a page of their own: one group per page keeps its view in the address):
// each widget shows its data without an editor hint, so the examples stay true to the code.
// Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { watchedPage } from './lib/browser.mjs';
import { demoSession } from './lib/session.mjs';
import { assertCleanPage, feedRequests, readWidgets, ROOT, waitForWidgets } from './lib/widgets.mjs';

const session = demoSession();

/** The README's ```html blocks outside the generated reference, with dist/ as the editor's folder. */
function readmeExamples() {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8').replace(/<!-- api:start -->[\s\S]*<!-- api:end -->/, '');
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .filter((block) => /<asskomm-|data-asskomm=/.test(block) && !block.includes('application/json')) // the inline-feed sketch is abridged
    .map((block) => block.replaceAll('"/asskomm/', '"/dist/'));
}

/** Each widget on `url` (serving `examples` under the strict CSP) shows its data without a hint; returns how many. */
async function checkPage(url, examples) {
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>README</title><link rel="icon" href="data:,">
    <script type="module" src="/dist/asskomm-widgets.js"></script></head><body>${examples.join('\n')}</body></html>`;
  const { page: browserPage, context, record } = await watchedPage(session.chromium.browser);
  await browserPage.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }, body: page }),
  );
  await browserPage.goto(url);
  await waitForWidgets(browserPage, 30000);
  const widgets = await readWidgets(browserPage);
  for (const widget of widgets) {
    const name = `<${widget.tag} ${widget.metric ?? widget.layers ?? ''}>`;
    assert.deepEqual(widget.hints, [], `${name}: keine Hinweise für die Redaktion`);
    assert.deepEqual(widget.errors, [], `${name}: keine Fehlermeldung`);
    if (widget.tag === 'asskomm-status-map') assert.equal(widget.municipalities, 419, name);
    if (widget.tag === 'asskomm-progress-chart') assert.ok(widget.series > 0 && widget.xTicks.length > 0, name);
    if (widget.tag === 'asskomm-milestone-counter') assert.ok(widget.values.length > 0, name);
  }
  assertCleanPage(record, session.server.origin);
  assert.equal(feedRequests(record).length, 1);
  await context.close();
  return widgets.length;
}

test('every README example shows its data without an editor hint', async () => {
  const examples = readmeExamples();
  // One group per page keeps its view in the address: each `url-state` example is a page of its own.
  const own = examples.filter((block) => block.includes('url-state'));
  // The data form's examples on a page of their own, so no page holds more widgets than a busy machine draws in 30 s.
  const dataForm = examples.filter((block) => !own.includes(block) && !block.includes('<asskomm-'));
  assert.ok(dataForm.length >= 2, `Beispiele der Datenform: ${dataForm.length}`);
  let count = await checkPage(
    `${session.server.origin}/demo/readme-examples.html`,
    examples.filter((block) => !own.includes(block) && !dataForm.includes(block)),
  );
  count += await checkPage(`${session.server.origin}/demo/readme-data-form.html`, dataForm);
  for (const [index, block] of own.entries())
    count += await checkPage(`${session.server.origin}/demo/readme-example-${index}.html`, [block]);
  assert.ok(count >= 12, `Beispiele gefunden: ${count}`);
});
