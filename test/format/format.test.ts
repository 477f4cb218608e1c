import { expect } from '@open-wc/testing';
import { formatDate, formatMonthShort, isOnOrBefore, startOf } from '../../src/format/date.js';
import { formatValue } from '../../src/format/number.js';

describe('formatDate', () => {
  it('says a date only as precisely as it is known, in German by default', () => {
    expect(formatDate('2019-02-06', 'de')).to.equal('6. Februar 2019');
    expect(formatDate('2021-11', 'de')).to.equal('November 2021');
    expect(formatDate('2019', 'de')).to.equal('2019');
  });
  it('speaks English', () => {
    expect(formatDate('2019-02-06', 'en')).to.equal('6 February 2019');
    expect(formatDate('2021-11', 'en')).to.equal('November 2021');
  });
  it('never groups a year', () => {
    expect(formatDate('2019', 'de')).not.to.contain('.');
    expect(formatMonthShort(startOf('2019-02-06'), 'de')).to.equal('Feb. 2019');
  });
});

describe('startOf and isOnOrBefore', () => {
  it('place partial dates at the start of their period, independent of the time zone', () => {
    expect(startOf('2021').toISOString()).to.equal('2021-01-01T00:00:00.000Z');
    expect(startOf('2021-11').toISOString()).to.equal('2021-11-01T00:00:00.000Z');
  });
  it('counts a month or year as reached once it has begun', () => {
    expect(isOnOrBefore('2021-11', '2021-11-05')).to.be.true;
    expect(isOnOrBefore('2021', '2021-01-01')).to.be.true;
    expect(isOnOrBefore('2021-11-06', '2021-11-05')).to.be.false;
    expect(isOnOrBefore('2022', '2021-12-31')).to.be.false;
  });
  it('reads a partial limit as the end of its period', () => {
    expect(isOnOrBefore('2021-11-15', '2021-11')).to.be.true;
    expect(isOnOrBefore('2021-12-01', '2021-11')).to.be.false;
    expect(isOnOrBefore('2021-12-31', '2021')).to.be.true;
    expect(isOnOrBefore('2020-02-29', '2020-02')).to.be.true;
  });
});

describe('formatValue', () => {
  it('groups thousands the German way', () => {
    expect(formatValue(420000, 'de')).to.equal('420.000');
    expect(formatValue(126, 'de')).to.equal('126');
  });
  it('writes euros with the sign after the number', () => {
    expect(formatValue(420000, 'de', 'eur')).to.equal('420.000\u00a0€');
  });
  it('has a compact notation', () => {
    expect(formatValue(1300000, 'de', 'eur', 'compact')).to.equal('1,3\u00a0Mio.\u00a0€');
    expect(formatValue(1300000, 'en', 'eur', 'compact')).to.equal('€1.3m');
  });
  it('formats English numbers', () => {
    expect(formatValue(420000, 'en')).to.equal('420,000');
  });
});
