// Issue 18's path from a spreadsheet row to the map: export the built feed as CSV, add one
// cooperation agreement to orte.csv, import it with `npm run feed`, and see the map's legend
// count of agreements rise by one. Needs a built dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, watchedPage } from './lib/browser.mjs';
import { startStaticServer } from './lib/server.mjs';
import { assertCleanPage, requireBuild, ROOT } from './lib/widgets.mjs';

let chromium;
let server;
let site;

before(async () => {
  requireBuild();
  site = mkdtempSync(join(tmpdir(), 'asskomm-feed-legend-'));
  cpSync(join(ROOT, 'dist'), join(site, 'dist'), { recursive: true });
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="de"><meta charset="utf-8"><title>Karte</title><link rel="icon" href="data:,">' +
      '<script type="module" src="dist/asskomm-widgets.js"></script>' +
      '<asskomm-status-map src="dist/asskomm.json"></asskomm-status-map></html>',
  );
  server = await startStaticServer(site);
  chromium = await launch();
});

after(async () => {
  await chromium?.close();
  await server?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** `npm run feed -- …` as the data staff run it. */
function feed(...args) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/feed.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
}

/** The number the legend shows beside „Kooperationsvereinbarungen“ (… auf der Karte). */
async function agreementsInLegend() {
  const { page, context, record } = await watchedPage(chromium.browser);
  await page.goto(`${server.origin}/index.html`);
  const count = page.locator('asskomm-status-map .layer-count[data-layer="agreement"]');
  await page.waitForFunction(() => {
    const text = document
      .querySelector('asskomm-status-map')
      ?.shadowRoot?.querySelector('.layer-count[data-layer="agreement"]')?.textContent;
    return text !== undefined && /^\d+$/.test(text.trim());
  });
  const value = Number((await count.textContent()).trim());
  assertCleanPage(record, server.origin);
  await context.close();
  return value;
}

test('a cooperation agreement added as one row of orte.csv shows in the map legend after one import', async () => {
  const before = await agreementsInLegend();
  const sheets = join(site, 'tabellen');
  feed('export', sheets, '--feed', join(site, 'dist/asskomm.json'));
  appendFileSync(
    join(sheets, 'orte.csv'),
    'Bautzen;;;Kooperationsvereinbarung;2025-04-10;Neu unterzeichnet.;https://example.org/bautzen;;;;;;Landespräventionsrat Sachsen;;;;\r\n',
  );
  feed('import', sheets, '--out', join(site, 'dist/asskomm.json'));
  assert.equal(await agreementsInLegend(), before + 1);
});
