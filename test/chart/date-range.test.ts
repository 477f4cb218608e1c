import { expect } from '@open-wc/testing';
import { dateRange, inRange, periodEnd } from '../../src/chart/date-range.js';

describe('periodEnd', () => {
  it('is the first instant after the year, month or day a date names', () => {
    expect(new Date(periodEnd('2021')).toISOString()).to.equal('2022-01-01T00:00:00.000Z');
    expect(new Date(periodEnd('2021-12')).toISOString()).to.equal('2022-01-01T00:00:00.000Z');
    expect(new Date(periodEnd('2021-02-28')).toISOString()).to.equal('2021-03-01T00:00:00.000Z');
  });
});

describe('dateRange and inRange', () => {
  it('include both ends by period: to="2021" keeps November 2021', () => {
    const range = dateRange('2020', '2021');
    expect(inRange(Date.UTC(2020, 0, 1), range)).to.be.true;
    expect(inRange(Date.UTC(2021, 10, 1), range)).to.be.true;
    expect(inRange(Date.UTC(2019, 11, 31), range)).to.be.false;
    expect(inRange(Date.UTC(2022, 0, 1), range)).to.be.false;
  });
  it('is open where no end is given', () => {
    const range = dateRange(undefined, undefined);
    expect(range.start).to.equal(-Infinity);
    expect(range.end).to.equal(Infinity);
    expect(inRange(0, range)).to.be.true;
  });
});
