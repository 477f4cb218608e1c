/**
 * A map with `timeline` keeps the timeline's row free while it loads: the summary, the legend and
 * everything under the map stay where they are when the slider appears (no layout shift).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { clearGeometryCache } from '../../../src/widgets/status-map/geometry-controller.js';
import { GOOD_FEED } from '../../helpers/conformance.js';
import { holdFetches } from '../../helpers/fetch.js';
import { TAG } from './helpers.js';

describe('<asskomm-status-map timeline> while loading', () => {
  for (const width of [480, 960]) {
    it(`keeps the timeline's row free at ${width} px: the summary does not move when the map is drawn`, async () => {
      const { release, restore } = holdFetches();
      try {
        clearFeedCache();
        clearGeometryCache();
        const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
        container.insertAdjacentHTML('beforeend', `<${TAG} src="${GOOD_FEED}" timeline></${TAG}>`);
        const map = container.lastElementChild as HTMLElement & { whenReady(): Promise<void>; updateComplete: Promise<boolean> };
        await map.updateComplete;
        const root = map.shadowRoot!;
        expect(root.querySelector('[part="loading"]'), 'Platzhalter').to.exist;
        const summaryTop = (): number => root.querySelector('.summary')!.getBoundingClientRect().top;
        const before = summaryTop();
        release();
        await map.whenReady();
        expect(root.querySelector('.timeline'), 'Zeitleiste').to.exist;
        expect(summaryTop()).to.be.closeTo(before, 1);
      } finally {
        restore();
      }
    });
  }
});
