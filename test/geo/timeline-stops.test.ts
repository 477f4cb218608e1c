import { expect } from '@open-wc/testing';
import type { FeedEvent, Indicator, Place } from '../../src/feed/types.js';
import { validateFeed } from '../../src/feed/validate.js';
import { documentedAt, mergeBodies } from '../../src/geo/documented.js';
import { ASSKOMM_LAUNCH, stopLabel, timelineStops, type TimelineSource, type TimelineStop } from '../../src/geo/timeline-stops.js';

const place = (key: string, statuses: Place['statuses']): [string, Place] => [key, { key, name: key, level: 'municipality', statuses }];
const indicator = (id: string, layer: Indicator['layer'], points: { date: string; value: number; planned?: boolean }[]): Indicator => ({
  id,
  label: { de: id, en: id },
  format: 'count',
  cumulative: true,
  layer,
  points: points.map((p) => ({ qualifier: 'exact' as const, planned: false, disputed: false, ...p })),
});
const event = (date: string): FeedEvent => ({ date, label: { de: 'Ereignis', en: 'Event' }, priority: 2 });

function source(parts: Partial<TimelineSource> = {}): TimelineSource {
  return { meta: { asOf: '2021-06-30' }, indicators: new Map(), events: [], places: new Map(), bodies: new Map(), ...parts };
}
const dates = (stops: TimelineStop[]): string[] => stops.map((s) => s.date);
const kinds = (stop: TimelineStop | undefined): string[] => (stop?.reasons ?? []).map((r) => r.kind);

describe('timelineStops', () => {
  it('starts at the launch, stops at each 1 January and ends at asOf', () => {
    const stops = timelineStops(source());
    expect(dates(stops)).to.deep.equal([ASSKOMM_LAUNCH, '2020-01-01', '2021-01-01', '2021-06-30']);
    expect(stops.map(kinds)).to.deep.equal([['start'], ['year'], ['year'], ['as-of']]);
  });

  it('puts a status at the end of its span and an undated one at asOf', () => {
    const places = new Map([
      place('14521010', { kpr: { date: '../2020-05', action: 'founded' }, model: {} }),
      place('14521020', { agreement: { date: '2020-03-01/2020-07-15' } }),
    ]);
    const stops = timelineStops(source({ places }));
    expect(dates(stops)).to.include.members(['2020-05', '2020-07-15']);
    expect(stops.find((s) => s.date === '2020-05')!.reasons).to.deep.equal([
      { kind: 'status', layer: 'kpr', owner: 'place', key: '14521010', undated: false },
    ]);
    expect(stops.at(-1)!.reasons).to.deep.equal([
      { kind: 'status', layer: 'model', owner: 'place', key: '14521010', undated: true },
      { kind: 'as-of' },
    ]);
  });

  it('gives each funding item and each body status its own stop', () => {
    const places = new Map([
      place('14521010', {
        funding: [
          { date: '2019-10', amountQualifier: 'exact' },
          { date: '2020-11-02', amountQualifier: 'exact' },
        ],
      }),
    ]);
    const bodies = new Map([
      ['vv', { key: 'vv', name: 'VV', members: ['14521010', '14521020'], statuses: { coaching: { date: '2020-08' } } }],
    ]);
    const stops = timelineStops(source({ places, bodies }));
    expect(dates(stops)).to.include.members(['2019-10', '2020-11-02', '2020-08']);
    expect(stops.find((s) => s.date === '2020-08')!.reasons[0]).to.include({ owner: 'body', key: 'vv', layer: 'coaching' });
  });

  it('makes one stop of dates that count at the same instant, named by the coarsest', () => {
    const places = new Map([
      place('14521010', { kpr: { date: '2020-12-31', action: 'founded' } }),
      place('14521020', { kpr: { date: '2020', action: 'founded' } }),
      place('14521030', { kpr: { date: '2020-12', action: 'founded' } }),
    ]);
    const stops = timelineStops(source({ places }));
    const end2020 = stops.filter((s) => s.until === Date.UTC(2021, 0, 1));
    expect(dates(end2020)).to.deep.equal(['2020']);
    expect(end2020[0]!.reasons).to.have.length(3);
    // 1 January 2021 is a day later than "as of 2020": a stop of its own.
    expect(dates(stops)).to.include('2021-01-01');
    expect(new Set(stops.map((s) => s.until)).size).to.equal(stops.length);
    expect(stops.map((s) => s.until)).to.deep.equal([...stops.map((s) => s.until)].sort((a, b) => a - b));
  });

  it('takes official figures of linked layers only, never plans, and every event', () => {
    const indicators = new Map([
      [
        'kpr',
        indicator('kpr', 'kpr', [
          { date: '2019-11', value: 3 },
          { date: '2021-02', value: 9, planned: true },
        ]),
      ],
      ['budget', indicator('budget', undefined, [{ date: '2019-09-01', value: 1 }])],
    ]);
    const stops = timelineStops(source({ indicators, events: [event('2020-04-02')] }));
    expect(kinds(stops.find((s) => s.date === '2019-11'))).to.deep.equal(['figure']);
    expect(dates(stops)).not.to.include.members(['2021-02', '2019-09-01']);
    expect(kinds(stops.find((s) => s.date === '2020-04-02'))).to.deep.equal(['event']);
  });

  it('leaves out what counts before the first stop or after asOf', () => {
    const places = new Map([place('14521010', { kpr: { date: '2004', action: 'existing' }, coaching: { date: '2021-07' } })]);
    const stops = timelineStops(source({ places, events: [event('2018-05-29')] }));
    expect(dates(stops)).to.deep.equal([ASSKOMM_LAUNCH, '2020-01-01', '2021-01-01', '2021-06-30']);
  });

  it('follows the layers the map shows, and a start of its own', () => {
    const places = new Map([place('14521010', { kpr: { date: '2020-05', action: 'founded' }, coaching: { date: '2020-09' } })]);
    const stops = timelineStops(source({ places }), { layers: new Set(['coaching']), from: '2020-06' });
    expect(dates(stops)).to.deep.equal(['2020-06', '2020-09', '2021-01-01', '2021-06-30']);
  });

  it('is the single stop asOf for a feed older than its start', () => {
    const stops = timelineStops(source({ meta: { asOf: '2018-03' } }));
    expect(dates(stops)).to.deep.equal(['2018-03']);
    expect(kinds(stops[0])).to.deep.equal(['start', 'as-of']);
  });
});

describe('stopLabel', () => {
  it('names a stop in German or English, never more precisely than its date', () => {
    expect(stopLabel({ date: '2019-02-06' }, 'de')).to.equal('6. Februar 2019');
    expect(stopLabel({ date: '2021-11' }, 'de')).to.equal('November 2021');
    expect(stopLabel({ date: '2019-02-06' }, 'en')).to.equal('6 February 2019');
    expect(stopLabel({ date: '2022' }, 'en')).to.equal('2022');
  });
});

describe('timelineStops on the default feed', () => {
  it('plays from the 8 model municipalities at the launch to asOf', async () => {
    const { model } = validateFeed(await (await fetch('/data/asskomm.json')).json());
    const stops = timelineStops(model!);
    const first = stops[0]!;
    const last = stops.at(-1)!;
    expect(first.date).to.equal('2019-02-06');
    expect(last.date).to.equal(model!.meta.asOf);
    const records = mergeBodies(model!.places, model!.bodies, (key) => key);
    const atStart = documentedAt(records, first.date, model!.meta.asOf).counts;
    expect(atStart.model.municipalities).to.equal(8);
  });
});
