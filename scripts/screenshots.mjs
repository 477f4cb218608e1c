// Before/after screenshots for an issue's closing note: the first map of demo/index.html, built from a
// given commit in a worktree of its own (dist/ of the checkout is left alone), at 1280 and 375 px.
//
//   node scripts/screenshots.mjs after             # HEAD
//   node scripts/screenshots.mjs before 66551c5    # the commit issue 16 was filed against
//
// Writes docs/screenshots/issue-16/<label>-<state>-<width>.png (OUT=… for another folder):
//   loaded    the map as the page opens, cropped to the widget
//   selected  Zittau chosen through „Gemeinde suchen“, on a 1280×800 or 375×667 screen: the widget's part
//             of the screen as the reader sees it then (are the details beside the map, a sheet, or below?)
//   zoomed    loaded, then „Vergrößern“ twice, cropped to the widget
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { launch } from '../test/e2e/lib/browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
];

const [label, commit = 'HEAD'] = process.argv.slice(2);
if (!label || !/^[a-z0-9-]+$/.test(label)) {
  console.error('Usage: node scripts/screenshots.mjs <label, e.g. before|after> [commit, default HEAD]');
  process.exit(2);
}
const outDir = resolve(ROOT, process.env.OUT ?? 'docs/screenshots/issue-16');

const git = (...args) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).trim();

/** A detached worktree of `commit` with this checkout's node_modules, built; removed by `remove()`. */
function builtWorktree(commit) {
  const sha = git('rev-parse', '--short', `${commit}^{commit}`);
  const dir = mkdtempSync(join(tmpdir(), `asskomm-shots-${sha}-`));
  git('worktree', 'add', '--detach', dir, sha);
  const remove = () => {
    git('worktree', 'remove', '--force', dir);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The same lockfile: this checkout's packages do. An older one (66551c5 still used @lit/task) gets its own.
    if (git('diff', '--name-only', sha, '--', 'package-lock.json') === '') {
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    } else {
      console.log(`installing the packages of ${sha} in ${dir}`);
      const npm = ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'];
      execFileSync('npm', npm, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    console.log(`building ${sha} in ${dir}`);
    execFileSync(join(dir, 'node_modules/.bin/rollup'), ['-c'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(join(dir, 'dist/asskomm-widgets.js'))) throw new Error(`no dist/asskomm-widgets.js after building ${sha}`);
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, sha, remove };
}

/** Lets the map's ResizeObserver, symbol layout and fonts settle: a few frames, then fonts. */
async function settle(page) {
  await page.evaluate(async () => {
    for (let i = 0; i < 6; i++) await new Promise(requestAnimationFrame);
    await document.fonts.ready;
  });
}

/** The first map of the page, once it has drawn its Gemeinden. */
async function firstMap(page) {
  const map = page.locator('asskomm-status-map').first();
  await map.locator('.frame path').first().waitFor({ state: 'attached', timeout: 15_000 });
  await map.scrollIntoViewIfNeeded();
  await settle(page);
  return map;
}

async function shoot(page, { width, height }, origin) {
  const save = (state) => join(outDir, `${label}-${state}-${width}.png`);
  // A page tall enough for the whole widget, so a crop never needs pixels from beyond the screen.
  await page.setViewportSize({ width, height: 2000 });
  await page.goto(`${origin}/demo/index.html`);
  let map = await firstMap(page);
  await map.screenshot({ path: save('loaded') });

  await map.locator('.zoom-in').click();
  await map.locator('.zoom-in').click();
  await settle(page);
  await map.screenshot({ path: save('zoomed') });

  await page.setViewportSize({ width, height });
  await page.goto(`${origin}/demo/index.html`);
  map = await firstMap(page);
  await map.locator('#search-input').fill('Zittau');
  await map.locator('#search-input').press('ArrowDown');
  await map.locator('#search-input').press('Enter');
  await settle(page);
  // The widget's part of the screen: the details beside the map or the phone's sheet lie within it.
  const box = await map.boundingBox();
  const top = Math.max(0, box.y);
  const clip = { x: box.x, y: top, width: box.width, height: Math.min(height, box.y + box.height) - top };
  await page.screenshot({ path: save('selected'), clip });
}

const build = builtWorktree(commit);
const server = await startDevServer({
  config: { rootDir: build.dir, port: 0, hostname: 'localhost', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
// The e2e tests' Debian Chromium, its cache in a temporary folder.
const { browser, close } = await launch();
try {
  mkdirSync(outDir, { recursive: true });
  const { port } = server.server.address();
  // Reduced motion: the counters show their figures and the map does not animate its zoom mid-shot.
  const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const screen of SCREENS) await shoot(page, screen, `http://localhost:${port}`);
  console.log(`${label} (${build.sha}): ${SCREENS.length * 3} screenshots in ${outDir}`);
} finally {
  await close();
  await server.stop();
  build.remove();
}
