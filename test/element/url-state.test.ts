import { expect } from '@open-wc/testing';
import { claimAddress, hasUrlState, linkedDateIn, releaseAddress } from '../../src/element/url-fragment.js';
import { fragmentWithState, parseUrlState, serializeUrlState, writeUrlState, type UrlState } from '../../src/element/url-state.js';
import { LAYER_IDS } from '../../src/feed/schema.js';
import { urlStateHintText, type UrlStateHint } from '../../src/i18n/url-state.js';
import { mulberry32 as random, pick, type Random } from '../helpers/random.js';

describe('hasUrlState', () => {
  it('finds our part, even an empty one, and not a page’s own anchor or a look-alike', () => {
    expect(hasUrlState('#asskomm=datum:2019')).to.be.true;
    expect(hasUrlState('#kapitel-3&asskomm=')).to.be.true;
    expect(hasUrlState('#kapitel-3')).to.be.false;
    expect(hasUrlState('#asskommentar=datum:2019')).to.be.false;
    expect(hasUrlState('')).to.be.false;
  });
});

describe('claimAddress', () => {
  it('holds the address for the first group until its last widget gives it back', () => {
    expect(claimAddress('a')).to.equal('a');
    expect(claimAddress('a')).to.equal('a');
    expect(claimAddress('b'), 'another group while a holds it').to.equal('a');
    releaseAddress('b');
    releaseAddress('a');
    expect(claimAddress('b'), 'a still has one widget').to.equal('a');
    releaseAddress('a');
    expect(claimAddress('b')).to.equal('b');
    releaseAddress('b');
  });
});

describe('linkedDateIn', () => {
  it('reads the first date of our part, as typed or percent-encoded, and nothing else', () => {
    expect(linkedDateIn('#kapitel-3&asskomm=ebenen:kpr;datum:2021-11')).to.equal('2021-11');
    expect(linkedDateIn('#asskomm=DATUM%3A2019;datum:2020')).to.equal('2019');
    expect(linkedDateIn('#asskomm=datum:2021-13')).to.equal(undefined);
    expect(linkedDateIn('#asskommentar=datum:2019')).to.equal(undefined);
    expect(linkedDateIn('#datum:2019')).to.equal(undefined);
    expect(linkedDateIn('')).to.equal(undefined);
  });
});

describe('parseUrlState', () => {
  it('reads the date, the layers and the place of the example link', () => {
    expect(parseUrlState('#asskomm=datum:2021-11;ebenen:kpr,agreement;gemeinde:14626610')).to.deep.equal({
      state: { date: '2021-11', layers: ['kpr', 'agreement'], place: '14626610' },
      hints: [],
    });
  });

  it('finds its part among the page’s own, and reads nothing without one', () => {
    expect(parseUrlState('#kontakt&asskomm=datum:2019&x=1').state).to.deep.equal({ date: '2019' });
    expect(parseUrlState('#asskommentar=datum:2019')).to.deep.equal({ state: {}, hints: [] });
    expect(parseUrlState('')).to.deep.equal({ state: {}, hints: [] });
    expect(parseUrlState('#')).to.deep.equal({ state: {}, hints: [] });
  });

  it('reads a percent-encoded link, as some mail programs send it', () => {
    expect(parseUrlState('#asskomm=datum%3A2021-11%3Bebenen%3Akpr%2Cmodel').state).to.deep.equal({
      date: '2021-11',
      layers: ['kpr', 'model'],
    });
  });

  it('leaves out unknown keys and malformed values with a hint each, and keeps the rest', () => {
    const { state, hints } = parseUrlState('#asskomm=farbe:rot;datum:2021-13;ebenen:kpr,KPR,nix;gemeinde:1462661;unsinn;;');
    expect(state).to.deep.equal({ layers: ['kpr'] });
    expect(hints).to.deep.equal([
      { kind: 'unknown', entry: 'farbe:rot' },
      { kind: 'malformed', field: 'datum', value: '2021-13' },
      { kind: 'malformed', field: 'ebenen', value: 'KPR' },
      { kind: 'malformed', field: 'ebenen', value: 'nix' },
      { kind: 'malformed', field: 'gemeinde', value: '1462661' },
      { kind: 'unknown', entry: 'unsinn' },
    ]);
  });

  it('takes the first of a repeated key or part, and an empty layer list as none shown', () => {
    const { state, hints } = parseUrlState('#asskomm=datum:2020;DATUM:2021;ebenen:&asskomm=datum:2022');
    expect(state).to.deep.equal({ date: '2020', layers: [] });
    expect(hints).to.deep.equal([
      { kind: 'repeated', name: 'asskomm' },
      { kind: 'repeated', name: 'datum' },
    ]);
  });

  it('keeps the widget’s layers when none of the listed ones exists, and drops repeated ids', () => {
    expect(parseUrlState('#asskomm=ebenen:foo,bar').state).to.deep.equal({});
    expect(parseUrlState('#asskomm=ebenen:kpr,model,kpr').state).to.deep.equal({ layers: ['kpr', 'model'] });
  });

  it('reads what it can of broken percent-encoding', () => {
    const { state, hints } = parseUrlState('#asskomm=datum:2021;gemeinde:%E0%A4%A;ebenen:%6Bpr');
    expect(state).to.deep.equal({ date: '2021', layers: ['kpr'] });
    expect(hints).to.deep.equal([{ kind: 'unreadable', text: 'gemeinde:%E0%A4%A' }]);
  });

  it('accepts a Kreis key for the place and the dates the feed allows', () => {
    expect(parseUrlState('#asskomm=gemeinde:14626').state).to.deep.equal({ place: '14626' });
    expect(parseUrlState('#asskomm=gemeinde:09162000').hints).to.have.length(1);
    expect(parseUrlState('#asskomm=datum:2024-02-29').state).to.deep.equal({ date: '2024-02-29' });
    expect(parseUrlState('#asskomm=datum:2023-02-29').hints).to.have.length(1);
    expect(parseUrlState('#asskomm=datum:0021').hints).to.have.length(1);
  });
});

