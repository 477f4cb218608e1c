import { expect } from '@open-wc/testing';
import { EVENTS, INDICATORS, parseFeedText, validateFeed, validateFeedParts } from '../../src/feed/validate.js';
import { checkPlaceKeys, placeIndexFromTopology } from '../../src/feed/places.js';
import { isPartialDate } from '../../src/feed/schema.js';
import type { FeedIssue } from '../../src/feed/types.js';

const meta = {
  title: 'Test',
  publisher: 'Landespräventionsrat Sachsen',
  asOf: '2021-11',
  source: 'Quelle',
  license: 'Lizenz',
  contact: { name: 'LPR' },
};

function feed(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    meta,
    indicators: [{ id: 'advised', label: { de: 'Kommunen beraten', en: 'Advised' }, points: [{ date: '2021-11', value: 126 }] }],
    ...extra,
  };
}

function only(issues: FeedIssue[], severity: FeedIssue['severity']): FeedIssue[] {
  return issues.filter((issue) => issue.severity === severity);
}

describe('isPartialDate', () => {
  it('accepts year, month and day precision that exist in the calendar', () => {
    for (const date of ['2019', '2021-11', '2019-02-06', '2024-02-29']) expect(isPartialDate(date), date).to.be.true;
  });
  it('rejects malformed and impossible dates', () => {
    for (const date of ['21', '2021-13', '2021-00', '2023-02-29', '2021-11-31', '06.02.2019', '2021-1', '2021-11-05T00:00']) {
      expect(isPartialDate(date), date).to.be.false;
    }
  });
  it('rejects years outside 1900–2199: a typo such as 0021, which JavaScript would also shift by 1900', () => {
    for (const date of ['0021-11-05', '0000', '1899-12', '2200']) expect(isPartialDate(date), date).to.be.false;
    for (const date of ['1900', '2199-12-31']) expect(isPartialDate(date), date).to.be.true;
  });
});

describe('parseFeedText', () => {
  it('turns text that is not JSON into a fatal German issue', () => {
    const { model, issues } = parseFeedText('{"schemaVersion": 1,');
    expect(model).to.be.undefined;
    expect(issues[0]!.severity).to.equal('fatal');
    expect(issues[0]!.message).to.match(/^Der Feed ist kein gültiges JSON/);
  });
});

