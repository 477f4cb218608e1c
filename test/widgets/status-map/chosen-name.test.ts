/**
 * The chosen Gemeinde's name is fully readable (issue 16): no symbol lies on it, and nothing drawn
 * after it (symbols, leader lines, the outlines of the chosen and the hovered place) covers it. At
 * 1280 and 375 px the chosen Zittau's blue outline with its white halo ran through „Zittau“ and
 * wiped out its last letters: the outlines lay over the names. The names have a layer of their own
 * above the outlines', so a hover does not repaint them. Shot on the screenshot tests' page.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { settle, widgetIn } from '../../visual/shots.js';
import { chooseZittau, shadow, TAG } from './helpers.js';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

const intersect = (a: DOMRect, b: DOMRect): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

const painted = (element: Element): boolean => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).display !== 'none';
};

/** The chosen place's name on the map. */
function chosenName(map: StatusMap): SVGTextElement {
  const names = [...shadow(map).querySelectorAll<SVGTextElement>('.place-names text')].filter((text) => text.textContent === 'Zittau');
  expect(names, 'Zittau is named once').to.have.length(1);
  return names[0]!;
}

for (const width of [1280, 375]) {
  describe(`<asskomm-status-map> the chosen Gemeinde's name at ${width} px`, () => {
    let map: StatusMap;
    beforeEach(async () => {
      map = await widgetIn<StatusMap>(TAG, width);
      await chooseZittau(map);
      await settle(map);
    });

    it('lies on no symbol', () => {
      const name = chosenName(map).getBoundingClientRect();
      const symbols = [...shadow(map).querySelectorAll('svg.map g.symbol')].filter(painted);
      expect(symbols.length, 'symbols drawn').to.be.greaterThan(0);
      const onName = symbols.filter((symbol) => intersect(symbol.getBoundingClientRect(), name));
      expect(onName.map((symbol) => symbol.getAttribute('class'))).to.deep.equal([]);
    });

    it('is covered by nothing drawn after it (outlines, symbols, leader lines)', () => {
      const text = chosenName(map);
      const name = text.getBoundingClientRect();
      // Drawn later = later in the drawing's order: the overlay <svg> lies over the map's, the names' over both.
      const marks = [...shadow(map).querySelectorAll(':is(svg.map, svg.overlay, svg.names) :is(path, line, g.symbol)')].filter(
        (mark) => text.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING && painted(mark),
      );
      const covering = marks.filter((mark) => intersect(mark.getBoundingClientRect(), name));
      expect(covering.map((mark) => `${mark.parentElement?.getAttribute('class')} ${mark.getAttribute('class')}`)).to.deep.equal([]);
      expect(shadow(map).querySelector('.highlight.active'), 'the chosen place is outlined').to.exist;
    });

    it('lies in a layer of its own over the outlines, hidden from the pointer and assistive technology', () => {
      // A hover redraws the outlines' layer; with the names in it, every name and its halo was repainted too.
      const names = chosenName(map).ownerSVGElement!;
      const outlines = shadow(map).querySelector('.highlight.active')!.closest('svg')!;
      expect(names, 'names and outlines in different <svg>s').not.to.equal(outlines);
      expect(outlines.compareDocumentPosition(names) & Node.DOCUMENT_POSITION_FOLLOWING, 'names after the outlines').to.be.greaterThan(0);
      const style = getComputedStyle(names);
      expect([style.willChange, style.pointerEvents, style.position, names.getAttribute('aria-hidden')]).to.deep.equal([
        'transform',
        'none',
        'absolute',
        'true',
      ]);
      const [a, b] = [names.getBoundingClientRect(), outlines.getBoundingClientRect()];
      expect([a.x, a.y, a.width, a.height], 'the same box as the outlines').to.deep.equal([b.x, b.y, b.width, b.height]);
    });
  });
}