describe('serializeUrlState and fragmentWithState', () => {
  it('writes the readable form in a fixed order, and nothing for an empty state', () => {
    expect(serializeUrlState({ place: '14626610', layers: ['kpr', 'agreement'], date: '2021-11' })).to.equal(
      'datum:2021-11;ebenen:kpr,agreement;gemeinde:14626610',
    );
    expect(serializeUrlState({})).to.equal('');
    expect(serializeUrlState({ layers: [] })).to.equal('ebenen:');
  });

  it('keeps the page’s own fragment, replaces its part in place and removes it for an empty state', () => {
    expect(fragmentWithState('#kontakt', { date: '2021' })).to.equal('#kontakt&asskomm=datum:2021');
    expect(fragmentWithState('', { date: '2021' })).to.equal('#asskomm=datum:2021');
    expect(fragmentWithState('#a&asskomm=datum:2020&b', { date: '2021' })).to.equal('#a&asskomm=datum:2021&b');
    expect(fragmentWithState('#a&asskomm=datum:2020&asskomm=x&b', {})).to.equal('#a&b');
    expect(fragmentWithState('#asskomm=datum:2020', {})).to.equal('');
  });

  it('writes a part of its own name when asked, and leaves the default one alone', () => {
    expect(fragmentWithState('#asskomm=datum:2020', { date: '2022' }, 'asskomm-2')).to.equal('#asskomm=datum:2020&asskomm-2=datum:2022');
    expect(parseUrlState('#asskomm=datum:2020&asskomm-2=datum:2022', 'asskomm-2').state).to.deep.equal({ date: '2022' });
  });
});

/** A valid state with every field present or absent at random. */
function randomState(r: Random): UrlState {
  const state: UrlState = {};
  if (r() < 0.7) {
    const year = String(1900 + Math.floor(r() * 300));
    const month = 1 + Math.floor(r() * 12);
    const days = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
    const precision = Math.floor(r() * 3);
    state.date = precision === 0 ? year : `${year}-${pad(month)}${precision === 2 ? `-${pad(1 + Math.floor(r() * days))}` : ''}`;
  }
  if (r() < 0.7) state.layers = [...LAYER_IDS].sort(() => r() - 0.5).slice(0, Math.floor(r() * (LAYER_IDS.length + 1)));
  if (r() < 0.7) state.place = `14${String(Math.floor(r() * 1e6)).padStart(6, '0')}`.slice(0, r() < 0.8 ? 8 : 5);
  return state;
}
const pad = (n: number): string => String(n).padStart(2, '0');

/** A page's own fragment parts, some of them close to ours. */
const OTHER_PARTS = ['kontakt', 'x=1', 'asskommentar=1', 'asskomm-2=datum:2020', 'seite%20zwei', 'a:b;c', '', 'Ü'];

