import { expect } from '@open-wc/testing';
import { dateRange, inRange } from '../../src/chart/date-range.js';

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
