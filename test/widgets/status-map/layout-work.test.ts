/**
 * How often the map lays out its symbols and names, and asks the page's style: an arrow key that
 * only moves the active outline lays out nothing, a pinch lays out at most once per animation
 * frame, and the font size of the names is read when the text size changes, not on every render.
 * Counted through the map's memoised layouts (`derived.ts`, watched from outside: no counter in the
 * bundle), on the real feed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { watchResults, type Watched } from '../../helpers/memo-watch.js';
import { centreOf, chooseZittau, mapIn, scaleOf, shadow, tabToMap } from './helpers.js';

const REAL_FEED = '/data/asskomm.json';
const LAYOUTS = ['symbols', 'names'];

/** Watches the map's two layouts; a layout that ran returns a new result. */
function watchLayouts(map: StatusMap): Watched {
  return watchResults((map as unknown as { derived: object }).derived, LAYOUTS);
}

const nextFrame = (): Promise<number> => new Promise(requestAnimationFrame);

describe('status map layout work', () => {
  it('lays out no names when an arrow key moves the active Gemeinde on the zoomed map', async () => {
    const map = await mapIn(900, { src: REAL_FEED });
    await chooseZittau(map);
    // Back to the map from the details, as a keyboard user does.
    await sendKeys({ press: 'Escape' });
    const viewport = await tabToMap(map);
    expect(scaleOf(map), 'zoomed to Zittau').to.be.greaterThan(1);
    const watched = watchLayouts(map);
    const active: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      await sendKeys({ press: key });
      await map.updateComplete;
      active.push(viewport.getAttribute('aria-activedescendant') ?? '');
    }
    expect(new Set(active).size, 'the keys moved the active Gemeinde').to.be.at.least(3);
    expect(watched.calls().names, 'each key rendered the map').to.be.at.least(5);
    // Before: one name layout per key (5); Zittau and its neighbours stay named.
    expect(watched.recomputed()).to.deep.equal({});
    const shown = [...shadow(map).querySelectorAll('.place-names text')].map((text) => text.textContent);
    expect(shown).to.include('Zittau');
  });

  it('lays out symbols and names at most once per animation frame during a pinch', async () => {
    const map = await mapIn(900, { src: REAL_FEED });
    const svg = shadow(map).querySelector<SVGSVGElement>('svg.map')!;
    const [x, y] = centreOf(svg);
    const touch = (type: string, pointerId: number, clientX: number): void => {
      svg.dispatchEvent(new PointerEvent(type, { pointerId, pointerType: 'touch', clientX, clientY: y, bubbles: true, composed: true }));
    };
    touch('pointerdown', 1, x - 20);
    touch('pointerdown', 2, x + 20);
    await map.updateComplete;
    const watched = watchLayouts(map);
    // Eight moves of the fingers apart before the next frame, each its own event (and microtask checkpoint).
    for (let spread = 22; spread <= 36; spread += 2) {
      touch('pointermove', 2, x + spread);
      await map.updateComplete;
    }
    await nextFrame();
    await map.updateComplete;
    // Before: 8 symbol and 8 name layouts, one per pointer event.
    expect(watched.recomputed().symbols ?? 0, 'symbol layouts').to.be.at.most(1);
    expect(watched.recomputed().names ?? 0, 'name layouts').to.be.at.most(1);
    // The map shows where the fingers ended: 56 px apart from 40, ×1.4.
    expect(scaleOf(map)).to.be.closeTo(1.4, 0.01);
    touch('pointerup', 1, x - 20);
    touch('pointerup', 2, x + 36);
  });

  it('reads the names’ font size when the text size changes, not on every render', async () => {
    const map = await mapIn(900, { src: REAL_FEED });
    const nameSize = (): string | null => shadow(map).querySelector('.place-names')!.getAttribute('font-size');
    expect(nameSize()).to.equal('12');
    const original = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = (element, pseudo) => {
      if (element === map) reads++;
      return original.call(window, element, pseudo);
    };
    try {
      const viewport = await tabToMap(map);
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
        await sendKeys({ press: key });
        await map.updateComplete;
      }
      expect(viewport.getAttribute('aria-activedescendant')).to.exist;
      // Before: one style read of the host per render (5 here).
      expect(reads, 'style reads of the host').to.equal(0);
      // A reader's larger text (here on the host, as a text-only zoom on the page's root does).
      map.style.fontSize = '24px';
      for (let i = 0; i < 3; i++) {
        await nextFrame();
        await map.updateComplete;
      }
      expect(nameSize(), 'three quarters of the host’s 24 px').to.equal('18');
    } finally {
      window.getComputedStyle = original;
      map.style.fontSize = '';
    }
  });
});
