import { expect } from '@open-wc/testing';
import { endOf } from '../../src/feed/when.js';
import { nearestStop, stepForKey, stepStop, stopIndexAt } from '../../src/geo/timeline-navigation.js';

const DATES = ['2019-02-06', '2019-10', '2020-01-01', '2020-02-12', '2020-12', '2021-01-01', '2021-03-05', '2022-01-01', '2022-06-30'];
const stops = DATES.map((date) => ({ date, until: endOf(date) }));
const at = (date: string): number => DATES.indexOf(date);

describe('stepStop', () => {
  it('steps one stop and holds at the ends', () => {
    expect(stepStop(stops, 0, 'next')).to.equal(1);
    expect(stepStop(stops, 0, 'previous')).to.equal(0);
    expect(stepStop(stops, 8, 'next')).to.equal(8);
    expect(stepStop(stops, 3, 'first')).to.equal(0);
    expect(stepStop(stops, 3, 'last')).to.equal(8);
  });

  it('moves a year to the first stop at least a year on, and back to the last at least a year before', () => {
    expect(stepStop(stops, at('2019-02-06'), 'next-year')).to.equal(at('2020-02-12'));
    expect(stepStop(stops, at('2020-02-12'), 'next-year')).to.equal(at('2021-03-05'));
    expect(stepStop(stops, at('2021-03-05'), 'previous-year')).to.equal(at('2020-02-12'));
    expect(stepStop(stops, at('2020-12'), 'previous-year')).to.equal(at('2019-10'));
  });

  it('holds the year steps at the ends, and moves at least one stop', () => {
    expect(stepStop(stops, at('2021-03-05'), 'next-year')).to.equal(at('2022-06-30'));
    expect(stepStop(stops, at('2022-01-01'), 'next-year')).to.equal(8);
    expect(stepStop(stops, at('2019-10'), 'previous-year')).to.equal(0);
    expect(stepStop(stops, 0, 'previous-year')).to.equal(0);
  });

  it('clamps an index out of range and answers -1 without stops', () => {
    expect(stepStop(stops, 42, 'previous')).to.equal(7);
    expect(stepStop(stops, -5, 'next')).to.equal(1);
    expect(stepStop([], 0, 'next-year')).to.equal(-1);
  });
});

describe('stepForKey', () => {
  it('maps the slider keys of the WAI-ARIA pattern, and nothing else', () => {
    expect(['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].map(stepForKey)).to.deep.equal([
      'next',
      'next',
      'previous',
      'previous',
      'next-year',
      'previous-year',
      'first',
      'last',
    ]);
    expect(stepForKey('Enter')).to.equal(undefined);
    expect(stepForKey('toString')).to.equal(undefined);
  });
});

describe('stopIndexAt', () => {
  it('finds the stop in force on a date read to its end, -1 before the first', () => {
    expect(stopIndexAt(stops, '2019-02-05')).to.equal(-1);
    expect(stopIndexAt(stops, '2019-02-06')).to.equal(0);
    expect(stopIndexAt(stops, '2019-10-30')).to.equal(0);
    expect(stopIndexAt(stops, '2019-10')).to.equal(1);
    expect(stopIndexAt(stops, '2020')).to.equal(at('2020-12'));
    expect(stopIndexAt(stops, '2030')).to.equal(8);
    expect(stopIndexAt([], '2020')).to.equal(-1);
  });
});

describe('nearestStop', () => {
  it('takes the closer stop in time, the earlier on a tie', () => {
    expect(nearestStop(stops, '2018')).to.equal(0);
    expect(nearestStop(stops, '2020-02-10')).to.equal(at('2020-02-12'));
    expect(nearestStop(stops, '2019-12-25')).to.equal(at('2020-01-01'));
    // 2020-01-01 ends 2 Jan; 2020-02-12 ends 13 Feb: 21 January is 20 days from the first, 22 from the second.
    expect(nearestStop(stops, '2020-01-21')).to.equal(at('2020-01-01'));
    expect(nearestStop(stops, '2020-01-22')).to.equal(at('2020-01-01'));
    expect(nearestStop(stops, '2020-01-23')).to.equal(at('2020-02-12'));
    expect(nearestStop(stops, '2030')).to.equal(8);
    expect(nearestStop([], '2020')).to.equal(-1);
  });
});
