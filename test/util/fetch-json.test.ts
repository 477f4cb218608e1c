import { expect } from '@open-wc/testing';
import { fetchJson, parseJsonText, type JsonFailure } from '../../src/util/fetch-json.js';

/** The failure itself, carried in an error so the test can read it. */
class Failed extends Error {
  constructor(readonly failure: JsonFailure) {
    super(failure.kind);
  }
}
const fail = (failure: JsonFailure): Error => new Failed(failure);

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof Failed ? error.failure : error;
}

describe('fetchJson', () => {
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  it('asks for JSON with same-origin credentials and the caller’s signal, and parses the answer', async () => {
    let asked: RequestInit | undefined;
    window.fetch = (_input, init) => {
      asked = init;
      return Promise.resolve(new Response('{"a":[1,2]}'));
    };
    const signal = new AbortController().signal;
    expect(await fetchJson('/feed.json', signal, fail)).to.deep.equal({ a: [1, 2] });
    expect(asked).to.deep.include({ signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  });

  it('names a request that never arrived, an HTTP error and a body that is not JSON', async () => {
    const signal = new AbortController().signal;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await failureOf(fetchJson('/x.json', signal, fail))).to.deep.equal({ kind: 'network' });
    window.fetch = () => Promise.resolve(new Response('', { status: 503 }));
    expect(await failureOf(fetchJson('/x.json', signal, fail))).to.deep.equal({ kind: 'http', status: 503 });
    window.fetch = () => Promise.resolve(new Response('<html>Fehlerseite</html>'));
    const notJson = (await failureOf(fetchJson('/x.json', signal, fail))) as JsonFailure;
    expect(notJson.kind).to.equal('not-json');
  });

  it('refuses a body over the limit by its Content-Length before reading it, else by its length', async () => {
    const signal = new AbortController().signal;
    let read = false;
    const large = new Response('[]', { headers: { 'Content-Length': '5000' } });
    large.text = () => {
      read = true;
      return Promise.resolve('[]');
    };
    window.fetch = () => Promise.resolve(large);
    expect(await failureOf(fetchJson('/x.json', signal, fail, 100))).to.deep.equal({ kind: 'too-large', size: 5000 });
    expect(read, 'body read').to.be.false;
    window.fetch = () => Promise.resolve(new Response(`[${'1,'.repeat(100)}1]`));
    expect(await failureOf(fetchJson('/x.json', signal, fail, 100))).to.deep.equal({ kind: 'too-large', size: 203 });
  });

  it('throws the abort reason, not a network failure, when the caller stops waiting', async () => {
    const controller = new AbortController();
    window.fetch = (_input, init) =>
      new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const timeout = new Error('Zeit abgelaufen');
    const pending = failureOf(fetchJson('/x.json', controller.signal, fail));
    controller.abort(timeout);
    expect(await pending).to.equal(timeout);
  });
});

describe('parseJsonText', () => {
  it('parses JSON within the limit and names the rest', () => {
    expect(parseJsonText('{"a":1}', fail, 10)).to.deep.equal({ a: 1 });
    expect(() => parseJsonText('{"a":1}', fail, 3))
      .to.throw(Failed)
      .with.property('failure')
      .that.deep.equals({ kind: 'too-large', size: 7 });
    expect(() => parseJsonText('{a:1}', fail))
      .to.throw(Failed)
      .with.nested.property('failure.kind', 'not-json');
  });
});
