import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { GOOD_FEED, visibleText } from '../../helpers/conformance.js';
import { TOOLTIP_OFFSET } from '../../../src/widgets/status-map/details.js';
import { centreOf, createMap, detailsDialog, pointOf, scaleOf, shadow, tabToMap, tooltipText, zoomTransform } from './helpers.js';

afterEach(() => resetMouse());

describe('<asskomm-status-map> tooltip', () => {
  it('shows name, Kreis and dated statuses for the Gemeinde under the mouse', async () => {
    const map = await createMap();
    const leipzig = shadow(map).querySelector('#place-14713000')!;
    await sendMouse({ type: 'move', position: centreOf(leipzig) });
    await map.updateComplete;
    const text = tooltipText(map);
    expect(text).to.contain('Leipzig');
    expect(text).to.contain('Kreisfreie Stadt Leipzig');
    expect(text).to.contain('Modellkommune: 6. Februar 2019');
    expect(text).to.contain('Kommunaler Präventionsrat (bestehend): Juni 2010');
    // Hovering outlines one Gemeinde; the 419 paths stay as they are.
    expect(shadow(map).querySelectorAll('.highlight.hover')).to.have.length(1);
  });

  it('touches none of the 419 Gemeinde paths while the mouse moves over them', async () => {
    const map = await createMap();
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(shadow(map).querySelector('g.municipalities')!, { subtree: true, attributes: true, childList: true });
    for (const key of ['14713000', '14511000', '14612000']) {
      await sendMouse({ type: 'move', position: centreOf(shadow(map).querySelector(`#place-${key}`)!) });
      await map.updateComplete;
    }
    expect(tooltipText(map)).to.contain('Dresden');
    observer.disconnect();
    expect(records).to.have.length(0);
  });

  it('follows the keyboard focus on the map', async () => {
    const map = await createMap();
    const viewport = await tabToMap(map);
    expect(shadow(map).activeElement).to.equal(viewport);
    // The documented order starts with the first Kreis by name (Bautzen), then its Gemeinden by name.
    expect(viewport.getAttribute('aria-activedescendant')).to.equal('place-14625010');
    expect(tooltipText(map)).to.contain('Arnsdorf');
    expect(tooltipText(map)).to.contain('Landkreis Bautzen');
    expect(tooltipText(map)).to.contain('kein ASSKomm-Baustein');
  });
});

