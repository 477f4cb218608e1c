/**
 * Where the details of a Gemeinde and the legend show, as a reader on a desktop and on a phone sees
 * them (issue 16): beside the map on a wide container, as tall as the map at most and scrolling on
 * their own; at the bottom of the screen on a narrow one, never taller than it, the close button in
 * view; closing puts focus back on the place, and Tab out of the sheet closes it (it would cover the
 * control focus moved to). On a narrow container the legend is one button that
 * opens it; on a wide one it is open, without that button.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { createMap, deepActiveElement, detailsDialog, legendCheckbox, shadow, tabToMap } from './helpers.js';

const SCREENS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
] as const;

/** A map filling a page of the screen's width (no body margin: the container is the screen's width), at
 * Zwickau of the real feed (the longest details: funding, contacts, sources). */
async function mapOnScreen(screen: (typeof SCREENS)[number]): Promise<StatusMap> {
  await setViewport({ width: screen.width, height: screen.height });
  document.body.style.margin = '0';
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${screen.width}px"></div>`);
  return createMap({ src: '/data/asskomm.json', focus: '14524330' }, container);
}

/** Chooses the place the keyboard lands on (Zwickau, the `focus`), as a reader does: Tab to the map, Enter. */
async function chooseByKeyboard(map: StatusMap): Promise<Element> {
  const viewport = await tabToMap(map);
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
  return viewport;
}

const shown = (element: Element): boolean => element.getClientRects().length > 0;

/** `inner` lies wholly inside `outer` (1 px for rounding). */
function inside(inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }): boolean {
  return inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
}

const screenBox = (): DOMRect => new DOMRect(0, 0, document.documentElement.clientWidth, window.innerHeight);

afterEach(async () => {
  document.body.style.margin = '';
  await setViewport({ width: 800, height: 600 });
});

describe('<asskomm-status-map> details of a Gemeinde on desktop and phone', () => {
  it('desktop (1280 × 800): beside the map, no taller than the map or the screen, scrolling on its own, in view', async () => {
    const map = await mapOnScreen(SCREENS[0]);
    await chooseByKeyboard(map);
    const dialog = detailsDialog(map);
    expect(dialog.open).to.be.true;
    dialog.scrollIntoView({ block: 'nearest' });
    const box = dialog.getBoundingClientRect();
    const frame = shadow(map).querySelector('.frame')!.getBoundingClientRect();
    expect(box.left, 'right of the map frame').to.be.at.least(frame.right);
    expect(box.height, 'no taller than the screen').to.be.at.most(window.innerHeight);
    expect(box.height, 'no taller than the map frame').to.be.at.most(frame.height + 1);
    expect(inside(box, screenBox()), `in view: ${JSON.stringify(box)}`).to.be.true;
    expect(dialog.scrollHeight, 'more content than room: it scrolls').to.be.greaterThan(dialog.clientHeight);
    expect(getComputedStyle(dialog).overflowY).to.equal('auto');
    const close = dialog.querySelector('.close')!.getBoundingClientRect();
    expect(inside(close, box), 'close button in the panel’s view').to.be.true;
  });

  it('phone (375 × 667): a sheet at the bottom of the screen, the chosen place above it, close button visible', async () => {
    const map = await mapOnScreen(SCREENS[1]);
    await chooseByKeyboard(map);
    const dialog = detailsDialog(map);
    expect(dialog.open).to.be.true;
    const box = dialog.getBoundingClientRect();
    expect(inside(box, screenBox()), `in view: ${JSON.stringify(box)}`).to.be.true;
    expect(box.bottom, 'at the bottom of the screen').to.be.closeTo(window.innerHeight, 1);
    expect(box.height, 'no taller than the screen').to.be.at.most(window.innerHeight);
    expect(getComputedStyle(dialog).overflowY).to.equal('auto');
    expect(deepActiveElement()?.id, 'focus in the sheet, on its title').to.equal('details-title');
    const place = shadow(map).querySelector('.highlight.active')!.getBoundingClientRect();
    const centre = place.top + place.height / 2;
    expect(centre, 'the chosen place in view above the sheet').to.be.within(0, box.top);
    const close = dialog.querySelector('.close')!.getBoundingClientRect();
    expect(inside(close, box) && inside(close, screenBox()), 'close button in view').to.be.true;
  });

  for (const screen of SCREENS) {
    it(`${screen.name}: Escape and the close button put focus back on the chosen place`, async () => {
      const map = await mapOnScreen(screen);
      const viewport = await chooseByKeyboard(map);
      const place = viewport.getAttribute('aria-activedescendant');
      expect(place).to.be.a('string');
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect(detailsDialog(map).open).to.be.false;
      expect(deepActiveElement()).to.equal(viewport);
      expect(viewport.getAttribute('aria-activedescendant')).to.equal(place);

      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      detailsDialog(map).querySelector<HTMLButtonElement>('.close')!.focus();
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(detailsDialog(map).open).to.be.false;
      expect(deepActiveElement()).to.equal(viewport);
      expect(viewport.getAttribute('aria-activedescendant')).to.equal(place);
    });
  }
});

describe('<asskomm-status-map> focus leaving the details', () => {
  for (const screen of SCREENS) {
    const phone = screen.name === 'phone';
    it(`${screen.name}: Tab past the last button ${phone ? 'closes the sheet (it would cover the next control)' : 'leaves the panel open beside the map'}, focus stays on the next control`, async () => {
      const map = await mapOnScreen(screen);
      await chooseByKeyboard(map);
      const dialog = detailsDialog(map);
      dialog.querySelector<HTMLButtonElement>('.close')!.focus();
      await sendKeys({ press: 'Tab' });
      await map.updateComplete;
      const active = deepActiveElement()!;
      expect(dialog.contains(active), 'focus left the details').to.be.false;
      expect(active.matches(phone ? '.legend-toggle' : '.legend input'), active.outerHTML.slice(0, 60)).to.be.true;
      expect(dialog.open).to.equal(!phone);
    });
  }
});

describe('<asskomm-status-map> legend on desktop and phone', () => {
  it('phone: one collapsed button „Legende (8 Ebenen)“; Enter opens the layer switches, Space closes them', async () => {
    const map = await mapOnScreen(SCREENS[1]);
    const toggle = shadow(map).querySelector<HTMLButtonElement>('.legend-toggle')!;
    expect(toggle && shown(toggle), 'the button shows').to.be.true;
    expect(toggle.textContent!.trim()).to.equal('Legende (8 Ebenen)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(legendCheckbox(map, 'kpr')), 'switches hidden').to.be.false;

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const kpr = legendCheckbox(map, 'kpr');
    expect(shown(kpr), 'switches shown').to.be.true;
    expect(shown(kpr.closest('label')!.querySelector('.layer-count')!), 'counts shown').to.be.true;
    kpr.click();
    await map.updateComplete;
    expect(toggle.textContent!.trim(), 'the button counts the shown layers').to.equal('Legende (7 von 8 Ebenen)');

    toggle.focus();
    await sendKeys({ press: 'Space' });
    await map.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(kpr)).to.be.false;
  });

  it('desktop: the whole legend, without the button', async () => {
    const map = await mapOnScreen(SCREENS[0]);
    const toggle = shadow(map).querySelector('.legend-toggle');
    expect(toggle === null || !shown(toggle), 'no button').to.be.true;
    for (const layer of ['contacted', 'kpr', 'funding']) expect(shown(legendCheckbox(map, layer)), layer).to.be.true;
  });
});
