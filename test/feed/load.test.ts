import { expect, fixture, html } from '@open-wc/testing';
import { acquireFeed, clearFeedCache, FeedError } from '../../src/feed/load.js';

const GOOD = '/test/fixtures/feeds/good.json';

describe('acquireFeed', () => {
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
    const model = await acquireFeed('#inline-feed', container, new AbortController().signal);
    expect(model.meta.title).to.equal('Inline');
  });

  it('names a missing inline element', async () => {
    const error = await acquireFeed('#nope', document.body, new AbortController().signal).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('element-not-found');
  });

  it('reports HTTP errors with their status and does not cache failures', async () => {
    const first = await acquireFeed('/nope.json', document.body, new AbortController().signal).catch((e: unknown) => e);
    expect((first as FeedError).kind).to.equal('http');
    expect((first as FeedError).status).to.equal(404);
    let calls = 0;
    window.fetch = (input, init) => {
      calls += 1;
      return originalFetch(input, init);
    };
    await acquireFeed('/nope.json', document.body, new AbortController().signal).catch(() => undefined);
    expect(calls).to.equal(1);
  });

  it('times out a feed that does not answer', async () => {
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    const error = await acquireFeed(GOOD, document.body, new AbortController().signal, 20).catch((e: unknown) => e);
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
    const first = acquireFeed(GOOD, document.body, a.signal).catch((e: unknown) => e);
    const second = acquireFeed(GOOD, document.body, b.signal).catch((e: unknown) => e);
    a.abort();
    await first;
    expect(requestSignal!.aborted, 'still needed by the second widget').to.be.false;
    b.abort();
    await second;
    expect(requestSignal!.aborted).to.be.true;
  });

  it('turns an invalid feed into an "invalid" error that names the path', async () => {
    window.fetch = () => Promise.resolve(new Response('{"schemaVersion":1}'));
    const error = (await acquireFeed(GOOD, document.body, new AbortController().signal).catch((e: unknown) => e)) as FeedError;
    expect(error.kind).to.equal('invalid');
    expect(error.detail).to.contain('$.meta');
  });

  it('turns text that is not JSON into a "not-json" error', async () => {
    window.fetch = () => Promise.resolve(new Response('<html>Fehlerseite</html>'));
    const error = (await acquireFeed(GOOD, document.body, new AbortController().signal).catch((e: unknown) => e)) as FeedError;
    expect(error.kind).to.equal('not-json');
  });
});
