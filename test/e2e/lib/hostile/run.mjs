// Runs hostile-feed cases in Chromium: one page per CSP mode, reused across cases (a fresh one
// after a hang and every RECYCLE cases), each case's feed at its own URL. A hang is judged from
// Node, because a blocked page cannot time itself.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchedPage } from '../browser.mjs';
import { BASE_TEXT } from './cases.mjs';
import { COUNTER_METRICS, describeStuck, renderCase } from './page.mjs';

export const HANG_MS = 5_000;
const RECYCLE = 100;
const CLOSE_MS = 10_000;
/** A case whose feed is not even sent by then has hung before asking for it. */
const MAX_CASE_MS = 30_000;

const timeout = (ms, value) => {
  let timer;
  const promise = new Promise((resolve) => (timer = setTimeout(() => resolve(value), ms)));
  return { promise, cancel: () => clearTimeout(timer) };
};

/** What is wrong with one case: `[{ kind, detail }]`. */
export function judge(entry, result, seen, origin) {
  const failures = [];
  const add = (kind, detail) => failures.push({ kind, detail });
  for (const error of seen.pageErrors) add('uncaught', error.slice(0, 300));
  if (result.evaluateError) {
    add('case-error', `der Fall brach in der Seite ab: ${result.evaluateError}`);
    return failures;
  }
  if (result.hang) {
    add('hang', `${HANG_MS / 1000} s nach dem Senden des Feeds nicht fertig${result.hangError ? ` (${result.hangError})` : ''}`);
    return failures;
  }
  if (result.pwned) add('executed', 'window.__pwned wurde gesetzt');
  for (const item of result.injected) add('injected', item);
  for (const link of result.badLinks) add('bad-link', link);
  if (result.polluted.length) add('polluted', `Object.prototype: ${result.polluted.join(', ')}`);
  const foreign = seen.requests.filter((url) => !url.startsWith(`${origin}/`));
  if (foreign.length) add('foreign-request', [...new Set(foreign)].slice(0, 3).join(', '));
  for (const violation of seen.violations) add('csp', `${violation.directive}: ${violation.blocked} ${violation.sample ?? ''}`.slice(0, 200));
  for (const widget of result.widgets) {
    if (widget.loading) add('stuck-loading', `${widget.tag}: zeigt nach dem Laden noch „Daten werden geladen“`);
    else if (!widget.visible) add('blank', `${widget.tag}: nichts sichtbar (${widget.width}×${widget.height} px)`);
  }
  if (entry.afterResponseLimit && result.afterResponseMs > entry.afterResponseLimit) add('slow', `${result.afterResponseMs} ms nach der Antwort (Grenze ${entry.afterResponseLimit} ms)`);
  if (entry.oracle) for (const problem of entry.oracle(result)) add('oracle', problem);
  return failures;
}

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
    const warm = await this.render({ id: `warm-up-${this.csp ? 'csp' : 'open'}`, build: () => BASE_TEXT, places: ['14626610'], openTable: true });
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
    const marks = { pageErrors: this.record.pageErrors.length, violations: this.record.violations.length, requests: this.record.requests.length, consoleErrors: this.record.consoleErrors.length };
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
        .evaluate(renderCase, { url: path, metrics: COUNTER_METRICS, places: entry.places ?? [], forbidden: entry.forbidden ?? [], openTable: !!entry.openTable, ownTags: this.ownTags })
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
    return { result, seen, failures, wall, text: failures.length ? text : undefined };
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
      outcomes.set(entry, outcome.failures.length ? outcome : { ...outcome, result: { hang: false, settleMs: outcome.result.settleMs, linksChecked: outcome.result.linksChecked }, seen: undefined });
    }
    await worker.close();
  });
  await Promise.all(lanes);
  return cases.map((entry) => ({ entry, ...outcomes.get(entry) }));
}

// ---- reporting -----------------------------------------------------------------------------

const CATEGORIES = [
  ['random', '(a) Zufällige Mutationen'],
  ['xss', '(b) XSS und Links'],
  ['big', '(c) Große Feeds'],
  ['semantic', '(d) Semantik mit Orakel'],
];

