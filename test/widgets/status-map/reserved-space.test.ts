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

const LONG_HEADING = 'Kommunale Präventionsräte und Kooperationsvereinbarungen';

describe('<asskomm-status-map> before its code runs', () => {
  // The attributes that add rows: none, a heading of one line and one that wraps, the timeline, both.
  const cases = ['', 'heading="ASSKomm"', `heading="${LONG_HEADING}"`, 'timeline', `timeline heading="${LONG_HEADING}"`];
  for (const width of [320, 375, 480, 735, 768, 960, 1280]) {
    for (const attributes of cases) {
      it(`keeps the placeholder's height at ${width} px${attributes ? ` with ${attributes}` : ''}`, async () => {
        const { restore } = holdFetches();
        try {
          clearFeedCache();
          clearGeometryCache();
          const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
          container.insertAdjacentHTML(
            'beforeend',
            `<style>${space?.css.replace(/&/g, UNDEFINED)}</style><${UNDEFINED} ${attributes}></${UNDEFINED}>` +
              `<${TAG} src="${GOOD_FEED}" ${attributes}></${TAG}>`,
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
  }
});

type LoadingMap = HTMLElement & { whenReady(): Promise<void>; updateComplete: Promise<boolean> };

/** `measure` on a map `width` px wide while it loads (its feed held) and once it is drawn. */
async function whileLoadingAndDrawn(width: number, attributes: string, measure: (map: LoadingMap) => number): Promise<[number, number]> {
  const { release, restore } = holdFetches();
  try {
    clearFeedCache();
    clearGeometryCache();
    const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
    container.insertAdjacentHTML('beforeend', `<${TAG} src="${GOOD_FEED}" ${attributes}></${TAG}>`);
    const map = container.lastElementChild as LoadingMap;
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[part="loading"]'), 'Platzhalter').to.exist;
    const loading = measure(map);
    release();
    await map.whenReady();
    return [loading, measure(map)];
  } finally {
    restore();
  }
}

/** Where the timeline's row ends (the slider's, or its room while loading), in px from the map's top. */
const timelineEnd = (map: HTMLElement): number =>
  map.shadowRoot!.querySelector('.timeline, .timeline-space')!.getBoundingClientRect().bottom - map.getBoundingClientRect().top;

describe('<asskomm-status-map timeline> while loading', () => {
  // 320 and 375: one column, the play button over the slider (below about 26em); 480 and 619: one
  // column, button beside the slider; 768 and 1280: two columns.
  for (const width of [320, 375, 480, 619, 768, 1280]) {
    it(`keeps the timeline's exact row at ${width} px: what follows does not move when the slider appears`, async () => {
      const [loading, drawn] = await whileLoadingAndDrawn(width, 'timeline', timelineEnd);
      expect(drawn).to.be.closeTo(loading, 0.5);
    });
  }
});

describe('<asskomm-status-map> credits while loading', () => {
  // Where no line of the credits wraps (from one column at 619 px to two columns).
  for (const width of [619, 768, 1280]) {
    it(`keeps the credits' three lines at ${width} px`, async () => {
      const lines = (map: LoadingMap): number => map.shadowRoot!.querySelector('[part="credits"]')!.getBoundingClientRect().height;
      const [loading, drawn] = await whileLoadingAndDrawn(width, '', lines);
      expect(drawn).to.be.closeTo(loading, 0.5);
    });
  }
});
