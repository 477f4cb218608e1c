/**
 * The legend says what its two figures per layer mean („auf der Karte“, „insgesamt“) in a fixed note
 * under the switches: the sentence the summary under the map said before it went to screen readers
 * only. Fixed text, there while loading too, so the legend keeps its height (issue 16, CLS).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/load.js';
import { clearGeometryCache } from '../../../src/widgets/status-map/geometry-controller.js';
import { GOOD_FEED, visibleText } from '../../helpers/conformance.js';
import { holdFetches } from '../../helpers/fetch.js';
import { mapIn, shadow, TAG } from './helpers.js';

const NOTE = 'Die Karte zeigt nur Orte, zu denen ein Einzelnachweis veröffentlicht ist; „insgesamt“ ist die amtliche Zahl.';

const note = (root: ShadowRoot): HTMLElement => root.querySelector<HTMLElement>('.legend-note')!;

/** Whether `inner` is drawn and lies within `outer`'s box. */
function shownWithin(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return inner.checkVisibility() && a.height > 0 && a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

describe('<asskomm-status-map> legend note on the two figures', () => {
  it('stands in the legend’s box at 1280 px, under the switches, in German and English', async () => {
    const map = await mapIn(1280);
    const root = shadow(map);
    expect(visibleText(note(root))).to.equal(NOTE);
    expect(shownWithin(note(root), root.querySelector('[part="legend"]')!), 'inside the legend').to.be.true;
    const lastSwitch = [...root.querySelectorAll('.legend li')].at(-1)!.getBoundingClientRect();
    expect(note(root).getBoundingClientRect().top).to.be.at.least(lastSwitch.bottom);
    const english = await mapIn(1280, { lang: 'en' });
    expect(visibleText(note(shadow(english)))).to.equal(
      'The map shows only places with an individually published record; “in total” is the official figure.',
    );
  });

  it('is there while the map loads, the same words in the same place in the legend at 1280 px', async () => {
    const { release, restore } = holdFetches();
    try {
      clearFeedCache();
      clearGeometryCache();
      const container = await fixture<HTMLDivElement>(html`<div style="width: 1280px; font-size: 16px"></div>`);
      container.insertAdjacentHTML('beforeend', `<${TAG} src="${GOOD_FEED}"></${TAG}>`);
      const map = container.lastElementChild as HTMLElement & { whenReady(): Promise<void>; updateComplete: Promise<boolean> };
      await map.updateComplete;
      const root = map.shadowRoot!;
      expect(root.querySelector('[part="loading"]'), 'Platzhalter').to.exist;
      // The legend's counts while loading („…“) differ from the test feed's, so its place is measured from the legend's bottom.
      const fromBottom = (): number =>
        root.querySelector('[part="legend"]')!.getBoundingClientRect().bottom - note(root).getBoundingClientRect().top;
      expect(visibleText(note(root))).to.equal(NOTE);
      expect(shownWithin(note(root), root.querySelector('[part="legend"]')!), 'inside the legend').to.be.true;
      const loading = fromBottom();
      release();
      await map.whenReady();
      expect(fromBottom()).to.be.closeTo(loading, 0.5);
    } finally {
      restore();
    }
  });

  it('at 375 px sits in the collapsed legend: hidden with the switches, shown when the button opens them', async () => {
    const map = await mapIn(375);
    const root = shadow(map);
    const toggle = root.querySelector<HTMLButtonElement>('.legend-toggle')!;
    expect(toggle.getAttribute('aria-controls')!.split(' ')).to.include(note(root).id);
    expect(note(root).checkVisibility(), 'hidden while collapsed').to.be.false;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(shownWithin(note(root), root.querySelector('[part="legend"]')!), 'inside the opened legend').to.be.true;
  });
});
