/**
 * The room a page keeps for a map before the script has run (the registry's `space`, which
 * src/all.ts and demo/widget-space.css apply to the undefined element) is as tall as the map's
 * loading placeholder, in one column and in two, so nothing under the map moves when its code runs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { clearGeometryCache } from '../../../src/widgets/status-map/geometry-controller.js';
import { WIDGETS } from '../../../src/widgets/registry.js';
import { GOOD_FEED } from '../../helpers/conformance.js';
import { holdFetches } from '../../helpers/fetch.js';
import { TAG } from './helpers.js';

const space = WIDGETS.find((widget) => widget.tag === TAG)?.space;
// An undefined element of another name stands in for the map before its code has run.
const UNDEFINED = 'asskomm-status-map-before';

describe('<asskomm-status-map> before its code runs', () => {
  for (const width of [375, 480, 735, 768, 960, 1280]) {
    it(`keeps the placeholder's height at ${width} px`, async () => {
      const { restore } = holdFetches();
      try {
        clearFeedCache();
        clearGeometryCache();
        const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
        container.insertAdjacentHTML(
          'beforeend',
          `<style>${UNDEFINED} { display: block; ${space?.css} }</style><${UNDEFINED}></${UNDEFINED}><${TAG} src="${GOOD_FEED}"></${TAG}>`,
        );
        const map = container.lastElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        await map.updateComplete;
        expect(map.shadowRoot!.querySelector('[part="loading"]'), 'Platzhalter').to.exist;
        const reserved = container.querySelector(UNDEFINED)!.getBoundingClientRect().height;
        expect(reserved).to.be.closeTo(map.getBoundingClientRect().height, 1);
      } finally {
        restore();
      }
    });
  }
});
