import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/load.js';
import { clearGeometryCache } from '../../../src/widgets/status-map/geometry-controller.js';
import { GOOD_FEED, runConformance, visibleText } from '../../helpers/conformance.js';
import { createMap, deepActiveElement, legendCheckbox, legendCount, shadow, TAG } from './helpers.js';
import { holdFetches, interceptFetch, recordFetches } from '../../helpers/fetch.js';

runConformance({
  tag: TAG,
  assertShowsData(element) {
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('path.municipality')).to.have.length(419);
    const text = visibleText(element);
    expect(text).to.contain('Testquelle: ASSKomm-Webseite');
    expect(text).to.contain('Modellkommunen');
  },
});

/**
 * Each `next()` resolves after the next ResizeObserver notification about `element`. The map's own
 * observer is older, so it has heard the same notification and asked for its update by then. The
 * test hears it a frame later: changing the layout inside the notification would loop the observers.
 */
function resizeNotifications(element: Element): { next(): Promise<void>; stop(): void } {
  let waiting: (() => void) | undefined;
  let unheard = 0;
  const heard = (): void => {
    if (waiting) waiting();
    else unheard++;
    waiting = undefined;
  };
  const observer = new ResizeObserver(() => requestAnimationFrame(heard));
  observer.observe(element);
  return {
    next: () => (unheard ? Promise.resolve(void unheard--) : new Promise((resolve) => (waiting = resolve))),
    stop: () => observer.disconnect(),
  };
}

describe('<asskomm-status-map> drawing', () => {
  it('renders 419 Gemeinden, the Kreis borders and the state outline', async () => {
    const map = await createMap();
    const root = shadow(map);
    expect(root.querySelectorAll('path.municipality')).to.have.length(419);
    expect(root.querySelector('path.border-district')!.getAttribute('d')!.length).to.be.greaterThan(100);
    expect(root.querySelector('path.border-state')!.getAttribute('d')!.length).to.be.greaterThan(100);
    expect(root.querySelector('svg.map')!.getAttribute('viewBox')).to.equal('0 0 960 700');
  });

  it('is accessible: one labelled listbox with an option per Gemeinde', async () => {
    const map = await createMap();
    const listbox = shadow(map).querySelector('[role="listbox"].viewport')!;
    expect(listbox.getAttribute('tabindex')).to.equal('0');
    expect(listbox.getAttribute('aria-label')).to.equal('Karte der Gemeinden Sachsens nach ASSKomm-Baustein');
    const leipzig = shadow(map).querySelector('#place-14713000')!;
    expect(leipzig.getAttribute('role')).to.equal('option');
    expect(leipzig.getAttribute('aria-label')).to.equal(
      'Leipzig, Kreisfreie Stadt Leipzig: Modellkommune: 6. Februar 2019; Kommunaler Präventionsrat (bestehend): Juni 2010',
    );
    await expect(map).to.be.accessible();
  });

  it('keeps the 960:700 shape of the map while the data load (no layout shift)', async () => {
    const { release, restore } = holdFetches();
    try {
      clearFeedCache();
      clearGeometryCache();
      const container = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      container.insertAdjacentHTML('beforeend', `<${TAG} src="${GOOD_FEED}"></${TAG}>`);
      const map = container.lastElementChild as HTMLElement & { whenReady(): Promise<void>; updateComplete: Promise<boolean> };
      await map.updateComplete;
      const loading = map.shadowRoot!.querySelector('.frame')!;
      expect(visibleText(loading)).to.equal('Karte wird geladen …');
      const before = loading.getBoundingClientRect();
      expect(before.height).to.be.closeTo((before.width * 700) / 960, 1);
      // One column at 480 px: the legend follows the map's column.
      const legendTop = (): number => map.shadowRoot!.querySelector('[part="legend"]')!.getBoundingClientRect().top;
      const legendBefore = legendTop();
      release();
      await map.whenReady();
      const after = map.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(after.top).to.equal(before.top);
      expect(after.height).to.be.closeTo(before.height, 1);
      // The row of zoom buttons under the frame is kept free while loading too.
      expect(legendTop()).to.be.closeTo(legendBefore, 0.5);
    } finally {
      restore();
    }
  });

  it('keeps its drawing while hidden: a width of 0 is no size to draw the symbols at', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const map = await createMap({}, container);
    const resized = resizeNotifications(shadow(map).querySelector('.frame')!);
    await resized.next();
    await map.updateComplete;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(shadow(map).querySelector('svg.map')!, { subtree: true, attributes: true, childList: true });
    container.style.display = 'none';
    await resized.next();
    await map.updateComplete;
    container.style.display = '';
    await resized.next();
    await map.updateComplete;
    observer.disconnect();
    resized.stop();
    expect(records).to.have.length(0);
  });

  it('shares one topology request between maps', async () => {
    const { urls, restore } = recordFetches();
    try {
      clearGeometryCache();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      await Promise.all([createMap({}, container), createMap({ date: '2024' }, container)]);
      expect(urls.filter((url) => url.endsWith('sachsen.topo.json'))).to.have.length(1);
    } finally {
      restore();
    }
  });
});

