// Debian's Chromium through playwright-core, and a page that records what the e2e tests forbid:
// CSP violations, console errors, uncaught exceptions and requests to other origins.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function launch() {
  // Chromium leaves a scoped_dir per launch in the cache folder: keep it out of HOME.
  const cache = mkdtempSync(join(tmpdir(), 'asskomm-e2e-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, XDG_CACHE_HOME: cache, XDG_CONFIG_HOME: cache },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(cache, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh page (own context) whose `record` collects every CSP violation (reported from inside
 * the page), console error, uncaught exception and request URL.
 */
export async function watchedPage(
  browser,
  { viewport = { width: 1280, height: 900 }, reducedMotion = 'no-preference', permissions = [] } = {},
) {
  const context = await browser.newContext({ viewport, reducedMotion });
  if (permissions.length) await context.grantPermissions(permissions);
  const page = await context.newPage();
  const record = { violations: [], consoleErrors: [], pageErrors: [], requests: [] };
  await page.exposeBinding('__reportViolation', (_source, violation) => record.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('request', (request) => record.requests.push(request.url()));
  return { page, context, record };
}