describe('validateFeed', () => {
  it('returns the model of a valid feed without issues', () => {
    const { model, issues } = validateFeed(feed());
    expect(issues).to.deep.equal([]);
    expect(model!.meta.asOf).to.equal('2021-11');
    expect(model!.indicators.get('advised')!.points[0]!.value).to.equal(126);
  });

  it('fills documented defaults', () => {
    const { model } = validateFeed(feed());
    const indicator = model!.indicators.get('advised')!;
    expect(indicator.format).to.equal('count');
    expect(indicator.cumulative).to.equal(true);
    expect(indicator.points[0]!.qualifier).to.equal('exact');
    expect(indicator.points[0]!.planned).to.equal(false);
  });

  it('rejects a feed that is not an object', () => {
    for (const input of [null, [], 'feed', 42]) {
      const { model, issues } = validateFeed(input);
      expect(model).to.be.undefined;
      expect(issues[0]).to.include({ severity: 'fatal', path: '$' });
    }
  });

  it('rejects a missing or other schema version', () => {
    expect(validateFeed({ ...feed(), schemaVersion: undefined }).issues[0]).to.include({ severity: 'fatal', path: '$.schemaVersion' });
    const { issues } = validateFeed({ ...feed(), schemaVersion: 2 });
    expect(issues[0]!.message).to.equal('Schema-Version 2 wird nicht unterstützt (erwartet: 1)');
  });

  it('rejects a missing meta, names a broken meta field and keeps the feed', () => {
    expect(validateFeed({ ...feed(), meta: undefined }).issues[0]).to.include({ severity: 'fatal', path: '$.meta', message: 'fehlt' });
    const { model, issues } = validateFeed({ ...feed(), meta: { ...meta, asOf: '30.11.2021' } });
    expect(issues[0]).to.include({ severity: 'error', path: '$.meta.asOf' });
    expect(issues[0]!.message).to.contain('kein gültiges Datum').and.contain('als Stand gilt das jüngste Datum der Daten: 2021-11');
    expect(model!.meta.asOf, 'the newest date of the data').to.equal('2021-11');
    const noPublisher = validateFeed({ ...feed(), meta: { ...meta, publisher: '' } });
    expect(noPublisher.issues[0]).to.include({ severity: 'error', path: '$.meta.publisher', message: 'darf nicht leer sein' });
    expect(noPublisher.model!.meta.publisher).to.equal(undefined);
    const longSource = validateFeed({ ...feed(), meta: { ...meta, source: 'x'.repeat(2001) } });
    expect(longSource.model!.meta.source, 'the publisher stands in').to.equal('Landespräventionsrat Sachsen');
  });

  it('rejects a feed over a record limit before walking it, naming the count', () => {
    const points = Array.from({ length: 10_001 }, (_, i) => ({ date: '2021', value: i }));
    const { model, issues } = validateFeed(feed({ indicators: [{ id: 'a', label: { de: 'a', en: 'a' }, points }] }));
    expect(model).to.equal(undefined);
    expect(issues[0]).to.deep.equal({
      severity: 'fatal',
      path: '$.indicators[*].points',
      message: 'enthält 10.001 Punkte insgesamt (höchstens 10.000)',
    });
    const events = Array.from({ length: 2_001 }, () => ({ date: '2021', label: { de: 'a', en: 'a' } }));
    const counter = validateFeedParts(feed({ events }), [INDICATORS]);
    expect(counter.model, 'a counter is not refused for events it never shows').to.not.equal(undefined);
    expect(validateFeedParts(feed({ events }), [EVENTS]).issues[0]).to.include({ severity: 'fatal', path: '$.events' });
  });

  it('rejects figures beyond 1 Billion, far before axis arithmetic overflows', () => {
    const { model, issues } = validateFeed(
      feed({ indicators: [{ id: 'a', label: { de: 'a', en: 'a' }, points: [{ date: '2021', value: 1.79e308 }] }] }),
    );
    expect(model!.indicators.get('a')!.points).to.deep.equal([]);
    expect(issues[0]).to.include({
      severity: 'error',
      path: '$.indicators[0].points[0].value',
      message: 'ist zu groß (höchstens 1 Billion)',
    });
  });

  it('rejects a feed without indicators and municipalities', () => {
    const { issues } = validateFeed({ schemaVersion: 1, meta });
    expect(issues[0]).to.include({ severity: 'fatal', path: '$' });
  });

  it('rejects parts of the wrong type', () => {
    expect(only(validateFeed(feed({ indicators: {} })).issues, 'fatal')[0]!.path).to.equal('$.indicators');
    // Events and bodies only annotate: the figures still show without them.
    expect(only(validateFeed(feed({ events: 'none' })).issues, 'error')[0]!.path).to.equal('$.events');
    expect(validateFeed(feed({ events: 'none', bodies: [] })).model).to.not.equal(undefined);
    expect(only(validateFeed(feed({ municipalities: [] })).issues, 'fatal')[0]!.path).to.equal('$.municipalities');
  });

  it('skips a bad indicator point and keeps the rest, naming the exact field', () => {
    const points = [
      { date: '2021-11', value: 126 },
      { date: '2021', value: -3 },
      { date: '2021-13', value: 5 },
      { date: '2020-02-12', value: '64' },
      { date: '2020', value: Number.POSITIVE_INFINITY },
      { date: '2020', value: 5, qualifier: 'roughly' },
    ];
    const { model, issues } = validateFeed(feed({ indicators: [{ id: 'advised', label: { de: 'a', en: 'b' }, points }] }));
    expect(model!.indicators.get('advised')!.points).to.have.length(1);
    const errors = only(issues, 'error');
    expect(errors.map((issue) => issue.path)).to.deep.equal([
      '$.indicators[0].points[1].value',
      '$.indicators[0].points[2].date',
      '$.indicators[0].points[3].value',
      '$.indicators[0].points[4].value',
      '$.indicators[0].points[5].qualifier',
    ]);
    expect(errors[0]!.message).to.equal('darf nicht negativ sein');
    expect(errors[2]!.message).to.equal('muss eine Zahl sein, ist aber „64“');
    expect(errors[4]!.message).to.contain('exact, at-least, approx');
  });

  it('sorts points and events by date, mixed precision by its start', () => {
    const { model } = validateFeed(
      feed({
        indicators: [
          {
            id: 'kpr',
            label: { de: 'a', en: 'b' },
            points: [
              { date: '2021-11', value: 3 },
              { date: '2020', value: 1 },
              { date: '2021-02-06', value: 2 },
            ],
          },
        ],
        events: [
          { date: '2021-01-18', label: { de: 'b', en: 'b' } },
          { date: '2019-02-06', label: { de: 'a', en: 'a' } },
        ],
      }),
    );
    expect(model!.indicators.get('kpr')!.points.map((p) => p.date)).to.deep.equal(['2020', '2021-02-06', '2021-11']);
    expect(model!.events.map((e) => e.label.de)).to.deep.equal(['a', 'b']);
    expect(model!.events[0]!.priority).to.equal(2);
  });

  it('skips indicators with a bad id, a missing label, no points or a duplicate id', () => {
    const { model, issues } = validateFeed(
      feed({
        indicators: [
          { id: 'Bad Id', label: { de: 'a', en: 'b' }, points: [] },
          { id: 'kpr', label: { de: 'KPR' }, points: [] },
          { id: 'advised', label: { de: 'a', en: 'b' } },
          { id: 'coaching', label: { de: 'a', en: 'b' }, points: [] },
          { id: 'coaching', label: { de: 'c', en: 'd' }, points: [] },
        ],
      }),
    );
    expect([...model!.indicators.keys()]).to.deep.equal(['coaching']);
    expect(only(issues, 'error').map((issue) => issue.path)).to.deep.equal([
      '$.indicators[0].id',
      '$.indicators[1].label.en',
      '$.indicators[2].points',
      '$.indicators[4].id',
    ]);
  });

  it('skips a bad event', () => {
    const { model, issues } = validateFeed(
      feed({
        events: [
          { date: 'gestern', label: { de: 'x', en: 'x' } },
          { date: '2019', label: { de: 'a', en: 'a' }, priority: 5 },
        ],
      }),
    );
    expect(model!.events).to.have.length(0);
    expect(only(issues, 'error').map((issue) => issue.path)).to.deep.equal(['$.events[0].date', '$.events[1].priority']);
  });

  it('skips places with a malformed key or no name, and a bad status but not its place', () => {
    const { model, issues } = validateFeed(
      feed({
        municipalities: {
          '14713000': { name: 'Leipzig', model: { date: '2019-02-06' }, agreement: { date: 2021 } },
          '1471300': { name: 'Kaputt' },
          '15001000': { name: 'Nicht in Sachsen' },
          '14511000': { model: {} },
          '14626': { name: 'Landkreis Görlitz', kpr: {} },
          '14730310': { name: 'Torgau', funding: [{ amountEur: -1 }], analysis: { state: 'done' } },
        },
      }),
    );
    expect([...model!.places.keys()]).to.have.members(['14713000', '14626', '14730310']);
    const leipzig = model!.places.get('14713000')!;
    expect(leipzig.statuses.model).to.deep.equal({ date: '2019-02-06' });
    expect(leipzig.statuses.agreement).to.be.undefined;
    expect(model!.places.get('14626')!.level).to.equal('district');
    expect(model!.places.get('14626')!.statuses.kpr!.action).to.equal('founded');
    // Object keys that look like numbers iterate in numeric order, whatever the file says.
    expect(only(issues, 'error').map((issue) => issue.path)).to.have.members([
      '$.municipalities["14713000"].agreement.date',
      '$.municipalities["1471300"]',
      '$.municipalities["15001000"]',
      '$.municipalities["14511000"].name',
      '$.municipalities["14730310"].funding[0].amountEur',
      '$.municipalities["14730310"].analysis.state',
    ]);
  });

  it('warns about unknown fields at every level and ignores them', () => {
    const { model, issues } = validateFeed(
      feed({
        extra: true,
        municipalities: { '14713000': { name: 'Leipzig', farbe: 'rot', kpr: { body: { name: 'KPR', person: 'Max' } } } },
      }),
    );
    expect(only(issues, 'warning').map((issue) => issue.path)).to.deep.equal([
      '$.extra',
      '$.municipalities["14713000"].kpr.body.person',
      '$.municipalities["14713000"].farbe',
    ]);
    expect(issues.every((issue) => issue.message === 'unbekanntes Feld, wird ignoriert')).to.be.true;
    expect(model!.places.get('14713000')!.statuses.kpr!.body).to.deep.equal({ name: 'KPR' });
  });

  it('names "__proto__" and "toString" fields as unknown instead of reading a place through them', () => {
    // JSON.parse makes `__proto__` an own field, as a feed from the network would have it.
    const municipalities = JSON.parse(
      '{"14612000": {"name": "Dresden", "__proto__": {"note": "geerbt"}, "kpr": {"toString": 1}}, "14713000": {"__proto__": {"name": "Leipzig"}}}',
    );
    const { model, issues } = validateFeed(feed({ municipalities }));
    expect([...model!.places.values()]).to.deep.equal([
      { key: '14612000', name: 'Dresden', level: 'municipality', statuses: { kpr: { action: 'founded' } } },
    ]);
    expect(issues).to.deep.equal([
      { severity: 'warning', path: '$.municipalities["14612000"].kpr.toString', message: 'unbekanntes Feld, wird ignoriert' },
      { severity: 'warning', path: '$.municipalities["14612000"].__proto__', message: 'unbekanntes Feld, wird ignoriert' },
      { severity: 'error', path: '$.municipalities["14713000"].name', message: 'fehlt' },
    ]);
  });

  it('warns about contact addresses that cannot become links', () => {
    const { issues } = validateFeed(
      feed({
        municipalities: {
          '14626610': { name: 'Zittau', kpr: { body: { name: 'KPR', url: 'javascript:alert(1)', email: 'kpr@zittau.de' } } },
        },
      }),
    );
    expect(only(issues, 'warning').map((issue) => issue.path)).to.deep.equal(['$.municipalities["14626610"].kpr.body.url']);
  });
});

