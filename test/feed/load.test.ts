import { expect, fixture, html } from '@open-wc/testing';
import { acquireFeed, clearFeedCache, FeedError } from '../../src/feed/load.js';
import { EVENTS, INDICATORS, PLACES } from '../../src/feed/validate.js';

const ALL = [INDICATORS, EVENTS, PLACES];

const GOOD = '/test/fixtures/feeds/good.json';

describe('acquireFeed', () => {
  let GOOD_FEED_JSON: Record<string, unknown>;
  before(async () => {
    GOOD_FEED_JSON = (await (await fetch(GOOD)).json()) as Record<string, unknown>;
  });
  let originalFetch: typeof window.fetch;
  beforeEach(() => {
    clearFeedCache();
    originalFetch = window.fetch;
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it('reads a feed from a JSON script element on the page (#id)', async () => {
    const container = await fixture(html`<div>
      <script type="application/json" id="inline-feed">
        {"schemaVersion":1,"meta":{"title":"Inline","publisher":"LPR","asOf":"2021","source":"s","license":"l","contact":{"name":"LPR"}},"indicators":[]}
      </script>
    </div>`);
    const model = await acquireFeed('#inline-feed', container, new AbortController().signal, ALL);
    expect(model.meta.title).to.equal('Inline');
  });

  it('names a missing inline element', async () => {
    const error = await acquireFeed('#nope', document.body, new AbortController().signal, ALL).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('element-not-found');
  });

  it('reports HTTP errors with their status and does not cache failures', async () => {
    const first = await acquireFeed('/nope.json', document.body, new AbortController().signal, ALL).catch((e: unknown) => e);
    expect((first as FeedError).kind).to.equal('http');
    expect((first as FeedError).status).to.equal(404);
    let calls = 0;
    window.fetch = (input, init) => {
      calls += 1;
      return originalFetch(input, init);
    };
    await acquireFeed('/nope.json', document.body, new AbortController().signal, ALL).catch(() => undefined);
    expect(calls).to.equal(1);
  });

  it('times out a feed that does not answer', async () => {
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    const error = await acquireFeed(GOOD, document.body, new AbortController().signal, ALL, 20).catch((e: unknown) => e);
    expect((error as FeedError).kind).to.equal('timeout');
  });

  it('aborts the request only when no widget waits for it any more', async () => {
    let requestSignal: AbortSignal | undefined;
    window.fetch = (_input, init) => {
      requestSignal = init!.signal!;
      return new Promise((_resolve, reject) => requestSignal!.addEventListener('abort', () => reject(requestSignal!.reason)));
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = acquireFeed(GOOD, document.body, a.signal, ALL).catch((e: unknown) => e);
    const second = acquireFeed(GOOD, document.body, b.signal, ALL).catch((e: unknown) => e);
    a.abort();
    await first;
    expect(requestSignal!.aborted, 'still needed by the second widget').to.be.false;
    b.abort();
    await second;
    expect(requestSignal!.aborted).to.be.true;
  });

  it('turns an invalid feed into an "invalid" error that names the path', async () => {
    window.fetch = () => Promise.resolve(new Response('{"schemaVersion":1}'));
    const error = (await acquireFeed(GOOD, document.body, new AbortController().signal, ALL).catch((e: unknown) => e)) as FeedError;
    expect(error.kind).to.equal('invalid');
    expect(error.detail).to.contain('$.meta');
  });

  it('fetches an invalid feed again on the next request (it may have been fixed)', async () => {
    let calls = 0;
    window.fetch = () => {
      calls += 1;
      return Promise.resolve(new Response(calls === 1 ? '{"schemaVersion":1}' : JSON.stringify(GOOD_FEED_JSON)));
    };
    const error = await acquireFeed(GOOD, document.body, new AbortController().signal, ALL).catch((e: unknown) => e);
    expect((error as FeedError).kind).to.equal('invalid');
    const model = await acquireFeed(GOOD, document.body, new AbortController().signal, ALL);
    expect(calls).to.equal(2);
    expect(model.meta.title).to.equal('ASSKomm in Zahlen (Testdaten)');
  });

  it('validates only the parts a widget asks for, on one shared request', async () => {
    let calls = 0;
    window.fetch = () => {
      calls += 1;
      return Promise.resolve(new Response(JSON.stringify({ ...GOOD_FEED_JSON, municipalities: { 'kein-Schlüssel': {} } })));
    };
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const counter = await acquireFeed(GOOD, document.body, new AbortController().signal, [INDICATORS]);
      expect(counter.indicators.size).to.be.greaterThan(0);
      expect(counter.places.size).to.equal(0);
      expect(warnings, 'the municipalities were not walked').to.deep.equal([]);
      const map = await acquireFeed(GOOD, document.body, new AbortController().signal, [PLACES]);
      expect(map.indicators.size).to.equal(0);
      expect(warnings.some((w) => w.includes('$.municipalities["kein-Schlüssel"]'))).to.be.true;
      expect(calls).to.equal(1);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('turns text that is not JSON into a "not-json" error', async () => {
    window.fetch = () => Promise.resolve(new Response('<html>Fehlerseite</html>'));
    const error = (await acquireFeed(GOOD, document.body, new AbortController().signal, ALL).catch((e: unknown) => e)) as FeedError;
    expect(error.kind).to.equal('not-json');
  });
});
