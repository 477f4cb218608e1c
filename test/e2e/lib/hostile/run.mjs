// Runs hostile-feed cases in Chromium: one page per CSP mode, reused across cases (a fresh one
// after a hang and every RECYCLE cases), each case's feed at its own URL. A hang is judged from
// Node, because a blocked page cannot time itself.
import { watchedPage } from '../browser.mjs';
import { BASE_TEXT } from './cases.mjs';
import { HANG_MS, judge, notice } from './checks.mjs';
import { CASE_WIDGETS, describeStuck, renderCase } from './page.mjs';

const RECYCLE = 100;
const CLOSE_MS = 10_000;
/** A case whose feed is not even sent by then has hung before asking for it. */
const MAX_CASE_MS = 30_000;

const timeout = (ms, value) => {
  let timer;
  const promise = new Promise((resolve) => (timer = setTimeout(() => resolve(value), ms)));
  return { promise, cancel: () => clearTimeout(timer) };
};

class Worker {
  constructor(browser, server, csp) {
    Object.assign(this, { browser, server, origin: server.origin, feeds: server.feeds, csp, served: 0, page: undefined });
  }

  async open() {
    const { page, context, record } = await watchedPage(this.browser);
    Object.assign(this, { page, context, record, served: 0 });
    await page.goto(`${this.origin}/page.html?csp=${this.csp ? 1 : 0}`);
    // The first render loads the widgets' code and the geometry: not part of any case's time.
    this.ownTags = undefined;
    const warm = await this.render({
      id: `warm-up-${this.csp ? 'csp' : 'open'}`,
      build: () => BASE_TEXT,
      places: ['14626610'],
      openTable: true,
    });
    this.ownTags = warm.result.tagsSeen;
    if (warm.result.hang || warm.failures.some((failure) => failure.kind !== 'injected')) {
      throw new Error(`Der unveränderte Feed scheitert schon (${this.csp ? 'mit' : 'ohne'} CSP): ${JSON.stringify(warm.failures)}`);
    }
  }

  async close() {
    const context = this.context;
    this.page = undefined;
    if (!context) return;
    const closing = timeout(CLOSE_MS);
    await Promise.race([context.close().catch(() => {}), closing.promise]);
    closing.cancel();
  }

  async render(entry) {
    const feeds = this.feeds;
    if (!this.page || this.served >= RECYCLE) {
      await this.close();
      await this.open();
    }
    this.served += 1;
    const text = entry.build();
    const path = `/feeds/${entry.id}.json`;
    feeds.set(path, text);
    const marks = {
      pageErrors: this.record.pageErrors.length,
      violations: this.record.violations.length,
      requests: this.record.requests.length,
      consoleErrors: this.record.consoleErrors.length,
    };
    // The clock starts when the feed is sent: a 54 MB feed's transfer is not the widgets' time.
    const sent = this.server.whenSent(path);
    let timer;
    const limit = {
      promise: new Promise((resolve) => {
        timer = setTimeout(() => resolve({ hang: true, hangError: 'Feed nicht abgerufen' }), MAX_CASE_MS);
        sent.then(() => {
          clearTimeout(timer);
          timer = setTimeout(() => resolve({ hang: true }), HANG_MS);
        });
      }),
      cancel: () => clearTimeout(timer),
    };
    const started = performance.now();
    const result = await Promise.race([
      this.page
        .evaluate(renderCase, {
          url: path,
          widgets: CASE_WIDGETS,
          places: entry.places ?? [],
          forbidden: entry.forbidden ?? [],
          openTable: !!entry.openTable,
          ownTags: this.ownTags,
        })
        .catch((error) => ({ evaluateError: error.message.split('\n')[0].slice(0, 300) })),
      limit.promise,
    ]);
    limit.cancel();
    const wall = performance.now() - started;
    const seen = Object.fromEntries(Object.entries(marks).map(([key, mark]) => [key, this.record[key].slice(mark)]));
    if (result.evaluateError) await this.close();
    if (result.hang) {
      // A free main thread means a widget never settled; a busy one, that the page is blocked.
      const probe = timeout(1_000, undefined);
      const state = await Promise.race([this.page?.evaluate(describeStuck).catch(() => undefined), probe.promise]);
      probe.cancel();
      result.hangError ??= state ? `Seite reagiert: ${state.join('; ')}` : 'Seite blockiert';
      await this.close();
    }
    feeds.delete(path);
    const failures = judge(entry, result, seen, this.origin);
    const notes = notice(result, seen, text);
    return { result, seen, failures, notes, wall, text: failures.length || notes.length ? text : undefined };
  }
}

/**
 * Runs `cases` on two pages (with and without the strict CSP) in parallel. `onCase(entry,
 * outcome)` after each. Returns the outcomes in case order.
 */
export async function runCases({ browser, server, cases, onCase }) {
  const outcomes = new Map();
  const lanes = [false, true].map(async (csp) => {
    const worker = new Worker(browser, server, csp);
    for (const entry of cases.filter((c) => c.csp === csp)) {
      let outcome = await worker.render(entry);
      // A shared machine can stall any page for seconds: a hang counts only if a fresh page
      // hangs again.
      if (outcome.result.hang) {
        const again = await worker.render(entry);
        if (!again.result.hang) outcome = { ...again, retried: `beim ersten Versuch hängen geblieben (${outcome.result.hangError})` };
      }
      onCase?.(entry, outcome);
      // A passing case keeps only its time: a 10,000-case run holds no feeds or readings.
      outcomes.set(
        entry,
        outcome.failures.length || outcome.notes.length
          ? outcome
          : {
              ...outcome,
              result: { hang: false, settleMs: outcome.result.settleMs, linksChecked: outcome.result.linksChecked },
              seen: undefined,
            },
      );
    }
    await worker.close();
  });
  await Promise.all(lanes);
  return cases.map((entry) => ({ entry, ...outcomes.get(entry) }));
}
