/**
 * The chart's first paint makes no Intl object (issue 17; see test/helpers/intl-watch.ts): the
 * month labels its time axis tries while it is laid out cost it ICU's data before, 36 ms in one
 * traced render of 10 series × 1,000 days. Its own file: each test file has a page of its own, so
 * no other widget made a formatter before it.
 */
import { made } from '../../helpers/intl-watch.js';
import { expect, fixture, html } from '@open-wc/testing';
import { untilDrawn } from '../../helpers/first-paint.js';
import { day, longFeed, longMetrics } from './long-feed.js';

const SERIES = 3;

describe('<asskomm-progress-chart> first paint without Intl', () => {
  it('draws daily series over a year and its axes', async () => {
    await import('../../../src/widgets/progress-chart/define.js');
    const src = await longFeed(SERIES, (s) => Array.from({ length: 365 }, (_, i) => ({ date: day(i), value: s + i })));
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const element = document.createElement('asskomm-progress-chart');
    element.setAttribute('src', src);
    element.setAttribute('metrics', longMetrics(SERIES));
    container.append(element);
    const root = (): ShadowRoot => element.shadowRoot!;
    await untilDrawn(element, () => root().querySelectorAll('.plot svg .series').length >= SERIES);
    const axisText = [...root().querySelectorAll('.plot svg text')].map((text) => text.textContent).join(' ');
    expect(axisText, 'months on the time axis').to.match(/März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\./);
    expect(made, 'Intl objects made before the chart was drawn').to.deep.equal([]);
  });
});
