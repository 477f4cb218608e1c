/**
 * The map's first paint (issue 17): the coloured Gemeinden, each an option with its accessible name,
 * and the legend come first; the symbols (with the Kreis-level entries they draw) and the place names
 * follow in the next idle period and the screen-reader table in the one after, each a short task of its
 * own; all at once when a visitor focuses the map, the table when a visitor opens it, and both whenever
 * someone awaits `whenReady()`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { GOOD_FEED } from '../../helpers/conformance.js';
import { backgroundTab, untilDrawn } from '../../helpers/first-paint.js';
import { TAG } from './helpers.js';

/** The map attached, returned in the update that first draws its Gemeinden (not waiting for `whenReady`). */
async function drawn(beforeAttach = (): void => {}, attributes: Record<string, string> = {}): Promise<StatusMap> {
  clearFeedCache();
  const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  beforeAttach();
  const map = document.createElement(TAG) as StatusMap;
  map.setAttribute('src', GOOD_FEED);
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  container.append(map);
  await untilDrawn(map, () => map.shadowRoot!.querySelectorAll('path.municipality').length > 0);
  return map;
}

const all = (map: StatusMap, selector: string): Element[] => [...map.shadowRoot!.querySelectorAll(selector)];
const symbols = (map: StatusMap): Element[] => all(map, '.symbols [data-layer], .district-entries [data-layer]');
const tableRows = (map: StatusMap): Element[] => all(map, 'table tbody tr');
/** The element the listbox names as its active option, if any. */
function activeOption(map: StatusMap): Element | null {
  const id = map.shadowRoot!.querySelector('.viewport')!.getAttribute('aria-activedescendant');
  return id ? map.shadowRoot!.getElementById(id) : null;
}
const tableToggle = (map: StatusMap): HTMLButtonElement => map.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;

describe('<asskomm-status-map> first paint', () => {
  it('draws every Gemeinde as a named option and the legend first, symbols and names in the next idle period, the table in the one after', async () => {
    const map = await drawn();
    const options = all(map, 'path.municipality[role="option"]');
    expect(options).to.have.length(419);
    expect(
      options.every((option) => (option.getAttribute('aria-label') ?? '').length > 0),
      'every option named',
    ).to.equal(true);
    expect(all(map, '.area path').length, 'the coloured areas').to.be.greaterThan(0);
    expect(all(map, '.legend input[name="layer"]')).to.have.length(8);
    expect(symbols(map), 'no symbol before the first paint').to.have.length(0);
    expect(all(map, '.place-names text'), 'no name yet').to.have.length(0);
    expect(tableRows(map), 'no table yet').to.have.length(0);
    expect(tableToggle(map).hasAttribute('aria-controls'), 'the button names no missing element').to.equal(false);

    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await map.updateComplete;
    expect(symbols(map).length).to.be.greaterThan(0);
    expect(all(map, '.place-names text').length).to.be.greaterThan(0);
    expect(tableRows(map), 'the table in a task of its own').to.have.length(0);
    expect(tableToggle(map).hasAttribute('aria-controls'), 'still no missing element named').to.equal(false);

    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await map.updateComplete;
    expect(tableRows(map).length).to.be.greaterThan(0);
    expect(tableToggle(map).getAttribute('aria-controls')).to.equal('map-table');
  });

  it('builds them at once when a keyboard user focuses the map before the idle period', async () => {
    const map = await drawn();
    await new Promise((resolve) => setTimeout(resolve));
    expect(symbols(map), 'not built yet').to.have.length(0);
    map.shadowRoot!.querySelector<HTMLElement>('.viewport')!.focus();
    await map.updateComplete;
    expect(symbols(map).length).to.be.greaterThan(0);
    expect(all(map, '.district-entries [role="option"]').length, 'the Kreis-level options are in the listbox').to.be.greaterThan(0);
    expect(activeOption(map), 'the active option exists').to.not.equal(null);
    expect(tableRows(map).length, 'and the table').to.be.greaterThan(0);
  });

  /** `focus` or a link naming the Kreis-level entry of the good feed (Landkreis Görlitz), before any idle period. */
  for (const [what, attributes, hash] of [
    ['focus', { focus: '14626' }, ''],
    ['a url-state link', { 'url-state': '' }, '#asskomm=gemeinde:14626'],
  ] as const) {
    it(`names no option that is not drawn yet when ${what} chooses a Kreis-level entry`, async () => {
      const { requestIdleCallback: idle } = window;
      const before = location.hash;
      try {
        const map = await drawn(() => {
          window.requestIdleCallback = () => 0;
          if (hash) history.replaceState(null, '', hash);
        }, attributes);
        await map.updateComplete;
        const viewport = map.shadowRoot!.querySelector('.viewport')!;
        const id = viewport.getAttribute('aria-activedescendant');
        expect(id === null || map.shadowRoot!.getElementById(id) !== null, `aria-activedescendant="${id}" names an element`).to.equal(true);
        await map.whenReady();
        expect(activeOption(map)?.getAttribute('data-key'), 'once drawn, the entry is the active option').to.equal('14626');
      } finally {
        window.requestIdleCallback = idle;
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });
  }

  it('shows the whole table when it is opened right after the first paint', async () => {
    const map = await drawn();
    await new Promise((resolve) => setTimeout(resolve));
    expect(tableRows(map), 'not built yet').to.have.length(0);
    tableToggle(map).click();
    await map.updateComplete;
    expect(tableToggle(map).getAttribute('aria-expanded')).to.equal('true');
    expect(tableRows(map).length).to.be.greaterThan(0);
    expect(map.shadowRoot!.querySelector('table')!.checkVisibility()).to.equal(true);
  });

  it('is complete when whenReady() resolves on a page that never idles nor paints (a background tab)', async () => {
    let restore = (): void => {};
    try {
      const map = await drawn(() => (restore = backgroundTab()));
      expect(symbols(map), 'no idle period came').to.have.length(0);
      await map.whenReady();
      expect(symbols(map).length).to.be.greaterThan(0);
      expect(tableRows(map).length).to.be.greaterThan(0);
    } finally {
      restore();
    }
  });
});
