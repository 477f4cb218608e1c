/**
 * Pages that break what the widgets rely on: the widgets still draw, or say in German that they
 * could not, and never throw into the page.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { createByHtml, GOOD_FEED } from '../helpers/conformance.js';

describe('on a page without ResizeObserver', () => {
  const original = window.ResizeObserver;
  beforeEach(() => {
    clearFeedCache();
    // An old polyfill or a hostile script: the name is gone.
    (window as { ResizeObserver?: unknown }).ResizeObserver = undefined;
  });
  afterEach(() => {
    window.ResizeObserver = original;
  });

  it('the chart measures itself and draws its lines', async () => {
    const chart = await createByHtml('asskomm-progress-chart', { src: GOOD_FEED });
    const figure = chart.shadowRoot!.querySelector('figure')!;
    expect(figure.getBoundingClientRect().width).to.be.greaterThan(200);
    expect(chart.shadowRoot!.querySelectorAll('svg path').length).to.be.greaterThan(3);
  });

  it('the map draws its Gemeinden', async () => {
    const map = await createByHtml('asskomm-status-map', { src: GOOD_FEED });
    const svg = map.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(200);
    expect(map.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(400);
  });
});

describe('properties set from script with numbers', () => {
  beforeEach(() => clearFeedCache());

  it('map.date = 2021 shows the map as of 2021, like the attribute', async () => {
    const map = await createByHtml('asskomm-status-map', { src: GOOD_FEED });
    (map as unknown as { date: unknown }).date = 2021;
    await map.whenReady();
    expect(map.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(map.shadowRoot!.querySelector('[part="hint"]'), 'a valid year needs no hint').to.equal(null);
    expect(map.shadowRoot!.querySelector('[part="credits"]')!.textContent).to.contain('2021');
  });
});