describe('<asskomm-status-map> tooltip, dismissable and hoverable (WCAG 1.4.13)', () => {
  it('hides with Escape while focus stays on the map; the next arrow key shows it again', async () => {
    const map = await createMap();
    const viewport = await tabToMap(map);
    expect(tooltipText(map)).to.contain('Arnsdorf');
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(tooltipText(map)).to.equal('');
    expect(shadow(map).activeElement === viewport, 'focus stays on the map').to.be.true;
    expect(viewport.getAttribute('aria-activedescendant')).to.equal('place-14625010');
    expect(detailsDialog(map).open).to.be.false;
    await sendKeys({ press: 'ArrowRight' });
    await map.updateComplete;
    const active = shadow(map).querySelector(`#${viewport.getAttribute('aria-activedescendant')!}`)!;
    const name = active.getAttribute('aria-label')!.split(',')[0]!;
    expect(name).not.to.equal('Arnsdorf');
    expect(tooltipText(map)).to.contain(name);
  });

  it("hides the mouse's tooltip with Escape wherever focus is; the next place under the mouse shows it again", async () => {
    const map = await createMap();
    const [x, y] = centreOf(shadow(map).querySelector('#place-14713000')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await map.updateComplete;
    expect(tooltipText(map)).to.contain('Leipzig');
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(tooltipText(map)).to.equal('');
    // Still over Leipzig: it stays hidden, with Leipzig outlined.
    await sendMouse({ type: 'move', position: [x + 2, y + 2] });
    await map.updateComplete;
    expect(tooltipText(map)).to.equal('');
    expect(shadow(map).querySelectorAll('.highlight.hover')).to.have.length(1);
    await sendMouse({ type: 'move', position: centreOf(shadow(map).querySelector('#place-14612000')!) });
    await map.updateComplete;
    expect(tooltipText(map)).to.contain('Dresden');
  });

  it('stays at its place while the pointer moves from there onto it, and goes when the pointer leaves both', async () => {
    const map = await createMap();
    await sendMouse({ type: 'move', position: centreOf(shadow(map).querySelector('#place-14713000')!) });
    await map.updateComplete;
    const tooltip = (): Element | null => shadow(map).querySelector('.tooltip');
    const box = tooltip()!.getBoundingClientRect();
    // Leipzig lies in the west: the tooltip opens below and right of its point, TOOLTIP_OFFSET px away.
    const { x: px, y: py } = pointOf(map, '14713000');
    expect(box.left - px).to.be.closeTo(TOOLTIP_OFFSET, 1);
    expect(box.top - py).to.be.closeTo(TOOLTIP_OFFSET, 1);
    const path = [
      [px - 1, py - 1],
      [px + 4, py + 4],
      [px + 9, py + 9],
      [box.left + 10, box.top + 10],
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.right - 4, box.bottom - 4],
    ];
    for (const [x, y] of path) {
      await sendMouse({ type: 'move', position: [Math.round(x!), Math.round(y!)] });
      await map.updateComplete;
      expect(tooltipText(map), `pointer at ${Math.round(x!)}, ${Math.round(y!)}`).to.contain('Leipzig');
      const now = tooltip()!.getBoundingClientRect();
      expect([now.left, now.top]).to.deep.equal([box.left, box.top]);
    }
    await sendMouse({ type: 'move', position: [1, 1] });
    await map.updateComplete;
    expect(tooltip() === null, 'the tooltip is gone').to.be.true;
  });

  it('lets go of a tooltip hidden with Escape: the next one lets the pointer pass through again', async () => {
    const map = await createMap();
    await sendMouse({ type: 'move', position: centreOf(shadow(map).querySelector('#place-14713000')!) });
    await map.updateComplete;
    const box = shadow(map).querySelector('.tooltip')!.getBoundingClientRect();
    const [px, py] = [box.left - TOOLTIP_OFFSET, box.top - TOOLTIP_OFFSET];
    for (const [x, y] of [
      [px + 4, py + 4],
      [box.left + 10, box.top + 10],
    ]) {
      await sendMouse({ type: 'move', position: [Math.round(x!), Math.round(y!)] });
      await map.updateComplete;
    }
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(tooltipText(map)).to.equal('');
    await sendMouse({ type: 'move', position: centreOf(shadow(map).querySelector('#place-14612000')!) });
    await map.updateComplete;
    expect(tooltipText(map)).to.contain('Dresden');
    const next = shadow(map).querySelector('.tooltip')!.getBoundingClientRect();
    const hit = shadow(map).elementFromPoint(Math.round(next.left + next.width / 2), Math.round(next.top + next.height / 2));
    expect(Boolean(hit?.closest('.tooltip')), 'the tooltip takes the pointer').to.be.false;
  });

  it('lets the pointer pass through to the places below unless it came over the bridge', async () => {
    const map = await createMap();
    await sendMouse({ type: 'move', position: centreOf(shadow(map).querySelector('#place-14713000')!) });
    await map.updateComplete;
    const box = shadow(map).querySelector('.tooltip')!.getBoundingClientRect();
    const below = shadow(map).elementsFromPoint(Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2));
    const neighbour = below.find((element) => element.matches('path.municipality') && element.getAttribute('data-key') !== '14713000');
    expect(neighbour, 'a Gemeinde under the tooltip').to.exist;
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await map.updateComplete;
    expect(tooltipText(map)).not.to.contain('Leipzig');
  });
});

