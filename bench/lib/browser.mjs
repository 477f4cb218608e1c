// Debian's Chromium through playwright-core, one browser for the whole run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 900 };

export async function launch() {
  // Each launch leaves a scoped_dir in the cache folder: keep it in a temp folder.
  const cache = mkdtempSync(join(tmpdir(), 'asskomm-bench-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: false,
    env: { ...process.env, XDG_CACHE_HOME: cache, XDG_CONFIG_HOME: cache },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // gc() in the page for the memory run; CDP collects garbage for every other heap figure.
      '--js-flags=--expose-gc',
    ],
  });
  return {
    browser,
    version: browser.version(),
    async close() {
      await browser.close();
      rmSync(cache, { recursive: true, force: true });
    },
  };
}

/** A fresh page (own context: no shared cache between renderers) at `url`, ready to measure. */
export async function openPage(browser, url, viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  return { page, context, errors, close: () => context.close() };
}

/** Used JS heap after a full garbage collection, in bytes (precise, unlike performance.memory). */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { heap: usedSize, nodes };
}

/**
 * Slows the page's main thread `rate` times (CDP `Emulation.setCPUThrottlingRate`; 4 is the usual
 * stand-in for a mid-range phone). The session stays attached: detaching would end the throttling.
 */
export async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}
