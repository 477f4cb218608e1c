/**
 * With every layer on, at the default zoom, no symbol covers another (around Leipzig and Chemnitz
 * they piled up at 375 px; issue 16, point 2), each stays near its Gemeinde, hovers and clicks as
 * it, and a Gemeinde's symbols sit side by side. Measured on the painted boxes, with the real feed.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { MAX_SHIFT } from '../../../src/geo/symbol-layout.js';
import { DISTRICT_SYMBOL_SCALE, SYMBOL_CELL } from '../../../src/widgets/status-map/symbols.js';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { centreOf, mapIn as mapInColumn, pointOf, shadow, tooltipText } from './helpers.js';

const REAL_FEED = '/data/asskomm.json';
const ZITTAU = '14626610';

/**
 * How far a symbol's centre may lie from its place's point, in px: the layout moves a block of
 * symbols at most `MAX_SHIFT`, and a symbol sits at most one cell from its block's centre (the
 * ends of a row of three; a Kreis symbol's cell is 1.25 times as large). Further away, a reader
 * would no longer connect it to its Gemeinde.
 */
const NEAR = MAX_SHIFT + SYMBOL_CELL * DISTRICT_SYMBOL_SCALE;

afterEach(async () => {
  await resetMouse();
  await setViewport({ width: 800, height: 600 });
});

/** The whole map in view, so every symbol can be hit and hovered. */
const mapIn = (width: number): Promise<StatusMap> => mapInColumn(width, { src: REAL_FEED });

interface PaintedSymbol {
  /** The Gemeinde or Kreis the symbol belongs to, and its layer. */
  key: string;
  layer: string;
  element: SVGGElement;
  box: DOMRect;
}

function paintedSymbols(map: StatusMap): PaintedSymbol[] {
  return [...shadow(map).querySelectorAll<SVGGElement>('svg.map g.symbol')].map((element) => ({
    key: element.closest('[data-key]')?.getAttribute('data-key') ?? '',
    layer: element.closest('[data-layer]')?.getAttribute('data-layer') ?? '',
    element,
    box: element.getBoundingClientRect(),
  }));
}

/** Every pair of symbols whose painted boxes overlap by more than half a px each way. */
function overlappingPairs(symbols: readonly PaintedSymbol[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < symbols.length; i++)
    for (let j = i + 1; j < symbols.length; j++) {
      const [a, b] = [symbols[i]!, symbols[j]!];
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 0.5 && y > 0.5) pairs.push(`${a.key} ${a.layer} × ${b.key} ${b.layer}: ${x.toFixed(1)} × ${y.toFixed(1)} px`);
    }
  return pairs;
}

function centre(box: DOMRect): [number, number] {
  return [box.left + box.width / 2, box.top + box.height / 2];
}

describe('status map symbols: none covers another', () => {
  for (const width of [1280, 375]) {
    it(`overlaps no two symbols at ${width} px with every layer on`, async () => {
      const map = await mapIn(width);
      const symbols = paintedSymbols(map);
      expect(symbols.length, 'symbols drawn').to.be.at.least(60);
      expect(overlappingPairs(symbols)).to.deep.equal([]);
    });

    it(`keeps every symbol within ${NEAR} px of its place's point at ${width} px`, async () => {
      const map = await mapIn(width);
      const far = paintedSymbols(map).flatMap(({ key, layer, box }) => {
        const point = pointOf(map, key);
        const [x, y] = centre(box);
        const distance = Math.hypot(x - point.x, y - point.y);
        return distance > NEAR ? [`${key} ${layer}: ${distance.toFixed(1)} px`] : [];
      });
      expect(far).to.deep.equal([]);
    });

    it(`hits each symbol's own place under its centre at ${width} px`, async () => {
      const map = await mapIn(width);
      const missed = paintedSymbols(map).flatMap(({ key, layer, box }) => {
        const hit = shadow(map).elementFromPoint(...centre(box));
        const hitKey = hit?.closest('[data-key]')?.getAttribute('data-key');
        return hitKey === key ? [] : [`${key} ${layer}: ${hitKey ?? hit?.tagName}`];
      });
      expect(missed).to.deep.equal([]);
    });
  }

  it('draws symbols and leaders at their place without a transform of their own, at their on-screen size', async () => {
    const map = await mapIn(1280);
    // A transformed element is a paint property node of its own: thousands made every hover of Germany's map slow.
    const transformed = shadow(map).querySelectorAll('svg.map :is(.symbols, .leaders, .district-entries) [transform]');
    expect(transformed.length).to.equal(0);
    const wrong = paintedSymbols(map).flatMap(({ key, layer, element, box }) => {
      const size = element.closest('.district-entry') ? DISTRICT_SYMBOL_SCALE : 1;
      const halo = element.querySelector<SVGGraphicsElement>('.symbol-halo')!;
      // The halo's stroke in screen px: its CSS width in the drawing's units times the units' size on screen.
      const stroke = parseFloat(getComputedStyle(halo).strokeWidth) * halo.getScreenCTM()!.a;
      const fits = Math.max(box.width, box.height) <= SYMBOL_CELL * size && Math.min(box.width, box.height) >= 7 * size;
      return fits && Math.abs(stroke - 3 * size) < 0.1
        ? []
        : [`${key} ${layer}: ${box.width.toFixed(1)} px, stroke ${stroke.toFixed(2)} px`];
    });
    expect(wrong).to.deep.equal([]);
  });

  it("draws Zittau's three symbols side by side in a row", async () => {
    const map = await mapIn(375);
    const zittau = paintedSymbols(map).filter((symbol) => symbol.key === ZITTAU);
    expect(zittau.map((symbol) => symbol.layer)).to.deep.equal(['kpr', 'coaching', 'funding']);
    const centres = zittau.map((symbol) => centre(symbol.box));
    for (const [, y] of centres) expect(y, 'one row').to.be.closeTo(centres[0]![1], 1);
    for (let i = 1; i < zittau.length; i++)
      expect(zittau[i]!.box.left, 'left to right, apart').to.be.at.least(zittau[i - 1]!.box.right - 0.5);
  });

  it('names the Gemeinde in the tooltip when the mouse is on its symbol over another Gemeinde', async () => {
    const map = await mapIn(375);
    // A symbol the layout moved over a neighbour's area: before, pointing at it named the neighbour.
    const symbol = paintedSymbols(map).find(({ key, box }) => {
      const below = shadow(map)
        .elementsFromPoint(...centre(box))
        .find((element) => element.matches('path.municipality'));
      return below && below.getAttribute('data-key') !== key;
    });
    expect(symbol, 'a symbol over another Gemeinde at 375 px').to.exist;
    await sendMouse({ type: 'move', position: centreOf(symbol!.element) });
    await map.updateComplete;
    const name = (map as unknown as { snapshot(): { view(k: string): { name: string } } }).snapshot().view(symbol!.key).name;
    expect(tooltipText(map)).to.contain(name);
  });
});