describe('round trips (seeded)', () => {
  it('reads back every state it writes, among any page fragment, without hints', () => {
    const r = random(15);
    for (let i = 0; i < 500; i++) {
      const state = randomState(r);
      const page = Array.from({ length: Math.floor(r() * 3) }, () => pick(r, OTHER_PARTS)).join('&');
      const hash = fragmentWithState(page ? `#${page}` : '', state);
      expect(parseUrlState(hash), hash).to.deep.equal({ state, hints: [] });
      expect(fragmentWithState(hash, state), hash).to.equal(hash);
      expect(fragmentWithState(hash, {}), hash).to.equal(page ? `#${page}` : '');
    }
  });

  it('never throws on noise, and what it reads from noise writes and reads back the same', () => {
    const r = random(1515);
    const alphabet = [
      'asskomm=',
      'datum:',
      'ebenen:',
      'gemeinde:',
      ';',
      ':',
      ',',
      '&',
      '%',
      '%3B',
      '%E0',
      '2021',
      '-11',
      'kpr',
      '146',
      '#',
      ' ',
    ];
    for (let i = 0; i < 500; i++) {
      const noise = Array.from({ length: Math.floor(r() * 12) }, () => pick(r, alphabet)).join('');
      const { state } = parseUrlState(`#${noise}`);
      expect(parseUrlState(fragmentWithState('', state)), noise).to.deep.equal({ state, hints: [] });
    }
  });
});

describe('writeUrlState', () => {
  /** A page with a history that writes down each replaceState call. */
  function fakePage(href: string, replaceState: (url: string) => void = () => {}) {
    const calls: string[] = [];
    const location = new URL(href);
    const page = {
      location,
      history: {
        state: { router: 1 },
        replaceState: (state: unknown, _title: string, url: string) => {
          expect(state).to.deep.equal({ router: 1 });
          replaceState(url);
          calls.push(url);
          location.href = url;
        },
      },
    } as unknown as Pick<Window, 'location' | 'history'>;
    return { page, calls };
  }

  it('replaces the address only when it changes, keeping the history entry’s state', () => {
    const { page, calls } = fakePage('https://example.org/seite?x=1#kontakt');
    expect(writeUrlState({ date: '2021-11' }, undefined, page)).to.equal('written');
    expect(writeUrlState({ date: '2021-11' }, undefined, page)).to.equal('unchanged');
    expect(writeUrlState({}, undefined, page)).to.equal('written');
    expect(calls).to.deep.equal(['https://example.org/seite?x=1#kontakt&asskomm=datum:2021-11', 'https://example.org/seite?x=1#kontakt']);
  });

  it('reports a page that forbids it instead of throwing', () => {
    const { page } = fakePage('https://example.org/', () => {
      throw new DOMException('forbidden', 'SecurityError');
    });
    expect(writeUrlState({ date: '2021' }, undefined, page)).to.equal('failed');
  });

  it('adds no history entry in a real page', () => {
    const before = location.href;
    const entries = history.length;
    try {
      expect(writeUrlState({ date: '2020-02-12', place: '14626610' })).to.equal('written');
      expect(location.hash).to.equal('#asskomm=datum:2020-02-12;gemeinde:14626610');
      expect(history.length).to.equal(entries);
      expect(parseUrlState(location.hash).state).to.deep.equal({ date: '2020-02-12', place: '14626610' });
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});

describe('urlStateHintText', () => {
  const hints: UrlStateHint[] = [
    { kind: 'unknown', entry: 'farbe:rot' },
    { kind: 'malformed', field: 'datum', value: '2021-13' },
    { kind: 'repeated', name: 'datum' },
    { kind: 'unreadable', text: '%E0' },
  ];

  it('names the address part and the value in German and in English', () => {
    expect(hints.map((hint) => urlStateHintText(hint, 'de', 'asskomm'))).to.deep.equal([
      'In der Adresse (#asskomm=…) ist „farbe:rot“ unbekannt und wird übergangen; bekannt sind datum, ebenen und gemeinde.',
      'In der Adresse (#asskomm=…) passt „2021-13“ nicht zu datum (erlaubt: JJJJ, JJJJ-MM oder JJJJ-MM-TT) und wird übergangen.',
      'In der Adresse (#asskomm=…) steht „datum“ mehrfach; es gilt das erste.',
      'In der Adresse (#asskomm=…) ist „%E0“ nicht lesbar (fehlerhafte %-Kodierung) und wird übergangen.',
    ]);
    expect(urlStateHintText(hints[1]!, 'en', 'asskomm')).to.equal(
      'In the address (#asskomm=…), "2021-13" does not fit datum (allowed: YYYY, YYYY-MM or YYYY-MM-DD) and is ignored.',
    );
  });

  it('cuts a long value, so a pasted address stays one line', () => {
    expect(urlStateHintText({ kind: 'unknown', entry: 'x'.repeat(5000) }, 'de', 'asskomm').length).to.be.below(200);
  });
});
