/**
 * A map with `timeline` keeps the timeline's row free while it loads: the legend and everything
 * under the map stay where they are when the slider appears (no layout shift).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { clearGeometryCache } from '../../../src/widgets/status-map/geometry-controller.js';
import { GOOD_FEED } from '../../helpers/conformance.js';
import { holdFetches } from '../../helpers/fetch.js';
import { TAG } from './helpers.js';

describe('<asskomm-status-map timeline> while loading', () => {
  for (const width of [480, 960]) {
    it(`keeps the timeline's row free at ${width} px: the legend and the credits do not move when the map is drawn`, async () => {
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
        // One column at 480 px: the legend follows the map's column; the credits follow both columns at 960 px.
        const tops = (): number[] =>
          ['[part="legend"]', '[part="credits"]'].map((part) => root.querySelector(part)!.getBoundingClientRect().top);
        const before = tops();
        release();
        await map.whenReady();
        expect(root.querySelector('.timeline'), 'Zeitleiste').to.exist;
        const after = tops();
        for (const [index, top] of after.entries()) expect(top).to.be.closeTo(before[index]!, 1);
      } finally {
        restore();
      }
    });
  }
});
