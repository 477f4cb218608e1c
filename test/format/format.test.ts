import { expect } from '@open-wc/testing';
import { formatDate, formatMonthShort } from '../../src/format/date.js';
import { startOf } from '../../src/feed/when.js';
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
