/**
 * The map's tooltip lies wholly inside the map frame, wherever its place is: near an edge, partly
 * zoomed out of sight, on a 320 px wide page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { createMap, pointOf, shadow } from './helpers.js';

/** The tooltip's box, once it has taken its own size (a ResizeObserver: a frame or two). */
async function settledTooltip(map: StatusMap): Promise<DOMRect | undefined> {
  let last = '';
  for (let i = 0; i < 10; i++) {
    await new Promise(requestAnimationFrame);
    await map.updateComplete;
    const box = shadow(map).querySelector('.tooltip')?.getBoundingClientRect();
    const now = JSON.stringify(box);
    if (box && now === last) return box;
    last = now;
  }
  return shadow(map).querySelector('.tooltip')?.getBoundingClientRect();
}

/** Where `box` sticks out of `frame`, in px per side (empty when it lies inside). */
function outside(box: DOMRect, frame: DOMRect): Record<string, number> {
  const over = {
    left: frame.left - box.left,
    top: frame.top - box.top,
    right: box.right - frame.right,
    bottom: box.bottom - frame.bottom,
  };
  return Object.fromEntries(Object.entries(over).filter(([, px]) => px > 0.5));
}

/** The inner box of the map frame (inside its border). */
function frameBox(map: StatusMap): DOMRect {
  const frame = shadow(map).querySelector<HTMLElement>('.frame')!;
  const outer = frame.getBoundingClientRect();
  return new DOMRect(outer.left + frame.clientLeft, outer.top + frame.clientTop, frame.clientWidth, frame.clientHeight);
}

/** A few of `points`, spread from first to last. */
const spread = <T>(points: readonly T[], count: number): T[] =>
  points.length <= count
    ? [...points]
    : Array.from({ length: count }, (_, i) => points[Math.round((i * (points.length - 1)) / (count - 1))]!);

/**
 * Points where a Gemeinde lies under the pointer at the map's edges: just inside each edge of the
 * frame, and on the outermost Gemeinden of Saxony (south, east, west, north) where the map is not zoomed.
 */
function pointsAtEdges(map: StatusMap): Array<[number, number]> {
  const root = shadow(map);
  const frame = frameBox(map);
  const onPlace = ([x, y]: [number, number]): boolean => Boolean(root.elementFromPoint(x, y)?.matches('path.municipality'));
  const along = (from: number, to: number): number[] => Array.from({ length: Math.floor((to - from) / 8) }, (_, i) => from + 8 * i);
  const inset = 4;
  const edges = [
    along(frame.left, frame.right).map((x) => [x, frame.top + inset]),
    along(frame.left, frame.right).map((x) => [x, frame.bottom - inset]),
    along(frame.top, frame.bottom).map((y) => [frame.left + inset, y]),
    along(frame.top, frame.bottom).map((y) => [frame.right - inset, y]),
  ].map((points) => spread(points.map(([x, y]) => [Math.round(x!), Math.round(y!)] as [number, number]).filter(onPlace), 3));
  const boxes = [...root.querySelectorAll('path.municipality')].map((path) => path.getBoundingClientRect());
  const outermost = (key: (box: DOMRect) => number): Array<[number, number]> =>
    [...boxes]
      .sort((a, b) => key(b) - key(a))
      .slice(0, 2)
      .map((box) => [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as [number, number])
      .filter(onPlace);
  return [
    ...edges.flat(),
    ...outermost((box) => box.bottom),
    ...outermost((box) => box.right),
    ...outermost((box) => -box.left),
    ...outermost((box) => -box.top),
  ].filter(([x, y]) => x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom);
}

describe('<asskomm-status-map> tooltip inside the frame', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => resetMouse());

  async function expectInsideAtEdges(map: StatusMap): Promise<void> {
    const points = pointsAtEdges(map);
    expect(points.length, 'Gemeinden at the edges of the frame').to.be.at.least(4);
    for (const point of points) {
      await sendMouse({ type: 'move', position: point });
      const box = await settledTooltip(map);
      expect(box, `a tooltip at ${point.join(', ')}`).to.exist;
      expect(outside(box!, frameBox(map)), `tooltip of the place at ${point.join(', ')}`).to.deep.equal({});
      await resetMouse();
    }
  }

  it('lies inside the frame of a 320 px wide map, for places at every edge', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    await expectInsideAtEdges(await createMap({}, container));
  });

  it('lies inside the frame when the map is zoomed in and the place is partly out of sight', async () => {
    // Zoomed to Chemnitz, in the middle of Saxony: Gemeinden cross every edge, their points out of sight.
    const map = await createMap({ focus: '14511000' });
    await map.updateComplete;
    expect(shadow(map).querySelector<SVGGElement>('g.zoom')!.style.transform, 'zoomed in').to.contain('scale');
    await expectInsideAtEdges(map);
  });
});

/** Hovers the Gemeinde `key` with a mouse (a pointermove on its path) and waits until its tooltip has taken its size. */
async function hover(map: StatusMap, key: string): Promise<void> {
  const path = shadow(map).querySelector(`path[data-key="${key}"]`)!;
  path.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }));
  await settledTooltip(map);
}

/** The Gemeinden whose point lies in the frame, with `where` true for it. */
function placesWhere(map: StatusMap, where: (point: DOMPoint, frame: DOMRect) => boolean): string[] {
  const frame = frameBox(map);
  return [...shadow(map).querySelectorAll('path.municipality')]
    .map((path) => path.getAttribute('data-key')!)
    .filter((key) => where(pointOf(map, key), frame));
}

describe('<asskomm-status-map> tooltip while the mouse sweeps the map', () => {
  it('renders the map once per newly hovered place where the tooltip needs no other side', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const map = await createMap({}, container);
    // Points in the upper left two thirds, from several Kreise: each tooltip has room below and right of its point.
    const keys = spread(
      placesWhere(map, (point, frame) => point.x < frame.left + (frame.width * 2) / 3 && point.y < frame.top + (frame.height * 2) / 3),
      12,
    );
    expect(keys.length, 'Gemeinden in the upper left').to.equal(12);
    await hover(map, keys[0]!);
    let renders = 0;
    map.addController({ hostUpdated: () => renders++ });
    let resized = 0;
    let size = '';
    for (const key of keys.slice(1)) {
      await hover(map, key);
      const box = shadow(map).querySelector('.tooltip')!.getBoundingClientRect();
      if (`${box.width} × ${box.height}` !== size) resized++;
      size = `${box.width} × ${box.height}`;
    }
    // Tooltips that change their size: the ResizeObserver sees each new size.
    expect(resized, 'tooltips of another size than the one before').to.be.at.least(4);
    expect(renders, 'renders of the map').to.be.at.most(keys.length - 1 + 1);
  });

  it('takes no pointer on its way to a place whose point is zoomed out of sight', async () => {
    const map = await createMap({ focus: '14511000' });
    await map.updateComplete;
    const [key] = placesWhere(map, (point, frame) => point.x > frame.right + 40);
    expect(key, 'a Gemeinde whose point lies right of the frame').to.exist;
    await hover(map, key!);
    const tooltip = shadow(map).querySelector('.tooltip');
    expect(tooltip, 'its tooltip').to.exist;
    const bridge = getComputedStyle(tooltip!, '::before');
    expect([bridge.width, bridge.height], 'the bridge from the tooltip towards the point').to.deep.equal(['0px', '0px']);
  });
});
