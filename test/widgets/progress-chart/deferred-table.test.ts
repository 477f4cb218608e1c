/**
 * The data table after the first paint (issue 17): 10 series × 1,000 dates are 10,000 cells, so
 * the chart is drawn first and the table built in the next idle period; opened at once, it is
 * complete, and until it exists the button names no element (aria-controls).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import type { ProgressChart } from '../../../src/widgets/progress-chart/define.js';
import { backgroundTab, untilDrawn } from '../../helpers/first-paint.js';
import { $, $$, TAG } from './helpers.js';
import { day, longFeed, longMetrics, type LongPoint } from './long-feed.js';

const SERIES = 10;
const DAYS = 1_000;
const daily = (s: number): LongPoint[] => Array.from({ length: DAYS }, (_, i) => ({ date: day(i), value: s + i }));

/**
 * The chart attached, returned in the update that first draws its series (not waiting for `whenReady`);
 * `beforeAttach` runs when its container is in the page.
 */
async function drawn(beforeAttach = (): void => {}): Promise<ProgressChart> {
  const src = await longFeed(SERIES, daily);
  const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  beforeAttach();
  const element = document.createElement(TAG) as ProgressChart;
  element.setAttribute('src', src);
  element.setAttribute('metrics', longMetrics(SERIES));
  element.setAttribute('events', 'off');
  container.append(element);
  await untilDrawn(element, () => $$(element, '.plot svg .series').length >= SERIES);
  return element;
}

const rows = (element: Element): Element[] => $$(element, 'table[part="table"] tbody tr');

describe('<asskomm-progress-chart> table after the first paint', () => {
  beforeEach(() => clearFeedCache());

  it('draws the chart without the table, and has every row within one idle period', async () => {
    const element = await drawn();
    expect(rows(element), 'not before the first paint').to.have.length(0);
    expect($(element, '#data'), 'no element yet').to.equal(null);
    expect($(element, '.table-toggle')!.hasAttribute('aria-controls'), 'names no missing element').to.equal(false);
    await new Promise((resolve) => requestIdleCallback(resolve));
    await element.updateComplete;
    expect(rows(element)).to.have.length(DAYS);
    expect($(element, '.table-toggle')!.getAttribute('aria-controls')).to.equal('data');
    expect($(element, '#data')!.contains($(element, 'table[part="table"]'))).to.equal(true);
  });

  it('shows all rows when the table is opened right after the chart is drawn', async () => {
    const element = await drawn();
    // As a click comes: in a task of its own, after the frame that drew the chart, before its idle period.
    await new Promise((resolve) => setTimeout(resolve));
    expect(rows(element), 'not built yet').to.have.length(0);
    $<HTMLButtonElement>(element, '.table-toggle')!.click();
    await element.updateComplete;
    expect($(element, '.table-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(rows(element)).to.have.length(DAYS);
    expect($(element, '.tables')!.checkVisibility()).to.equal(true);
  });

  it('is complete when whenReady() resolves', async () => {
    const element = await drawn();
    await element.whenReady();
    expect(rows(element)).to.have.length(DAYS);
  });

  it('is complete when whenReady() resolves for a chart taken out of the page before its table was built', async () => {
    const element = await drawn();
    element.remove();
    await element.whenReady();
    expect(rows(element)).to.have.length(DAYS);
  });

  it('is complete when whenReady() resolves on a page that never idles nor paints (a background tab)', async () => {
    let restore = (): void => {};
    try {
      // After the fixture, which waits for a frame.
      const element = await drawn(() => (restore = backgroundTab()));
      expect(rows(element), 'no idle period came').to.have.length(0);
      await element.whenReady();
      expect(rows(element)).to.have.length(DAYS);
    } finally {
      restore();
    }
  });
});