const quantile = (values, q) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** The counts table per category, the failure kinds and per-operator counts for (a). */
export function countsTable(outcomes, seconds) {
  const lines = [];
  const row = (cells, widths) => cells.map((cell, i) => (i ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  ');
  const widths = [28, 7, 9, 9, 9, 40];
  lines.push(row(['Kategorie', 'Fälle', 'Fehler', 'Median', 'p99', 'Fehlerarten'], widths));
  for (const [key, title] of CATEGORIES) {
    const list = outcomes.filter((o) => o.entry.category === key);
    if (!list.length) continue;
    const failed = list.filter((o) => o.failures.length);
    const kinds = {};
    for (const o of failed) for (const kind of new Set(o.failures.map((f) => f.kind))) kinds[kind] = (kinds[kind] ?? 0) + 1;
    const times = list.filter((o) => !o.result.hang).map((o) => o.result.settleMs);
    lines.push(row([title, list.length, failed.length, `${quantile(times, 0.5)} ms`, `${quantile(times, 0.99)} ms`, Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ') || '–'], widths));
  }
  const failedTotal = outcomes.filter((o) => o.failures.length).length;
  lines.push(row(['Summe', outcomes.length, failedTotal, '', '', ''], widths));
  const retried = outcomes.filter((o) => o.retried);
  if (retried.length) lines.push(`${retried.length} Fälle hingen nur beim ersten Versuch (Last auf der Maschine?): ${retried.map((o) => o.entry.seed ?? o.entry.id).join(', ')}`);
  const links = outcomes.reduce((sum, o) => sum + (o.result.linksChecked ?? 0), 0);
  lines.push(`${links} Links in den Widgets, der Tabelle und den Detailfenstern geprüft (nur http:, https:, mailto:, tel: erlaubt)`);
  lines.push(`${outcomes.length} Fälle in ${seconds.toFixed(1)} s: ${(outcomes.length / seconds).toFixed(2)} Fälle/s (2 Seiten parallel, je eine mit und ohne CSP)`);
  const random = outcomes.filter((o) => o.entry.category === 'random');
  if (random.length) {
    const perOperator = {};
    for (const o of random) {
      for (const operator of o.entry.operators) {
        const counts = (perOperator[operator] ??= { tried: 0, failed: 0 });
        counts.tried += 1;
        if (o.failures.length) counts.failed += 1;
      }
    }
    lines.push('(a) je Operator (angewandt / in einem Fall mit Fehler):');
    lines.push(
      Object.entries(perOperator)
        .sort((a, b) => b[1].tried - a[1].tried)
        .map(([operator, counts]) => `${operator} ${counts.tried}/${counts.failed}`)
        .join(', '),
    );
  }
  return lines.join('\n');
}

/** One line per failing case: category, seed or id, CSP mode, what was done, what was seen. */
export function describeFailure({ entry, failures }) {
  const what = failures.map((f) => `${f.kind}: ${f.detail}`).join(' · ');
  const seed = entry.seed !== undefined ? `Seed ${entry.seed}` : entry.id;
  return `[${entry.category}] ${seed} (${entry.csp ? 'CSP' : 'ohne CSP'}) ${entry.label ?? ''}\n    → ${what}`;
}

/** Writes each failing case's feed (up to 5 MB) and its description; returns the folder. */
export function saveFailures(outcomes) {
  const failed = outcomes.filter((o) => o.failures.length);
  if (!failed.length) return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'asskomm-hostile-'));
  mkdirSync(folder, { recursive: true });
  for (const outcome of failed) {
    const base = join(folder, outcome.entry.id);
    writeFileSync(`${base}.txt`, `${describeFailure(outcome)}\n\n${JSON.stringify(outcome.result, null, 1).slice(0, 20_000)}\n`);
    if (outcome.text && outcome.text.length <= 5_000_000) writeFileSync(`${base}.json`, outcome.text);
  }
  return folder;
}
