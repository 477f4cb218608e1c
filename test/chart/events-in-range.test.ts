import { expect } from '@open-wc/testing';
import { dateRange } from '../../src/chart/date-range.js';
import { eventsInRange } from '../../src/chart/events-in-range.js';
import type { FeedEvent } from '../../src/feed/types.js';

const event = (date: string): FeedEvent => ({ date, label: { de: date, en: date }, priority: 2 });
const events = [event('2019-02-06'), event('2021-01-18'), event('2023')];
const dates = [
  { date: '2019-02-06', time: Date.UTC(2019, 1, 6) },
  { date: '2021-11', time: Date.UTC(2021, 10, 1) },
];

describe('eventsInRange', () => {
  it('keeps the events between the first and last figure when no range is asked for', () => {
    expect(eventsInRange(events, dateRange(), dates).map((e) => e.date)).to.deep.equal(['2019-02-06', '2021-01-18']);
  });
  it('keeps the events of the asked range, inclusive by period', () => {
    expect(eventsInRange(events, dateRange('2020', '2023'), dates).map((e) => e.date)).to.deep.equal(['2021-01-18', '2023']);
  });
  it('has none for a chart without figures and an open range', () => {
    expect(eventsInRange(events, dateRange(), [])).to.deep.equal([]);
  });
});