describe('checkPlaceKeys', () => {
  const topology = {
    objects: {
      gemeinden: {
        geometries: [{ properties: { ags: '14521035', name: 'Aue-Bad Schlema' } }, { properties: { ags: '14713000', name: 'Leipzig' } }],
      },
      kreise: { geometries: [{ properties: { ags: '14626', name: 'Görlitz' } }] },
    },
    crosswalk: { '14521030': '14521035', '14521050': '14521035' },
  };

  it('moves 2016 keys to their 2021 successor, reports unknown and doubled keys', () => {
    const { model } = validateFeed(
      feed({
        municipalities: {
          '14521030': { name: 'Aue' },
          '14521050': { name: 'Bad Schlema' },
          '14713000': { name: 'Leipzig' },
          '14626': { name: 'Landkreis Görlitz' },
          '14999999': { name: 'Unbekannt' },
        },
      }),
    );
    const { places, issues } = checkPlaceKeys(model!, placeIndexFromTopology(topology));
    expect([...places.keys()]).to.have.members(['14521035', '14713000', '14626']);
    expect(places.get('14521035')!.name).to.equal('Aue');
    expect(issues.map((issue) => [issue.severity, issue.path])).to.deep.equal([
      ['warning', '$.municipalities["14521030"]'],
      ['warning', '$.municipalities["14521050"]'],
      ['error', '$.municipalities["14521050"]'],
      ['error', '$.municipalities["14999999"]'],
    ]);
    expect(issues[3]!.message).to.contain('14999999');
  });
});
