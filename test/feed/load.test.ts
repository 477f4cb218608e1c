import { expect, fixture, html } from '@open-wc/testing';
import { acquireFeed, clearFeedCache, FeedError, feedKey } from '../../src/feed/load.js';
import { FEED_LIMITS } from '../../src/feed/limits.js';
import { recordFetches } from '../helpers/fetch.js';
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
    const container = await fixture(
      html`<div>
        <script type="application/json" id="inline-feed">
          {
            "schemaVersion": 1,
            "meta": { "title": "Inline", "publisher": "LPR", "asOf": "2021", "source": "s", "license": "l", "contact": { "name": "LPR" } },
            "indicators": []
          }
        </script>
      </div>`,
    );
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

  it('times out even when a page fetch wrapper drops the abort signal or never settles', async () => {
    window.fetch = () => new Promise<Response>(() => undefined);
    const error = await acquireFeed(GOOD, document.body, new AbortController().signal, ALL, 20).catch((e: unknown) => e);
    expect((error as FeedError).kind).to.equal('timeout');
  });

  it('refuses a feed over the size limit before parsing it, with a German reason', async () => {
    window.fetch = () => Promise.resolve(new Response(`{"x":"${'a'.repeat(FEED_LIMITS.bytes)}"}`));
    const error = (await acquireFeed(GOOD, document.body, new AbortController().signal, ALL).catch((e: unknown) => e)) as FeedError;
    expect(error.kind).to.equal('too-large');
    expect(error.detail).to.match(/^Der Feed ist zu groß: 5\.000 kB \(höchstens 5\.000 kB\)$/);
  });

  it('makes one request for a src with and without #fragment', async () => {
    const { urls, restore } = recordFetches();
    try {
      const a = acquireFeed(`${GOOD}#a`, document.body, new AbortController().signal, ALL);
      const b = acquireFeed(GOOD, document.body, new AbortController().signal, ALL);
      await Promise.all([a, b]);
      expect(urls).to.deep.equal([new URL(GOOD, location.href).href]);
    } finally {
      restore();
    }
  });

  it('resolves a relative src against the page when <base href> names another origin', () => {
    const base = document.createElement('base');
    base.href = 'https://cdn.example/assets/';
    document.head.prepend(base);
    try {
      expect(feedKey('data/feed.json', document.body)).to.equal(new URL('data/feed.json', location.href).href);
      base.href = new URL('/sub/', location.href).href;
      expect(feedKey('data/feed.json', document.body), 'a same-origin base still counts').to.equal(
        new URL('/sub/data/feed.json', location.href).href,
      );
    } finally {
      base.remove();
    }
  });

  it("reads an inline #id feed in the widget's own shadow root, and reads it anew after an edit", async () => {
    const feedText = (value: number): string =>
      JSON.stringify({
        ...GOOD_FEED_JSON,
        indicators: [{ id: 'advised', label: { de: 'B', en: 'A' }, points: [{ date: '2021', value }] }],
      });
    const roots = [111, 222].map((value) => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'feed';
      script.textContent = feedText(value);
      const widget = document.createElement('div');
      root.append(script, widget);
      return { host, script, widget };
    });
    try {
      const read = async (widget: Node): Promise<number> =>
        (await acquireFeed('#feed', widget, new AbortController().signal, ALL)).indicators.get('advised')!.points[0]!.value;
      expect(await read(roots[0]!.widget)).to.equal(111);
      expect(await read(roots[1]!.widget)).to.equal(222);
      roots[0]!.script.textContent = feedText(333);
      expect(await read(roots[0]!.widget)).to.equal(333);
    } finally {
      for (const { host } of roots) host.remove();
    }
  });

  it('keeps a feed whose meta has a broken field no widget shows, and fills a broken asOf', async () => {
    const meta = { ...(GOOD_FEED_JSON.meta as object), asOf: '2025-04-31', contact: { name: 'LPR', phone: 3515644000 } };
    window.fetch = () => Promise.resolve(new Response(JSON.stringify({ ...GOOD_FEED_JSON, meta })));
    const model = await acquireFeed(GOOD, document.body, new AbortController().signal, ALL);
    expect(model.meta.asOf).to.match(/^\d{4}/);
    expect(model.meta.contact).to.equal(undefined);
    expect(model.issues.filter((i) => i.severity === 'error').map((i) => i.path)).to.include.members([
      '$.meta.asOf',
      '$.meta.contact.phone',
    ]);
  });

  it('warns once per feed in the console, however many records are broken', async () => {
    const municipalities = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`kein-${i}`, {}]));
    window.fetch = () => Promise.resolve(new Response(JSON.stringify({ ...GOOD_FEED_JSON, municipalities })));
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await acquireFeed(GOOD, document.body, new AbortController().signal, ALL);
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[asskomm-widgets\] 500 Hinweise zu den Daten: .* … und 495 weitere \(alle: npm run validate\)$/);
  });
});
