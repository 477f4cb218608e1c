/**
 * Nothing the map lays over its frame hides a Gemeinde at the default zoom (the zoom buttons
 * covered Landkreis Görlitz by up to 27 px), at desktop, tablet and phone widths; and on a phone the
 * map takes the width, with the legend below it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { createMap, shadow } from './helpers.js';

/**
 * The widths of the container the map is placed in: desktop, tablet (legend beside a 448 px map),
 * phone; and a single column as wide as the demo's at 1280 px (640), and the narrowest phone (320).
 */
const WIDTHS = [1280, 768, 640, 375, 320] as const;

/**
 * At 375 px the map's drawing (Saxony's painted bounds) is at least this tall. Saxony is wider
 * than tall (910 × 680 of the 960 × 700 frame units): a frame as wide as the container (373 px
 * inside its border) draws it 264 px tall, and no taller frame would draw it taller without
 * cutting off its east or west. The zoom buttons take a row of their own, so nothing is hidden.
 */
const MIN_DRAWING_HEIGHT_AT_375 = 260;

async function mapIn(width: number): Promise<StatusMap> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const map = await createMap({}, container);
  // The frame measures its width with a ResizeObserver: a frame or two after the first render.
  for (let i = 0; i < 3; i++) {
    await new Promise(requestAnimationFrame);
    await map.updateComplete;
  }
  return map;
}

function gemeindeBoxes(map: StatusMap): Array<{ name: string; box: DOMRect }> {
  return [...shadow(map).querySelectorAll<SVGPathElement>('path.municipality')].map((path) => ({
    name: path.closest('[aria-label]')?.getAttribute('aria-label') ?? path.id,
    box: path.getBoundingClientRect(),
  }));
}

/** Overlap of two boxes in px each way; 0 when they only touch or lie apart. */
function overlap(a: DOMRect, b: DOMRect): [number, number] {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0.5 && y > 0.5 ? [Math.round(x), Math.round(y)] : [0, 0];
}

/** Every control of the map and the wheel hint that names a Gemeinde's painted box it covers. */
function covered(map: StatusMap, controls: readonly Element[]): string[] {
  const places = gemeindeBoxes(map);
  const found: string[] = [];
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    for (const place of places) {
      const [x, y] = overlap(box, place.box);
      if (x) found.push(`${control.getAttribute('aria-label') ?? control.className}: ${place.name} by ${x} × ${y} px`);
    }
  }
  return found;
}

/** The zoom buttons, every other button around the frame (not the tooltip's) and the search field. */
function controlsOf(map: StatusMap): Element[] {
  const root = shadow(map);
  return [
    ...root.querySelectorAll('.controls button, .frame button:not(.tooltip button)'),
    ...root.querySelectorAll('.search input, .search label'),
  ];
}

/** The union of the painted boxes of all Gemeinden: the drawing of Saxony on screen. */
function drawingBox(map: StatusMap): DOMRect {
  const boxes = gemeindeBoxes(map).map((place) => place.box);
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return new DOMRect(left, top, Math.max(...boxes.map((b) => b.right)) - left, Math.max(...boxes.map((b) => b.bottom)) - top);
}

describe('status map layout: controls clear of the drawing', () => {
  for (const width of WIDTHS) {
    it(`covers no Gemeinde with a control at ${width} px`, async () => {
      const map = await mapIn(width);
      const controls = controlsOf(map);
      expect(controls.filter((control) => control.matches('button'))).to.have.length.of.at.least(3);
      expect(covered(map, controls)).to.deep.equal([]);
    });

    it(`covers no Gemeinde with the wheel hint and moves nothing at ${width} px`, async () => {
      const map = await mapIn(width);
      const summaryTop = shadow(map).querySelector('.summary')!.getBoundingClientRect().top;
      shadow(map)
        .querySelector('svg.map')!
        .dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true }));
      await map.updateComplete;
      const hint = shadow(map).querySelector('.wheel-hint');
      expect(hint, 'the hint is shown').to.exist;
      expect(covered(map, [hint!])).to.deep.equal([]);
      expect(shadow(map).querySelector('.summary')!.getBoundingClientRect().top, 'the text below stays').to.equal(summaryTop);
    });
  }

  it('draws Saxony across the width at 375 px, with the legend below the map', async () => {
    const map = await mapIn(375);
    const drawing = drawingBox(map);
    const frame = shadow(map).querySelector('.frame')!.getBoundingClientRect();
    expect(frame.width, 'frame width').to.be.closeTo(375, 1);
    expect(drawing.width, 'drawing width').to.be.at.least(frame.width * 0.93);
    expect(drawing.height, 'drawing height').to.be.at.least(MIN_DRAWING_HEIGHT_AT_375);
    const legend = shadow(map).querySelector('.legend')!.getBoundingClientRect();
    const controls = shadow(map).querySelector('.controls')!.getBoundingClientRect();
    expect(legend.top, 'legend below the map and its buttons').to.be.at.least(controls.bottom);
  });
});