describe('<asskomm-status-map> details', () => {
  it('opens on click with every status, date and funding project', async () => {
    const map = await createMap({ date: '2024' });
    const selected = oneEvent(map, 'asskomm-select');
    const torgau = shadow(map).querySelector('#place-14730310')!;
    await sendMouse({ type: 'click', position: centreOf(torgau) });
    const event = await selected;
    expect(event.detail).to.deep.equal({ ags: '14730310', name: 'Torgau' });
    expect(event.bubbles && event.composed).to.be.true;
    await map.updateComplete;
    const dialog = detailsDialog(map);
    expect(dialog.open).to.be.true;
    const text = visibleText(dialog);
    expect(text).to.contain('Torgau');
    expect(text).to.contain('Landkreis Nordsachsen');
    expect(text).to.contain('Kooperationsvereinbarung 25. Juni 2021');
    expect(text).to.contain('Sicherheitsanalyse (geplant) 2022');
    expect(text).to.contain('Präventionsstellen, 160.000 €, Juni 2021');
    expect(shadow(map).activeElement?.id).to.equal('details-title');
  });

  it('links a KPR contact only through safe URLs', async () => {
    const map = await createMap({ date: '2024', focus: '14626610' });
    const viewport = shadow(map).querySelector<HTMLElement>('.viewport')!;
    viewport.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    const dialog = detailsDialog(map);
    expect(visibleText(dialog)).to.contain('Kommunaler Präventionsrat Zittau');
    const links = [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('https://zittau.de/');
    expect(links).to.include('mailto:kpr@zittau.de');
    expect(visibleText(dialog)).to.contain('Partner: Landespräventionsrat Sachsen, Polizeidirektion Görlitz');
  });

  it('names a linked source or website by its site, not by its whole address', async () => {
    const feed = await (await fetch(GOOD_FEED)).json();
    const zittau = feed.municipalities['14626610'];
    zittau.kpr.source = 'https://www.zittau.de/buergerservice/praevention?id=7';
    zittau.agreement.source = 'Amtsblatt Zittau 3/2021';
    const container = await fixture<HTMLDivElement>(html`<div><script type="application/json" id="feed-with-sources"></script></div>`);
    container.querySelector('script')!.textContent = JSON.stringify(feed);
    const map = await createMap({ src: '#feed-with-sources', date: '2024', focus: '14626610' }, container);
    shadow(map).querySelector<HTMLElement>('.viewport')!.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    const dialog = detailsDialog(map);
    const links = [...dialog.querySelectorAll('a')].map((a) => [visibleText(a), a.getAttribute('href')]);
    expect(links).to.deep.include(['Quelle (zittau.de)', 'https://www.zittau.de/buergerservice/praevention?id=7']);
    expect(links).to.deep.include(['zittau.de', 'https://zittau.de/']);
    expect(visibleText(dialog)).to.contain('Webseite: zittau.de');
    // A source that is no address stays text, with its label.
    expect(visibleText(dialog)).to.contain('Quelle: Amtsblatt Zittau 3/2021');
    expect(visibleText(dialog)).not.to.contain('https://');
  });

  it('never turns a javascript: URL from the feed into a link', async () => {
    const map = await createMap({ src: '/test/fixtures/feeds/hostile.json', focus: '14626610' });
    shadow(map).querySelector<HTMLElement>('.viewport')!.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    const dialog = detailsDialog(map);
    expect(dialog.open).to.be.true;
    expect(visibleText(dialog)).to.contain('javascript:window.__pwned=1');
    // The skip link is the map's own, to its end marker; every other link comes from the feed.
    expect(shadow(map).querySelector('a.skip-link')!.getAttribute('href')).to.equal('#skip-target');
    for (const a of shadow(map).querySelectorAll('a:not(.skip-link)')) {
      expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
    }
    expect(dialog.querySelectorAll('a')).to.have.length(0);
    expect(shadow(map).querySelector('img, script')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('has no axe violations while open', async () => {
    const map = await createMap({ date: '2024', focus: '14626610' });
    shadow(map).querySelector<HTMLElement>('.viewport')!.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(visibleText(detailsDialog(map))).to.contain('Zittau');
    await expect(map).to.be.accessible();
  });
});

describe('<asskomm-status-map> keyboard path', () => {
  it('search → Gemeinde → details → Escape returns focus, then the map continues from there', async () => {
    const map = await createMap({ date: '2024' });
    const root = shadow(map);
    const input = root.querySelector<HTMLInputElement>('#search-input')!;
    input.focus();
    await sendKeys({ type: 'zitt' });
    await map.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = [...root.querySelectorAll('#search-list [role="option"]')];
    expect(options.map((o) => visibleText(o))).to.deep.equal(['Zittau Landkreis Görlitz']);

    await sendKeys({ press: 'ArrowDown' });
    await map.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('search-option-0');
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');

    const selected = oneEvent(map, 'asskomm-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.ags).to.equal('14626610');
    await map.updateComplete;
    expect(detailsDialog(map).open).to.be.true;
    expect(root.activeElement?.textContent).to.equal('Zittau');
    expect(scaleOf(map)).to.be.greaterThan(1);
    expect(root.querySelectorAll('.highlight.active')).to.have.length(1);

    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(detailsDialog(map).open).to.be.false;
    expect(root.activeElement).to.equal(input);

    await sendKeys({ press: 'Tab' });
    await map.updateComplete;
    const viewport = root.querySelector('.viewport')!;
    expect(root.activeElement).to.equal(viewport);
    expect(viewport.getAttribute('aria-activedescendant')).to.equal('place-14626610');
    await sendKeys({ press: 'ArrowUp' });
    await map.updateComplete;
    const moved = viewport.getAttribute('aria-activedescendant');
    expect(moved).to.match(/^place-146\d+/);
    expect(moved).not.to.equal('place-14626610');

    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(detailsDialog(map).open).to.be.true;
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(detailsDialog(map).open).to.be.false;
    expect(root.activeElement).to.equal(viewport);
  });

  it('walks the documented order with Page Down and reaches the Kreis-level KPR', async () => {
    // `focus` makes the Kreis-level entry of Görlitz the active place.
    const map = await createMap({ focus: '14626' });
    const viewport = shadow(map).querySelector<HTMLElement>('.viewport')!;
    viewport.focus();
    expect(viewport.getAttribute('aria-activedescendant')).to.equal('place-14626');
    expect(shadow(map).querySelector('#place-14626')!.getAttribute('aria-label')).to.contain(
      'Landkreis Görlitz, Eintrag für den ganzen Kreis',
    );
    await sendKeys({ press: 'PageDown' });
    await map.updateComplete;
    // After the Kreis entry come its Gemeinden by name: Bad Muskau first.
    expect(tooltipText(map)).to.contain('Bad Muskau');
    await sendKeys({ press: 'End' });
    await map.updateComplete;
    // Zwickau (Landkreis) is the last Kreis by name.
    expect(viewport.getAttribute('aria-activedescendant')).to.match(/^place-14524/);
  });

  it('finds the Kreis-level entries too, and chooses one like a Gemeinde', async () => {
    const map = await createMap();
    const root = shadow(map);
    const input = root.querySelector<HTMLInputElement>('#search-input')!;
    input.focus();
    await sendKeys({ type: 'görlitz' });
    await map.updateComplete;
    const options = [...root.querySelectorAll('#search-list [role="option"]')].map((o) => visibleText(o));
    expect(options).to.deep.equal(['Görlitz Landkreis Görlitz', 'Landkreis Görlitz Eintrag für den ganzen Kreis']);
    // Screen readers hear how many suggestions there are (WCAG 4.1.3), without focus leaving the field.
    expect(visibleText(root.querySelector('.search [role="status"]')!)).to.equal('2 Vorschläge');
    const selected = oneEvent(map, 'asskomm-select');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ ags: '14626', name: 'Landkreis Görlitz' });
    await map.updateComplete;
    expect(detailsDialog(map).open).to.be.true;
    expect(visibleText(detailsDialog(map))).to.contain('Eintrag für den ganzen Kreis');
  });

  it('leaves out a Kreis-level entry whose layers are switched off, as the map does', async () => {
    const map = await createMap({ layers: 'contacted' });
    const input = shadow(map).querySelector<HTMLInputElement>('#search-input')!;
    input.focus();
    await sendKeys({ type: 'landkreis görlitz' });
    await map.updateComplete;
    expect(shadow(map).querySelectorAll('#search-list [role="option"]')).to.have.length(0);
  });

  it('closes the suggestions with Escape and clears the field with a second Escape', async () => {
    const map = await createMap();
    const input = shadow(map).querySelector<HTMLInputElement>('#search-input')!;
    input.focus();
    await sendKeys({ type: 'xyz' });
    await map.updateComplete;
    expect(visibleText(map)).to.contain('Keine Gemeinde gefunden');
    expect(visibleText(shadow(map).querySelector('.search [role="status"]')!)).to.equal('Keine Gemeinde gefunden');
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(input.value).to.equal('xyz');
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    expect(input.value).to.equal('');
  });
});

describe('<asskomm-status-map> zoom', () => {
  it('zooms in, out and back with the buttons', async () => {
    const map = await createMap();
    const root = shadow(map);
    expect(scaleOf(map)).to.equal(1);
    root.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await map.updateComplete;
    expect(scaleOf(map)).to.be.closeTo(1.6, 0.001);
    root.querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await map.updateComplete;
    expect(scaleOf(map)).to.be.closeTo(2.56, 0.001);
    root.querySelector<HTMLButtonElement>('.zoom-out')!.click();
    await map.updateComplete;
    expect(scaleOf(map)).to.be.closeTo(1.6, 0.001);
    root.querySelector<HTMLButtonElement>('.zoom-reset')!.click();
    await map.updateComplete;
    expect(zoomTransform(map)).to.equal('translate(0px, 0px) scale(1)');
  });

  it('zooms with + and − and pans with Shift + arrows when the map has focus', async () => {
    const map = await createMap();
    shadow(map).querySelector<HTMLElement>('.viewport')!.focus();
    await sendKeys({ press: '+' });
    await map.updateComplete;
    expect(scaleOf(map)).to.be.greaterThan(1);
    const before = zoomTransform(map);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await map.updateComplete;
    expect(zoomTransform(map)).not.to.equal(before);
    await sendKeys({ press: '0' });
    await map.updateComplete;
    expect(scaleOf(map)).to.equal(1);
  });

  it('lets a plain mouse wheel scroll the page and zooms only with Ctrl', async () => {
    const map = await createMap();
    const [x, y] = centreOf(shadow(map).querySelector('svg.map')!);
    await sendMouse({ type: 'move', position: [x, y] });
    const plain = new WheelEvent('wheel', { deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true });
    shadow(map).querySelector('svg.map')!.dispatchEvent(plain);
    await map.updateComplete;
    expect(plain.defaultPrevented).to.be.false;
    expect(scaleOf(map)).to.equal(1);
    const withCtrl = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true });
    shadow(map).querySelector('svg.map')!.dispatchEvent(withCtrl);
    // Gestures show their view at the next animation frame.
    await new Promise(requestAnimationFrame);
    await map.updateComplete;
    expect(withCtrl.defaultPrevented).to.be.true;
    expect(scaleOf(map)).to.be.greaterThan(1);
  });

  it('pans the zoomed map by dragging with the mouse; the click that ends the drag chooses nothing', async () => {
    const map = await createMap();
    shadow(map).querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await map.updateComplete;
    const before = zoomTransform(map);
    const [x, y] = centreOf(shadow(map).querySelector('svg.map')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y + 40] });
    await sendMouse({ type: 'up' });
    await map.updateComplete;
    expect(zoomTransform(map)).not.to.equal(before);
    expect(scaleOf(map)).to.be.closeTo(1.6, 0.001);
    expect(detailsDialog(map).open).to.be.false;
  });

  it('zooms with a two-finger pinch around the fingers', async () => {
    const map = await createMap();
    const svg = shadow(map).querySelector<SVGSVGElement>('svg.map')!;
    const [x, y] = centreOf(svg);
    const touch = (type: string, pointerId: number, clientX: number) =>
      svg.dispatchEvent(
        new PointerEvent(type, {
          pointerId,
          pointerType: 'touch',
          isPrimary: pointerId === 1,
          clientX,
          clientY: y,
          bubbles: true,
          composed: true,
        }),
      );
    touch('pointerdown', 1, x - 20);
    touch('pointerdown', 2, x + 20);
    touch('pointermove', 1, x - 40);
    touch('pointermove', 2, x + 40);
    await new Promise(requestAnimationFrame);
    await map.updateComplete;
    expect(scaleOf(map)).to.be.closeTo(2, 0.01);
    touch('pointerup', 1, x - 40);
    touch('pointerup', 2, x + 40);
    // One finger on an unzoomed map belongs to the page; on a zoomed map it pans.
    touch('pointerdown', 3, x);
    touch('pointermove', 3, x + 50);
    touch('pointerup', 3, x + 50);
    await map.updateComplete;
    expect(zoomTransform(map)).to.match(/^translate\([-\d.]+px, [-\d.]+px\) scale\(2(\.0+\d*)?\)$/);
  });

  it('zooms in on a double-click at the pointer (out with Shift)', async () => {
    const map = await createMap();
    const svg = shadow(map).querySelector<SVGSVGElement>('svg.map')!;
    const [x, y] = centreOf(svg);
    svg.dispatchEvent(new MouseEvent('dblclick', { clientX: x, clientY: y, bubbles: true, composed: true }));
    await map.updateComplete;
    expect(scaleOf(map)).to.equal(2);
    svg.dispatchEvent(new MouseEvent('dblclick', { clientX: x, clientY: y, shiftKey: true, bubbles: true, composed: true }));
    await map.updateComplete;
    expect(scaleOf(map)).to.equal(1);
  });

  it('zooms to the `focus` place at first', async () => {
    const map = await createMap({ focus: '14626' });
    expect(scaleOf(map)).to.be.greaterThan(1);
  });
});

describe('<asskomm-status-map> narrow screens', () => {
  it('works in a 360 px wide container', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const map = await createMap({}, container);
    expect(Math.round(map.getBoundingClientRect().width)).to.equal(360);
    expect(map.scrollWidth).to.be.at.most(361);
    const frame = shadow(map).querySelector('.frame')!.getBoundingClientRect();
    expect(frame.height).to.be.closeTo((frame.width * 700) / 960, 1);
    const legend = shadow(map).querySelector('.legend')!.getBoundingClientRect();
    expect(legend.top).to.be.greaterThan(frame.bottom);
    expect(legend.right).to.be.at.most(container.getBoundingClientRect().right + 1);
    for (const button of shadow(map).querySelectorAll('.controls button')) {
      expect(button.getBoundingClientRect().width).to.be.at.least(24);
    }
  });
});
