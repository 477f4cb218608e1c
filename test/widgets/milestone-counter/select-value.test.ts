import { expect } from '@open-wc/testing';
import type { Indicator } from '../../../src/feed/types.js';
import { latestPoint, selectFigure } from '../../../src/widgets/milestone-counter/select-value.js';

const advised: Indicator = {
  id: 'advised',
  label: { de: 'Kommunen beraten', en: 'Municipalities advised' },
  format: 'count',
  cumulative: true,
  points: [
    { date: '2019-02-06', value: 8, qualifier: 'exact', planned: false },
    { date: '2021-02-06', value: 102, qualifier: 'exact', planned: false },
    { date: '2021-11', value: 126, qualifier: 'exact', planned: false },
    { date: '2023', value: 200, qualifier: 'exact', planned: true },
  ],
};

describe('latestPoint', () => {
  it('takes the latest reported point and never a planned one', () => {
    expect(latestPoint(advised)?.value).to.equal(126);
  });
  it('takes the latest point on or before a date, a partial date reaching to its end', () => {
    expect(latestPoint(advised, '2021-03')?.value).to.equal(102);
    expect(latestPoint(advised, '2021-02-06')?.value).to.equal(102);
    expect(latestPoint(advised, '2021-02')?.value).to.equal(102);
    expect(latestPoint(advised, '2021-01')?.value).to.equal(8);
    expect(latestPoint(advised, '2021-11-30')?.value).to.equal(126);
  });
  it('finds nothing before the first report', () => {
    expect(latestPoint(advised, '2018')).to.be.undefined;
  });
});

describe('selectFigure', () => {
  it('pairs the shown point with the point at or before `since`', () => {
    const figure = selectFigure(advised, { since: '2021-02-06' })!;
    expect(figure.point.value).to.equal(126);
    expect(figure.base?.value).to.equal(102);
  });
  it('has no base when the series starts after `since`', () => {
    expect(selectFigure(advised, { since: '2018' })!.base).to.be.undefined;
  });
  it('has no base when `since` is not before the shown point', () => {
    expect(selectFigure(advised, { since: '2022' })!.base).to.be.undefined;
    expect(selectFigure(advised, { date: '2021-03', since: '2021-11' })!.base).to.be.undefined;
  });
  it('is undefined when nothing was reported by `date`', () => {
    expect(selectFigure(advised, { date: '2018' })).to.be.undefined;
  });
});
