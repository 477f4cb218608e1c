/**
 * Place names on the map (issue 16, point 3): at the default zoom only Kreis names, where they fit
 * their Kreis; after choosing a Gemeinde (the map zooms to it) its name and its neighbours' names,
 * so the reader knows where the map went. No two names overlap, and they stay out of the
 * accessibility tree: the options and the table already name every place.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { chooseZittau, mapIn, shadow } from './helpers.js';

const REAL_FEED = '/data/asskomm.json';
/** Zittau's neighbours (they share a border with it in the bundled geometry). */
const ZITTAU_NEIGHBOURS = ['Bernstadt a.d. Eigen', 'Bertsdorf-Hörnitz', 'Herrnhut', 'Mittelherwigsdorf', 'Olbersdorf', 'Ostritz', 'Oybin'];

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

const names = (map: StatusMap): SVGTextElement[] => [...shadow(map).querySelectorAll<SVGTextElement>('svg.map text')];
const shownNames = (map: StatusMap): string[] => names(map).map((text) => text.textContent ?? '');

/** Pairs of names whose painted boxes overlap by more than half a px each way. */
function overlappingPairs(map: StatusMap): string[] {
  const boxes = names(map).map((text) => ({ name: text.textContent, box: text.getBoundingClientRect() }));
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 0.5 && y > 0.5) pairs.push(`${a.name} / ${b.name}`);
    }
  return pairs;
}

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

async function axNames(): Promise<string[]> {
  const found: string[] = [];
  const collect = (node: AxNode): void => {
    if (node.name) found.push(node.name);
    for (const child of node.children ?? []) collect(child);
  };
  // The command's type says void; it answers with Chromium's accessibility tree.
  collect((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}

describe('place names on the map', () => {
  for (const width of [900, 375])
    it(`at the default zoom (${width} px) names only Kreise, none over another`, async () => {
      const map = await mapIn(width, { src: REAL_FEED });
      for (const text of names(map)) expect(text.getAttribute('data-key'), text.textContent!).to.match(/^\d{5}$/);
      // At 900 px some Kreis names fit (e.g. „Landkreis Bautzen“); at 375 px none does.
      if (width >= 900) expect(shownNames(map)).not.to.be.empty;
      expect(overlappingPairs(map)).to.deep.equal([]);
    });

  it('after choosing Zittau by keyboard names Zittau and its neighbours, readable and out of the accessibility tree', async () => {
    const map = await mapIn(900, { src: REAL_FEED });
    await chooseZittau(map);
    // The zoom to Zittau is a CSS transition: measure where it ends.
    await Promise.all(
      shadow(map)
        .querySelector('svg.map .zoom')!
        .getAnimations()
        .map((animation) => animation.finished),
    );
    const shown = shownNames(map);
    expect(shown).to.include('Zittau');
    const neighbours = shown.filter((name) => ZITTAU_NEIGHBOURS.includes(name));
    expect(neighbours).not.to.be.empty;
    expect(overlappingPairs(map)).to.deep.equal([]);
    // On screen at the size of the page's text, whatever the zoom.
    const zittau = names(map).find((text) => text.textContent === 'Zittau')!;
    expect(zittau.getBoundingClientRect().height).to.be.within(10, 20);
    expect(zittau.closest('[aria-hidden="true"]')).to.exist;
    expect(getComputedStyle(zittau).pointerEvents).to.equal('none');
    // The tree reads the same without the names' layer: they add nothing to it (the details and
    // the options name Zittau and its neighbours already). Removed last: Lit does not render it again.
    const withNames = await axNames();
    shadow(map).querySelector('.place-names')!.remove();
    expect(withNames).to.deep.equal(await axNames());
  });
});
