import { expect } from '@open-wc/testing';
import type { ChartPoint, ChartSeries } from '../../src/chart/select-series.js';
import { pointOn, pointsOn, valueAt } from '../../src/chart/value-at.js';

const point = (time: number, value: number, planned = false): ChartPoint => ({
  date: String(time),
  time,
  value,
  qualifier: 'exact',
  planned,
  disputed: false,
  headline: !planned,
});

const series = (overrides: Partial<ChartSeries> = {}): ChartSeries => ({
  id: 's',
  label: 'S',
  format: 'count',
  cumulative: true,
  reported: [point(10, 1), point(20, 5)],
  planned: [point(30, 9, true)],
  continuesAfter: false,
  ...overrides,
});

describe('valueAt', () => {
  it('gives the figure reported on that date', () => {
    expect(valueAt(series(), 20)).to.deep.include({ kind: 'reported' });
    expect(valueAt(series(), 20)!.point.value).to.equal(5);
  });
  it('holds a cumulative figure until the next report', () => {
    const at = valueAt(series(), 15)!;
    expect(at.kind).to.equal('step');
    expect(at.point.value).to.equal(1);
  });
  it('gives a plan as a plan, and claims nothing after the last report otherwise', () => {
    expect(valueAt(series(), 30)).to.deep.include({ kind: 'planned' });
    expect(valueAt(series(), 25)).to.be.undefined;
    expect(valueAt(series({ continuesAfter: true }), 25)!.point.value).to.equal(5);
  });
  it('has nothing before the first report, unless a step enters from before the range', () => {
    expect(valueAt(series(), 5)).to.be.undefined;
    expect(valueAt(series({ before: point(2, 0.5) }), 5)!.point.value).to.equal(0.5);
  });
  it('does not invent values between the reports of a non-cumulative series', () => {
    expect(valueAt(series({ cumulative: false }), 15)).to.be.undefined;
    expect(valueAt(series({ cumulative: false }), 10)!.point.value).to.equal(1);
  });
});

describe('valueAt with figures beside the line', () => {
  const aside = (time: number, value: number): ChartPoint => ({ ...point(time, value), qualifier: 'at-least', headline: false });
  it('holds the current figure on the date of a lower bound and tells the bound beside it', () => {
    const s = series({ reported: [point(10, 109), aside(20, 100), point(30, 126)] });
    const at = valueAt(s, 20)!;
    expect(at.point.value).to.equal(109);
    expect(at.kind).to.equal('step');
    expect(at.aside?.value).to.equal(100);
    expect(valueAt(s, 25)!.point.value).to.equal(109);
    expect(valueAt(s, 25)!.aside).to.be.undefined;
  });
});

describe('pointsOn and pointOn', () => {
  const points = [point(10, 1), point(20, 2), point(20, 3), point(20, 4), point(30, 5)];
  it('find the points of a date by bisection: all of them, the first one', () => {
    expect(pointsOn(points, 20)).to.deep.equal({ from: 1, to: 4 });
    expect(pointOn(points, 20)!.value).to.equal(2);
    expect(pointOn(points, 30)!.value).to.equal(5);
  });
  it('find nothing between, before and after the dates, or in no points', () => {
    expect(pointsOn(points, 15)).to.deep.equal({ from: 1, to: 1 });
    expect(pointOn(points, 15)).to.be.undefined;
    expect(pointOn(points, 5)).to.be.undefined;
    expect(pointOn(points, 35)).to.be.undefined;
    expect(pointsOn([], 10)).to.deep.equal({ from: 0, to: 0 });
  });
});

describe('valueAt over a long series', () => {
  it('gives what a scan from the end gives at every date', () => {
    const reported = Array.from({ length: 300 }, (_, i) =>
      i % 7 === 3 ? { ...point(i * 2, i), headline: false, qualifier: 'at-least' as const } : point(i * 2 + (i % 5 === 0 ? 0 : 1), i),
    ).sort((a, b) => a.time - b.time);
    const s = series({ reported, planned: [point(601, 999, true)], continuesAfter: false });
    const scan = (time: number): number | undefined => {
      const exact = reported.filter((p) => p.time === time && p.headline).at(-1);
      if (exact) return exact.value;
      if (time > reported.at(-1)!.time) return undefined;
      return reported.filter((p) => p.headline && p.time < time).at(-1)?.value;
    };
    for (let time = -1; time <= 602; time++) {
      const at = valueAt(s, time);
      expect(at?.kind === 'planned' ? undefined : at?.point.value, `time ${time}`).to.equal(scan(time));
    }
  });
});
