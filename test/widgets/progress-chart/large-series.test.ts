/**
 * A long chart (issue 17): 10 series × 1,000 daily figures (the feed may hold 10,000: the limit). The drawing
 * gets faster, but the table still lists every figure and the keyboard still reaches every date.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { formatDate } from '../../../src/format/date.js';
import type { ProgressChart } from '../../../src/widgets/progress-chart/define.js';
import { visibleText } from '../../helpers/conformance.js';
import { $, $$, chart, plot, press, tooltip } from './helpers.js';
import { day, longFeed as feedOf, longMetrics, type LongPoint } from './long-feed.js';

const SERIES = 10;
const DAYS = 1_000;
/** A figure that differs by series and day, so a cell from the wrong row or column shows. */
const value = (series: number, i: number): number => 1_000 * series + i;
const daily = (s: number): LongPoint[] => Array.from({ length: DAYS }, (_, i) => ({ date: day(i), value: value(s, i) }));
const longFeed = (): Promise<string> => feedOf(SERIES, daily);
const metrics = longMetrics(SERIES);
const grouped = (n: number): string => new Intl.NumberFormat('de-DE').format(n);

describe('<asskomm-progress-chart> with 10 series × 1,000 figures', () => {
  beforeEach(() => clearFeedCache());

  it('lists every figure in the table, each in its row and column', async () => {
    const element = await chart({ src: await longFeed(), metrics, events: 'off' });
    const rows = $$(element, 'table[part="table"] tbody tr');
    expect(rows).to.have.length(DAYS);
    rows.forEach((row, i) => {
      const cells = [...row.children].map((cell) => visibleText(cell));
      expect(cells, `row ${i}`).to.deep.equal([
        formatDate(day(i), 'de'),
        ...Array.from({ length: SERIES }, (_, s) => grouped(value(s, i))),
      ]);
    });
    expect($$(element, '.plot svg .series')).to.have.length(SERIES);
  });

  it('steps the crosshair through every date with → and tells each one in the tooltip', async () => {
    const element = await chart({ src: await longFeed(), metrics, events: 'off' });
    plot(element).focus();
    await press(element, 'Home');
    const seen = [tooltip(element)];
    // Real key presses for the first steps; the rest as the same keydown events, for speed.
    for (let i = 1; i < 3; i++) {
      await press(element, 'ArrowRight');
      seen.push(tooltip(element));
    }
    for (let i = 3; i < DAYS; i++) {
      plot(element).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await (element as unknown as ProgressChart).updateComplete;
      seen.push(tooltip(element));
    }
    seen.forEach((text, i) => expect(text, `step ${i}`).to.contain(formatDate(day(i), 'de')));
    expect(tooltip(element)).to.contain(`Reihe ${SERIES}: ${grouped(value(SERIES - 1, DAYS - 1))}`);
    expect($$(element, '.focus-dot')).to.have.length(SERIES);
    expect($(element, '.crosshair line')).to.exist;
  });
});
