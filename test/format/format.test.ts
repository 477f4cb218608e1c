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

/** Intl's text for the same input: the formatters above must agree with it (they exist for speed). */
const intlDate = (date: string, lang: 'de' | 'en', day: boolean): string =>
  new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    ...(day ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(startOf(date));

describe('formatDate against Intl', () => {
  it('writes every month and day as Intl does, in German and English', () => {
    let compared = 0;
    for (const lang of ['de', 'en'] as const)
      for (const year of [1890, 1999, 2019, 2026, 2210])
        for (let month = 1; month <= 12; month++) {
          const ym = `${year}-${String(month).padStart(2, '0')}`;
          expect(formatDate(ym, lang), ym).to.equal(intlDate(ym, lang, false));
          for (const day of [1, 6, 9, 10, 28]) {
            const date = `${ym}-${String(day).padStart(2, '0')}`;
            expect(formatDate(date, lang), date).to.equal(intlDate(date, lang, true));
            compared += 1;
          }
        }
    expect(compared).to.equal(600);
  });
});

describe('formatMonthShort against Intl', () => {
  it('writes every month of a UTC date as Intl writes it short, in German and English', () => {
    let compared = 0;
    for (const lang of ['de', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
      for (const year of [1890, 1999, 2019, 2026, 2210])
        for (let month = 0; month < 12; month++)
          for (const day of [1, 15, 31]) {
            // The first and last instant of a day: the month is the UTC date's, whatever the page's time zone.
            for (const time of [Date.UTC(year, month, day), Date.UTC(year, month, day, 23, 59, 59, 999)]) {
              const date = new Date(time);
              expect(formatMonthShort(date, lang), date.toISOString()).to.equal(intl.format(date));
              compared += 1;
            }
          }
    }
    expect(compared).to.equal(720);
  });
});

describe('formatValue against Intl', () => {
  const intlWhole = (value: number, lang: 'de' | 'en', format: 'count' | 'eur', signDisplay: 'auto' | 'exceptZero'): string =>
    new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
      ...(format === 'eur' ? { style: 'currency', currency: 'EUR' } : {}),
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
      signDisplay,
    }).format(value);
  const edges = [0, -0, 0.4, 0.5, -0.4, -0.5, 1.5, 2.5, -2.5, 999, 999.5, 1000, 1234, -1234, 9999.49, 99999.5, 1e6, 123456789];
  const large = [2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1e21, NaN, Infinity, -Infinity];
  // Seeded, so a failure can be replayed: magnitudes from 10⁰ to 10¹⁵, some with halves.
  let seed = 17;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const generated = Array.from({ length: 2000 }, (_, i) => {
    const value = Math.floor(random() * 10 ** Math.floor(random() * 16)) + (i % 3 === 0 ? 0.5 : 0);
    return i % 2 ? -value : value;
  });

  for (const format of ['count', 'eur'] as const)
    for (const signDisplay of ['auto', 'exceptZero'] as const)
      it(`writes ${format === 'eur' ? 'euro amounts' : 'counts'} as Intl does (signDisplay ${signDisplay})`, () => {
        for (const lang of ['de', 'en'] as const)
          for (const value of [...edges, ...large, ...generated])
            expect(formatValue(value, lang, format, 'standard', signDisplay), `${lang} ${value}`).to.equal(
              intlWhole(value, lang, format, signDisplay),
            );
      });
});
