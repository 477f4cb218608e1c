import { expect } from '@open-wc/testing';
import { figureAt, headlinePoints, isHeadline } from '../../src/feed/figures.js';
import type { Indicator, IndicatorPoint } from '../../src/feed/types.js';
import { byCountDay } from '../../src/feed/when.js';

type PointInput = Partial<IndicatorPoint> & { date: string; value: number };
const series = (points: PointInput[], cumulative = true): Indicator => ({
  id: 'advised',
  label: { de: 'Beratene Kommunen', en: 'Municipalities advised' },
  format: 'count',
  cumulative,
  points: points.map((p) => ({ qualifier: 'exact' as const, planned: false, disputed: false, ...p })).sort(byCountDay),
});

describe('figureAt', () => {
  const advised = series([
    { date: '2019-02-06', value: 8 },
    { date: '2021-05-18', value: 109 },
    { date: '2021-06-25', value: 100, qualifier: 'at-least' },
    { date: '2021-11', value: 126 },
    { date: '2022', value: 200, planned: true },
  ]);

  it('takes the latest exact figure and never a plan', () => {
    expect(figureAt(advised)?.value).to.equal(126);
  });
  it('never lets a lower bound after a larger exact figure read as a fall', () => {
    expect(figureAt(advised, '2021-07-31')?.value).to.equal(109);
    expect(headlinePoints(advised).map((p) => p.value)).to.deep.equal([8, 109, 126]);
    expect(isHeadline(advised, advised.points[2]!)).to.be.false;
  });
  it('counts a month figure only from the end of its month', () => {
    expect(figureAt(advised, '2021-11-29')?.value).to.equal(109);
    expect(figureAt(advised, '2021-11-30')?.value).to.equal(126);
    expect(figureAt(advised, '2021-11')?.value).to.equal(126);
  });
  it('finds nothing before the first report', () => {
    expect(figureAt(advised, '2019-02-05')).to.be.undefined;
  });
  it('takes a qualified figure that is newer and larger than the exact one', () => {
    const funding = series([
      { date: '2020', value: 300000 },
      { date: '2021-02-06', value: 420000, qualifier: 'at-least' },
    ]);
    expect(figureAt(funding, '2021-02-06')?.qualifier).to.equal('at-least');
    expect(figureAt(funding, '2021-02-05')?.value).to.equal(300000);
  });
  it('never takes a disputed figure', () => {
    const kpr = series([
      { date: '2020-02-12', value: 16 },
      { date: '2020-12', value: 20, disputed: true },
      { date: '2021-02-06', value: 19 },
    ]);
    expect(figureAt(kpr, '2021-01-15')?.value).to.equal(16);
    expect(figureAt(kpr, '2021-02-06')?.value).to.equal(19);
  });
  it('takes every reported figure of a series that is not cumulative', () => {
    const budget = series(
      [
        { date: '2019', value: 1300000 },
        { date: '2021-06', value: 1300000, qualifier: 'approx' },
        { date: '2023', value: 1100000 },
      ],
      false,
    );
    expect(figureAt(budget, '2021-07')?.qualifier).to.equal('approx');
    expect(figureAt(budget)?.value).to.equal(1100000);
  });
});
