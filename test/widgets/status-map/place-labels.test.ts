/**
 * Place names on the map (issue 16, point 3): at the default zoom only Kreis names, by one rule:
 * the three Kreisfreie Städte, and the ten Landkreise only when all of them find room; after
 * choosing a Gemeinde (the map zooms to it) its name and its neighbours' names, so the reader knows
 * where the map went, and only names in view are in the DOM. No two names overlap, and they stay
 * out of the accessibility tree: the options and the table already name every place.
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

const names = (map: StatusMap): SVGTextElement[] => [...shadow(map).querySelectorAll<SVGTextElement>('.place-names text')];
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

const CITIES = ['Chemnitz', 'Dresden', 'Leipzig'];
const COUNTIES = [
  'Erzgebirgskreis',
  'Landkreis Bautzen',
  'Landkreis Görlitz',
  'Landkreis Leipzig',
  'Landkreis Meißen',
  'Landkreis Mittelsachsen',
  'Landkreis Nordsachsen',
  'Landkreis Sächsische Schweiz-Osterzgebirge',
  'Landkreis Zwickau',
  'Vogtlandkreis',
];

/** The names whose painted box lies (by more than a px) outside the map's frame. */
function outsideFrame(map: StatusMap): string[] {
  const frame = shadow(map).querySelector('.frame')!.getBoundingClientRect();
  return names(map).flatMap((text) => {
    const box = text.getBoundingClientRect();
    const outside = box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
    return outside ? [text.textContent ?? ''] : [];
  });
}

/** Waits until the zoom's CSS transition has ended, to measure where it lands. */
async function zoomSettled(map: StatusMap): Promise<void> {
  await Promise.all(
    shadow(map)
      .querySelector('svg.map .zoom')!
      .getAnimations()
      .map((animation) => animation.finished),
  );
}

describe('place names on the map', () => {
  // 1280 px gives the frame 960 px beside the legend; 768 px leaves 448 px (the legend beside it).
  for (const [width, expected] of [
    [1280, [...CITIES, ...COUNTIES]],
    [768, CITIES],
    [375, CITIES],
    [320, CITIES],
  ] as const)
    it(`at the default zoom (${width} px) names the three cities, and the Landkreise all or none`, async () => {
      const map = await mapIn(width, { src: REAL_FEED });
      for (const text of names(map)) expect(text.getAttribute('data-key'), text.textContent!).to.match(/^\d{5}$/);
      expect([...shownNames(map)].sort()).to.deep.equal([...expected].sort());
      expect(overlappingPairs(map)).to.deep.equal([]);
      expect(outsideFrame(map)).to.deep.equal([]);
    });

  it('after choosing Zittau by keyboard names Zittau and its neighbours, only names in view, readable and out of the accessibility tree', async () => {
    const map = await mapIn(900, { src: REAL_FEED });
    await chooseZittau(map);
    await zoomSettled(map);
    const shown = shownNames(map);
    expect(shown).to.include('Zittau');
    const neighbours = shown.filter((name) => ZITTAU_NEIGHBOURS.includes(name));
    expect(neighbours).not.to.be.empty;
    // Only names in view are in the DOM; before, every name laid out at this zoom: 345, 332 of them outside the frame.
    expect(outsideFrame(map)).to.deep.equal([]);
    expect(shown.length).to.be.within(1, 40);
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