describe('<asskomm-status-map> while loading', () => {
  it('has nothing focusable inside aria-hidden, and Tab passes the placeholder by', async () => {
    const never = `${GOOD_FEED}?never-answered`;
    const { restore } = interceptFetch((input, init, real) =>
      String(input).endsWith(never) ? new Promise(() => undefined) : real(input, init),
    );
    try {
      const container = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">vorher</button><asskomm-status-map src=${never}></asskomm-status-map><button id="after">nachher</button>
        </div>`,
      );
      const map = container.querySelector('asskomm-status-map')!;
      await map.updateComplete;
      const root = shadow(map);
      expect(root.querySelector('[part="loading"]'), 'loading').to.exist;
      const hiddenInside = [...root.querySelectorAll('[aria-hidden="true"] *')] as HTMLElement[];
      expect(hiddenInside.map((element) => element.localName)).to.include('summary');
      const focusable = hiddenInside.filter((element) => {
        element.focus();
        return root.activeElement === element;
      });
      expect(focusable.map((element) => element.localName)).to.deep.equal([]);
      // Tab from the button before the map until the one after it: no stop in a hidden subtree.
      container.querySelector<HTMLElement>('#before')!.focus();
      const stops: Element[] = [];
      for (let i = 0; i < 20 && document.activeElement?.id !== 'after'; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(deepActiveElement()!);
      }
      expect(document.activeElement?.id).to.equal('after');
      expect(stops.filter((stop) => stop.closest('[aria-hidden="true"]')).map((stop) => stop.localName)).to.deep.equal([]);
      // axe's aria-hidden-focus was the one violation of the loading state (audit 2026-11).
      await expect(map).to.be.accessible();
      map.remove();
    } finally {
      restore();
    }
  });
});

describe('<asskomm-status-map> legend and layers', () => {
  it('counts the places of each layer at the feed date', async () => {
    const map = await createMap();
    const counts = Object.fromEntries(
      ['contacted', 'model', 'kpr', 'pre-agreement', 'agreement', 'coaching', 'analysis', 'funding'].map((id) => [
        id,
        legendCount(map, id),
      ]),
    );
    // good.json as of 2021-11: Zittau's KPR and coaching (2023) and Torgau's analysis (2022) come later.
    // Every Gemeinde with a building block counts as contacted (Leipzig, Chemnitz, Zittau, Torgau).
    expect(counts).to.deep.equal({
      contacted: '4',
      model: '2',
      kpr: '2',
      'pre-agreement': '0',
      agreement: '2',
      coaching: '0',
      analysis: '0',
      funding: '1',
    });
    const summary = visibleText(shadow(map).querySelector('.summary')!);
    expect(summary).to.contain('Stand November 2021');
    expect(summary).to.contain('Kommunale Präventionsräte: 2 auf der Karte (davon 1 Kreis)');
    expect(visibleText(map)).to.contain('Stand: November 2021');
  });

  it('labels every layer with a mark and words, not colour alone', async () => {
    const map = await createMap();
    const label = legendCheckbox(map, 'agreement').closest('label')!;
    expect(label.querySelector('svg.swatch')).to.exist;
    expect(visibleText(label)).to.contain('Kooperationsvereinbarungen');
    expect(visibleText(label)).to.contain('Schraffur von links unten');
  });

  it('gives every layer switch a name that reads as words ("2 auf der Karte", not "2auf")', async () => {
    await createMap();
    const names: string[] = [];
    interface AxNode {
      role?: string;
      name?: string;
      children?: AxNode[];
    }
    const collect = (node: AxNode): void => {
      if (node.role === 'checkbox' && node.name) names.push(node.name);
      for (const child of node.children ?? []) collect(child);
    };
    // The command's type says void; it answers with Chromium's accessibility tree.
    collect((await a11ySnapshot({})) as unknown as AxNode);
    expect(names).to.have.length(8);
    for (const name of names) expect(name).to.match(/\d auf der Karte/);
  });

  it('hides and shows a layer at once, without redrawing the Gemeinden', async () => {
    const map = await createMap();
    const root = shadow(map);
    const leipzig = root.querySelector('#place-14713000')!;
    const d = leipzig.getAttribute('d');
    const modelLayer = (): Element => root.querySelector('.area-model')!;
    expect(getComputedStyle(modelLayer()).display).not.to.equal('none');
    // The layer is one path made of its two Gemeinden's outlines, nothing else.
    const [modelPath, ...more] = modelLayer().querySelectorAll('path');
    expect(more).to.have.length(0);
    const modelD = modelPath!.getAttribute('d')!;
    const inLayer = [...root.querySelectorAll('path.municipality')].map((p) => p.getAttribute('d')!).filter((d) => modelD.includes(d));
    expect(inLayer).to.have.length(2);
    expect(inLayer.join('').length).to.equal(modelD.length);

    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root.querySelector('svg.map')!, { subtree: true, attributes: true, childList: true });
    legendCheckbox(map, 'model').click();
    await map.updateComplete;
    observer.disconnect();
    // One class on the <svg> hides the layer; only the screen-reader labels of its places change.
    expect(records.filter((r) => r.type === 'childList' || r.attributeName === 'd')).to.have.length(0);
    expect(new Set(records.map((r) => r.attributeName))).to.deep.equal(new Set(['class', 'aria-label']));
    expect(legendCheckbox(map, 'model').checked).to.be.false;
    expect(getComputedStyle(modelLayer()).display).to.equal('none');
    expect(root.querySelector('#place-14713000')).to.equal(leipzig);
    expect(leipzig.getAttribute('d')).to.equal(d);
    expect(leipzig.getAttribute('aria-label')).not.to.contain('Modellkommune');
    expect(visibleText(root.querySelector('.summary')!)).not.to.contain('Modellkommunen');

    legendCheckbox(map, 'model').click();
    await map.updateComplete;
    expect(getComputedStyle(modelLayer()).display).not.to.equal('none');
  });

  it('hides KPR symbols, including the Kreis-level one, with their layer', async () => {
    const map = await createMap();
    const root = shadow(map);
    const visibleKprSymbols = (): number =>
      [...root.querySelectorAll('svg.map .symbol-kpr')].filter((el) => (el as SVGGraphicsElement).getBoundingClientRect().width > 0).length;
    expect(visibleKprSymbols()).to.equal(2);
    legendCheckbox(map, 'kpr').click();
    await map.updateComplete;
    expect(visibleKprSymbols()).to.equal(0);
  });

  it('starts with only the layers named in `layers`', async () => {
    const map = await createMap({ layers: 'kpr, model' });
    expect(legendCheckbox(map, 'kpr').checked).to.be.true;
    expect(legendCheckbox(map, 'model').checked).to.be.true;
    expect(legendCheckbox(map, 'contacted').checked).to.be.false;
    expect(getComputedStyle(shadow(map).querySelector('.area-contacted')!).display).to.equal('none');
  });
});

describe('<asskomm-status-map> text alternatives', () => {
  it('has a screen-reader table of every place with a status, ordered by Kreis and name', async () => {
    const map = await createMap();
    const table = shadow(map).querySelector('table')!;
    expect(visibleText(table.querySelector('caption')!)).to.equal('Gemeinden und Kreise mit ASSKomm-Baustein, Stand November 2021');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => visibleText(cell)));
    expect(rows.map((row) => row[0])).to.deep.equal(['Chemnitz', 'Landkreis Görlitz', 'Zittau', 'Leipzig', 'Torgau']);
    expect(rows[2]).to.deep.equal(['Zittau', 'Landkreis Görlitz', 'Kontaktiert: Oktober 2020; Kooperationsvereinbarung: 5. Februar 2021']);
    expect(rows[4]![2]).to.equal('Kooperationsvereinbarung: 25. Juni 2021; Förderung: 1 Projekt, zusammen 160.000 €, Juni 2021');
  });

  it('credits the feed source and the geometry with its licence', async () => {
    const map = await createMap();
    const credits = shadow(map).querySelector('.credits')!;
    expect(visibleText(credits)).to.contain('© GeoBasis-DE / BKG 2016 (Daten verändert)');
    const hrefs = [...credits.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://www.asskomm.sachsen.de/', 'https://www.govdata.de/dl-de/by-2-0']);
  });
});

describe('<asskomm-status-map> date', () => {
  it('hides statuses dated after `date` and shows undated ones', async () => {
    const early = await createMap({ date: '2021-01' });
    expect(legendCount(early, 'agreement')).to.equal('0');
    expect(legendCount(early, 'funding')).to.equal('0');
    // Torgau has nothing yet; Leipzig and Chemnitz (model) and Zittau (contacted) count as contacted.
    expect(legendCount(early, 'contacted')).to.equal('3');
    expect(shadow(early).querySelector('#place-14626610')!.getAttribute('aria-label')).not.to.contain('Kooperationsvereinbarung');

    const late = await createMap({ date: '2024' });
    expect(legendCount(late, 'kpr')).to.equal('3');
    expect(legendCount(late, 'coaching')).to.equal('1');
    expect(legendCount(late, 'analysis')).to.equal('1');
    expect(shadow(late).querySelector('#place-14626610')!.getAttribute('aria-label')).to.contain('Coaching: 7. September 2023');
  });
});

describe('<asskomm-status-map> editor hints', () => {
  let warnings: string[];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => (console.warn = original));

  it('shows a German hint for a malformed date and an unknown layer, and uses the defaults', async () => {
    const map = await createMap({ date: '31.12.2021', layers: 'kpr,ampel' });
    const text = visibleText(map);
    expect(text).to.contain('Hinweis für die Redaktion');
    expect(text).to.contain('„31.12.2021“');
    expect(text).to.contain('„ampel“');
    expect(legendCount(map, 'kpr')).to.equal('2');
    expect(legendCheckbox(map, 'kpr').checked).to.be.true;
    expect(legendCheckbox(map, 'contacted').checked).to.be.false;
    expect(warnings.some((w) => w.includes('31.12.2021'))).to.be.true;
  });

  it('shows a hint for a `focus` that is not a Saxon key, and for one the map does not know', async () => {
    const bad = await createMap({ focus: 'Zittau' });
    expect(visibleText(bad)).to.contain('Das Attribut „focus“ erwartet einen Gemeindeschlüssel');
    const unknown = await createMap({ focus: '14999' });
    expect(visibleText(unknown)).to.contain('Den Schlüssel „14999“ im Attribut „focus“ gibt es auf der Karte nicht.');
    expect(shadow(unknown).querySelectorAll('path.municipality')).to.have.length(419);
  });

  it('never loads a topology from another origin', async () => {
    const { urls, restore } = recordFetches();
    try {
      clearGeometryCache();
      const map = await createMap({ topology: 'https://example.org/sachsen.topo.json' });
      expect(visibleText(map)).to.contain('anderen Server (https://example.org)');
      expect(shadow(map).querySelectorAll('path.municipality')).to.have.length(419);
      expect(urls.some((url) => url.includes('example.org'))).to.be.false;
    } finally {
      restore();
    }
  });

  it('reports feed keys the map does not know and draws the rest', async () => {
    const map = await createMap({ src: '/test/fixtures/feeds/status-map-unknown.json' });
    const text = visibleText(map);
    expect(text).to.contain('Gemeindeschlüssel 14999999 ist auf der Karte (Gebietsstand 2021) unbekannt');
    expect(warnings.some((w) => w.includes('14999999'))).to.be.true;
    // An unknown key is an error, so the editor sees it on the page too, not only in the console.
    expect(text).to.contain('Einträge im Feed, die nicht auf der Karte stehen:');
    // Aue (2016) lands on Aue-Bad Schlema (2021); Zittau is drawn; the unknown key is skipped;
    // Geithain's coaching implies contact.
    expect(legendCount(map, 'contacted')).to.equal('3');
    expect(shadow(map).querySelector('#place-14521035')!.getAttribute('aria-label')).to.contain('Kontaktiert: Mai 2019');
    expect(legendCount(map, 'coaching')).to.equal('1');
  });

  it('falls back to the bundled topology, with a hint, when its own cannot be loaded', async () => {
    const cases: [topology: string, reason: string][] = [
      ['/test/fixtures/feeds/no-such-topology.json', 'Fehler 404'],
      ['/test/fixtures/feeds/good.json', 'keine gültige TopoJSON-Geometrie'],
    ];
    for (const [topology, reason] of cases) {
      clearGeometryCache();
      const map = await createMap({ topology });
      const url = new URL(topology, location.href).href;
      expect(visibleText(map), topology).to.contain(
        `Die Geometrie aus dem Attribut „topology“ (${url}) konnte nicht geladen werden (${reason}); es wird die mitgelieferte Geometrie verwendet.`,
      );
      expect(shadow(map).querySelectorAll('path.municipality'), topology).to.have.length(419);
      expect(shadow(map).querySelector('[role="alert"]'), topology).to.be.null;
    }
  });

  it('shows an error with a retry button when the bundled topology cannot be loaded', async () => {
    clearGeometryCache();
    const { restore } = interceptFetch((input, init, real) =>
      String(input).endsWith('sachsen.topo.json') ? Promise.resolve(new Response('', { status: 404 })) : real(input, init),
    );
    try {
      const map = await createMap({ topology: '/test/fixtures/feeds/no-such-topology.json' });
      const alert = shadow(map).querySelector('[role="alert"]')!;
      expect(visibleText(alert)).to.contain('Die Kartengrundlage konnte nicht geladen werden.');
      expect(alert.querySelector('button')!.textContent).to.equal('Erneut versuchen');
    } finally {
      restore();
    }
  });
});

describe('<asskomm-status-map> language', () => {
  it('speaks English with lang="en"', async () => {
    const map = await createMap({ lang: 'en' });
    const text = visibleText(map);
    expect(text).to.contain('Model municipalities');
    expect(text).to.contain('As of: November 2021');
    expect(shadow(map).querySelector('label[for="search-input"]')!.textContent).to.equal('Find a municipality');
  });
});
