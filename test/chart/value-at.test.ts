import { expect } from '@open-wc/testing';
import type { ChartPoint, ChartSeries } from '../../src/chart/select-series.js';
import { valueAt } from '../../src/chart/value-at.js';

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
