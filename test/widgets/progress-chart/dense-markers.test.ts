/**
 * Markers where a person can tell them apart (issue 17): a daily series on a 900 px chart keeps its
 * exact line but draws no marker per day (they would overlap to a smear), while a monthly series
 * keeps a marker at every report, and markers that carry meaning are drawn in any series.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { MARKER_WIDTH } from '../../../src/chart/marker-path.js';
import { $, $$, chart } from './helpers.js';
import { day, longFeed, longMetrics, type LongPoint } from './long-feed.js';

const DAYS = 1_000;
const LOWER_BOUND_DAY = 500;
const ASIDE_DAY = 700;
const PLANNED_DAY = 1_100;

function points(series: number): LongPoint[] {
  if (series === 1) return Array.from({ length: 12 }, (_, i) => ({ date: day(i * 80), value: 10 * i }));
  const daily: LongPoint[] = Array.from({ length: DAYS }, (_, i) => ({
    date: day(i),
    value: i,
    ...(i === LOWER_BOUND_DAY ? { qualifier: 'at-least' as const } : {}),
  }));
  // A second, lower figure of the same day beside the line, and a plan after the last report.
  daily.push({ date: day(ASIDE_DAY), value: ASIDE_DAY - 50, qualifier: 'at-least' });
  daily.push({ date: day(PLANNED_DAY), value: 1_500, planned: true });
  return daily;
}

const markers = (element: Element, series: string, extra = ''): Element[] =>
  $$(element, `.series[data-series="${series}"] .marker${extra}`);
const dates = (nodes: Element[]): string[] => nodes.map((node) => node.getAttribute('data-date')!);

describe('<asskomm-progress-chart> markers of a dense series', () => {
  beforeEach(() => clearFeedCache());

  it('draws the daily line exactly, without a marker per day, and every marker of a monthly series', async () => {
    const element = await chart({ src: await longFeed(2, points), metrics: longMetrics(2), events: 'off' }, 900);
    const line = $(element, '.series[data-series="series-1"] path.line')!.getAttribute('d')!;
    expect(line.match(/[MLHV]/g)!.length, 'a vertex per report').to.be.at.least(DAYS);
    expect(dates(markers(element, 'series-1', ':not(.planned):not(.aside)')), 'the lower bound and the current figure').to.deep.equal([
      day(LOWER_BOUND_DAY),
      day(DAYS - 1),
    ]);
    expect(dates(markers(element, 'series-2')), 'monthly: every report').to.deep.equal(Array.from({ length: 12 }, (_, i) => day(i * 80)));
  });

  it('always draws the plan, the figure beside the line and the lower bound', async () => {
    const element = await chart({ src: await longFeed(2, points), metrics: longMetrics(2), events: 'off' }, 900);
    expect(dates(markers(element, 'series-1', '.planned'))).to.deep.equal([day(PLANNED_DAY)]);
    expect(dates(markers(element, 'series-1', '.aside'))).to.deep.equal([day(ASIDE_DAY)]);
    expect(dates(markers(element, 'series-1', ':not(.planned):not(.aside)'))).to.include(day(LOWER_BOUND_DAY));
  });

  it('draws every marker of a series whose reports lie a marker width apart', async () => {
    // Every 20th day: about 17 px apart on a 900 px chart.
    const sparse = (): LongPoint[] => Array.from({ length: 50 }, (_, i) => ({ date: day(i * 20), value: i }));
    const element = await chart({ src: await longFeed(1, sparse), metrics: longMetrics(1), events: 'off' }, 900);
    expect(markers(element, 'series-1')).to.have.length(50);
  });

  // The worst feeds the limit lets through: 10,000 figures of one series, each with a meaning.
  const WORST = 10_000;
  const WIDTH = 900;
  for (const [name, point] of [
    ['approximate', (i: number): LongPoint => ({ date: day(i), value: i, qualifier: 'approx' })],
    ['disputed', (i: number): LongPoint => ({ date: day(i), value: i, disputed: true })],
  ] as const) {
    it(`draws at most one marker per marker width for ${WORST.toLocaleString('en')} ${name} figures`, async function () {
      this.timeout(30_000);
      const started = performance.now();
      const element = await chart(
        { src: await longFeed(1, () => Array.from({ length: WORST }, (_, i) => point(i))), metrics: 'series-1', events: 'off' },
        WIDTH,
      );
      const plotted = performance.now();
      await element.whenReady();
      console.log(
        `${name}: ${WORST} figures drawn in ${Math.round(plotted - started)} ms, table of every figure after ${Math.round(performance.now() - plotted)} ms more`,
      );
      const drawn = markers(element, 'series-1');
      expect(drawn.length, 'some figures marked').to.be.at.least(50);
      expect(drawn.length, 'bounded by the chart width').to.be.at.most(Math.ceil(WIDTH / MARKER_WIDTH) + 1);
      expect(drawn.at(-1)!.getAttribute('data-date'), 'the current figure').to.equal(day(WORST - 1));
      expect($$(element, 'table[part="table"] tbody tr'), 'the table lists every figure').to.have.length(WORST);
    });
  }
});
