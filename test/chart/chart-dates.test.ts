import { expect } from '@open-wc/testing';
import { chartDates } from '../../src/chart/chart-dates.js';
import type { ChartPoint, ChartSeries } from '../../src/chart/select-series.js';

const point = (date: string, time: number, planned = false): ChartPoint => ({
  date,
  time,
  value: 1,
  qualifier: 'exact',
  planned,
  disputed: false,
  headline: !planned,
});
const series = (reported: ChartPoint[], planned: ChartPoint[] = []): ChartSeries => ({
  id: 's',
  label: 'S',
  format: 'count',
  cumulative: true,
  reported,
  planned,
  continuesAfter: false,
});

describe('chartDates', () => {
  it('merges the dates of all series, reported and planned, oldest first, each once', () => {
    const dates = chartDates([series([point('b', 20), point('a', 10)]), series([point('b', 20)], [point('c', 30, true)])]);
    expect(dates.map((d) => d.date)).to.deep.equal(['a', 'b', 'c']);
  });
  it('names a shared position by the more precise date', () => {
    const dates = chartDates([series([point('2021', 5)]), series([point('2021-01-01', 5)])]);
    expect(dates).to.deep.equal([{ date: '2021-01-01', time: 5 }]);
  });
});
