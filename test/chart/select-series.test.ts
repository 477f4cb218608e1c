import { expect } from '@open-wc/testing';
import { dateRange } from '../../src/chart/date-range.js';
import { selectSeries } from '../../src/chart/select-series.js';
import type { Indicator } from '../../src/feed/types.js';

const indicator = (id: string, points: Array<Partial<Indicator['points'][number]> & { date: string; value: number }>): Indicator => ({
  id,
  label: { de: `Reihe ${id}`, en: `Series ${id}` },
  format: 'count',
  cumulative: true,
  points: points.map((p) => ({ qualifier: 'exact', planned: false, disputed: false, ...p })),
});

const indicators = new Map<string, Indicator>([
  [
    'a',
    indicator('a', [
      { date: '2019-02-06', value: 8 },
      { date: '2020', value: 64 },
      { date: '2021-11', value: 126 },
      { date: '2022', value: 150, planned: true },
    ]),
  ],
  ['b', indicator('b', [{ date: '2021', value: 3 }])],
]);

describe('selectSeries', () => {
  it('keeps the order asked for, skips unknown ids, speaks the language', () => {
    const series = selectSeries(indicators, ['b', 'x', 'a'], 'en', dateRange());
    expect(series.map((s) => s.id)).to.deep.equal(['b', 'a']);
    expect(series[0]!.label).to.equal('Series b');
  });

  it('keeps planned points apart from reported ones, placed on the day they start to count', () => {
    const [a] = selectSeries(indicators, ['a'], 'de', dateRange());
    expect(a!.reported.map((p) => p.date)).to.deep.equal(['2019-02-06', '2020', '2021-11']);
    expect(a!.planned.map((p) => p.date)).to.deep.equal(['2022']);
    // A figure dated `2020` is known by the end of 2020, as on the counter and the map.
    expect(a!.reported[1]!.time).to.equal(Date.UTC(2020, 11, 31));
    expect(a!.reported[2]!.time).to.equal(Date.UTC(2021, 10, 30));
  });

  it('clips to a range and remembers the step before it and whether reports follow', () => {
    const [a] = selectSeries(indicators, ['a'], 'de', dateRange('2020', '2020'));
    expect(a!.reported.map((p) => p.value)).to.deep.equal([64]);
    expect(a!.planned).to.have.length(0);
    expect(a!.before?.value).to.equal(8);
    expect(a!.continuesAfter).to.be.true;
  });
});
