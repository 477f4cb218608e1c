import { expect } from '@open-wc/testing';
import type { ChartPoint, ChartSeries } from '../../../src/chart/select-series.js';
import { fullestDate, stepSeries } from '../../../src/widgets/progress-chart/keyboard.js';
import { chartFontSize } from '../../../src/widgets/progress-chart/progress-chart.layout.js';

const point = (time: number, value: number): ChartPoint => ({
  date: String(time),
  time,
  value,
  qualifier: 'exact',
  planned: false,
  disputed: false,
  headline: true,
});

const series = (id: string, times: number[], cumulative = false): ChartSeries => ({
  id,
  label: id,
  format: 'count',
  cumulative,
  reported: times.map((time) => point(time, time)),
  planned: [],
  continuesAfter: false,
});

const date = (time: number): { date: string; time: number } => ({ date: String(time), time });

describe('chart keys and sizes', () => {
  it('steps between series with ↑/↓, from none to the first or last, and stays at the ends', () => {
    expect(stepSeries('ArrowDown', -1, 3)).to.equal(0);
    expect(stepSeries('ArrowUp', -1, 3)).to.equal(2);
    expect(stepSeries('ArrowDown', 2, 3)).to.equal(2);
    expect(stepSeries('ArrowUp', 0, 3)).to.equal(0);
    expect(stepSeries('ArrowDown', 0, 0)).to.be.undefined;
    expect(stepSeries('ArrowLeft', 0, 3)).to.be.undefined;
  });

  it('starts at the latest date where most series have a figure', () => {
    const shown = [series('a', [10, 20, 30]), series('b', [10, 20]), series('c', [20, 40])];
    expect(fullestDate([10, 20, 30, 40].map(date), shown)!.time).to.equal(20);
    // A held step counts as a figure: the later date wins a tie.
    const held = [series('a', [10, 40], true), series('b', [10, 30], true)];
    expect(fullestDate([10, 30, 40].map(date), held)!.time).to.equal(30);
    expect(fullestDate([], held)).to.be.undefined;
  });

  it('does not count a plan as a figure when it picks the starting date', () => {
    const planned: ChartSeries = { ...series('analyses', [10]), planned: [{ ...point(20, 25), planned: true, headline: false }] };
    expect(fullestDate([10, 20].map(date), [planned])!.time).to.equal(10);
  });

  it('sizes the chart text at 3/4 of the host font, never below 12 px', () => {
    expect([0, 10, 16, 18, 24, Number.NaN].map(chartFontSize)).to.deep.equal([12, 12, 12, 13.5, 18, 12]);
  });
});
