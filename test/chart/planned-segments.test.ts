import { expect } from '@open-wc/testing';
import { plannedSegments } from '../../src/chart/planned-segments.js';
import type { ChartPoint, ChartSeries } from '../../src/chart/select-series.js';

const point = (time: number, value: number, planned = false): ChartPoint => ({
  date: `d${time}`,
  time,
  value,
  qualifier: 'exact',
  planned,
  disputed: false,
  headline: !planned,
});
const series = (reported: ChartPoint[], planned: ChartPoint[], before?: ChartPoint): ChartSeries => ({
  id: 's',
  label: 'S',
  format: 'count',
  cumulative: true,
  reported,
  planned,
  ...(before ? { before } : {}),
  continuesAfter: false,
});
const pairs = (s: ChartSeries) => plannedSegments(s).map((seg) => [seg.from.time, seg.to.time, seg.fromBefore]);

describe('plannedSegments', () => {
  it('leads from the last reported figure to the plan', () => {
    expect(pairs(series([point(10, 12)], [point(20, 25, true)]))).to.deep.equal([[10, 20, false]]);
  });
  it('uses the figure just before each plan, even when reports follow the plan', () => {
    // Security analyses: plans in 2020, reported 12 in 2021, plan 25 for 2022, reported 25 in 2024.
    const s = series([point(30, 12), point(50, 25)], [point(10, 13, true), point(20, 13, true), point(40, 25, true)]);
    expect(pairs(s)).to.deep.equal([
      [10, 20, false],
      [30, 40, false],
    ]);
  });
  it('starts at the left edge from a figure before the range, and leaves a lone plan alone', () => {
    expect(pairs(series([], [point(20, 5, true)], point(1, 2)))).to.deep.equal([[1, 20, true]]);
    expect(pairs(series([], [point(20, 5, true)]))).to.deep.equal([]);
  });
});
