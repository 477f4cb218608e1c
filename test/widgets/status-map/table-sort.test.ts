import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StatusMap } from '../../../src/widgets/status-map/status-map.js';
import { GOOD_FEED, visibleText } from '../../helpers/conformance.js';
import { buttonByText, csvLines, savedBy } from '../../helpers/download.js';
import { ariaSort, headerLabels, sortButton } from '../../helpers/sortable-table.js';
import { createMap, deepActiveElement, legendCheckbox, shadow } from './helpers.js';

/** Opens the table with „Tabelle anzeigen“ (or „Show table“); gives the table. */
async function openTable(map: StatusMap, label = 'Tabelle anzeigen'): Promise<HTMLTableElement> {
  buttonByText(shadow(map), label).click();
  await map.updateComplete;
  return shadow(map).querySelector<HTMLTableElement>('#map-table table')!;
}

const names = (table: HTMLTableElement): string[] => [...table.tBodies[0]!.rows].map((row) => visibleText(row.cells[0]!));

/** What the table's own status line says (not the search's). */
const sortStatus = (map: StatusMap): string => visibleText(shadow(map).querySelector('#map-table + [role="status"]')!);

async function sortBy(map: StatusMap, table: HTMLTableElement, label: string): Promise<void> {
  sortButton(table, label).click();
  await map.updateComplete;
}

describe('<asskomm-status-map> sortable table', () => {
  it('shows its documented order as sorted by Kreis, with buttons in the headers only once the table is shown', async () => {
    const map = await createMap();
    const table = shadow(map).querySelector<HTMLTableElement>('#map-table table')!;
    expect(table.querySelectorAll('button'), 'no Tab stop in the table hidden from sight').to.have.length(0);
    expect(ariaSort(table)).to.deep.equal([null, 'ascending', null]);
    expect(visibleText(table.caption!)).not.to.contain('sortierbar');
    await openTable(map);
    expect(table.tHead!.querySelectorAll('th > button.sort')).to.have.length(3);
    expect(headerLabels(table)).to.deep.equal(['Name', 'Kreis', 'Bausteine']);
    expect(visibleText(table.caption!.querySelector('.visually-hidden')!)).to.equal('(sortierbar: Spaltenüberschrift wählen)');
    expect(names(table)).to.deep.equal(['Chemnitz', 'Landkreis Görlitz', 'Zittau', 'Leipzig', 'Torgau']);
    const arrows = [...table.tHead!.querySelectorAll('.sort-arrow')];
    expect(arrows.map((arrow) => arrow.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
  });

  it('sorts by a column on a click and reverses on a second one; aria-sort only on that column', async () => {
    const map = await createMap();
    const table = await openTable(map);
    await sortBy(map, table, 'Name');
    expect(names(table)).to.deep.equal(['Chemnitz', 'Landkreis Görlitz', 'Leipzig', 'Torgau', 'Zittau']);
    expect(ariaSort(table)).to.deep.equal(['ascending', null, null]);
    await sortBy(map, table, 'Name');
    expect(names(table)).to.deep.equal(['Zittau', 'Torgau', 'Leipzig', 'Landkreis Görlitz', 'Chemnitz']);
    expect(ariaSort(table)).to.deep.equal(['descending', null, null]);
    await sortBy(map, table, 'Bausteine');
    expect(ariaSort(table)).to.deep.equal([null, null, 'ascending']);
    // "Kommunaler Präventionsrat: …" < "Kontaktiert: …" < "Kooperationsvereinbarung: …" < "Modellkommune: …"
    expect(names(table)).to.deep.equal(['Landkreis Görlitz', 'Zittau', 'Torgau', 'Chemnitz', 'Leipzig']);
  });

  it('says how it is sorted after each press, in a status line of its own', async () => {
    const map = await createMap();
    const table = await openTable(map);
    expect(sortStatus(map), 'nothing said before the visitor sorts').to.equal('');
    await sortBy(map, table, 'Kreis');
    expect(sortStatus(map)).to.equal('Sortiert nach Kreis, absteigend.');
    await sortBy(map, table, 'Kreis');
    expect(sortStatus(map)).to.equal('Sortiert nach Kreis, aufsteigend.');
    await sortBy(map, table, 'Name');
    expect(sortStatus(map)).to.equal('Sortiert nach Name, aufsteigend.');
    expect(shadow(map).querySelector('#map-table + [role="status"]')!.classList.contains('visually-hidden')).to.equal(true);
  });

  it('keeps its header and sort buttons in sight while its rows scroll in their box', async () => {
    const map = await createMap();
    const table = await openTable(map);
    const scroller = shadow(map).querySelector<HTMLElement>('.table-scroll')!;
    // As a long table in its 30em box: the test feed has five rows only.
    scroller.style.maxHeight = '6em';
    scroller.scrollIntoView({ block: 'nearest' });
    scroller.scrollTop = scroller.scrollHeight;
    expect(scroller.scrollTop, 'the rows scroll').to.be.above(0);
    const button = sortButton(table, 'Name');
    const box = button.getBoundingClientRect();
    expect(box.top).to.be.at.least(scroller.getBoundingClientRect().top - 1);
    // Opaque: the button, not a row scrolled under it, is what a click there hits.
    expect(
      shadow(map)
        .elementFromPoint(box.left + 2, box.top + box.height / 2)!
        .closest('button'),
    ).to.equal(button);
  });

  it('sorts with Enter and Space on the focused header button, which keeps the focus', async () => {
    const map = await createMap();
    const table = await openTable(map);
    const kreis = sortButton(table, 'Kreis');
    kreis.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    // A Kreis and its Gemeinden stay together, in the documented order among themselves.
    expect(names(table)).to.deep.equal(['Torgau', 'Leipzig', 'Landkreis Görlitz', 'Zittau', 'Chemnitz']);
    expect(ariaSort(table)).to.deep.equal([null, 'descending', null]);
    expect(deepActiveElement()).to.equal(kreis);
    await sendKeys({ press: 'Space' });
    await map.updateComplete;
    expect(names(table)).to.deep.equal(['Chemnitz', 'Landkreis Görlitz', 'Zittau', 'Leipzig', 'Torgau']);
    expect(ariaSort(table)).to.deep.equal([null, 'ascending', null]);
  });

  it('keeps its order when a layer is switched off, listing only places of the shown layers', async () => {
    const map = await createMap();
    const table = await openTable(map);
    await sortBy(map, table, 'Name');
    await sortBy(map, table, 'Name');
    // Contact is implied by the model status, so it goes off too, or Chemnitz would stay.
    for (const layer of ['contacted', 'model']) legendCheckbox(map, layer).click();
    await map.updateComplete;
    expect(names(table)).to.deep.equal(['Zittau', 'Torgau', 'Leipzig', 'Landkreis Görlitz']);
    expect(ariaSort(table)).to.deep.equal(['descending', null, null]);
    // Hidden and shown again, the table keeps the visitor's order.
    buttonByText(shadow(map), 'Tabelle ausblenden').click();
    await map.updateComplete;
    await openTable(map);
    expect(names(table)).to.deep.equal(['Zittau', 'Torgau', 'Leipzig', 'Landkreis Görlitz']);
  });

  it('downloads the shown places in the documented order, whatever order the table shows', async () => {
    const map = await createMap();
    const table = await openTable(map);
    await sortBy(map, table, 'Name');
    await sortBy(map, table, 'Name');
    const file = await savedBy(shadow(map), 'CSV herunterladen');
    expect(csvLines(file.text).map((line) => line.split(';')[0])).to.deep.equal([
      'Name',
      'Chemnitz',
      'Landkreis Görlitz',
      'Zittau',
      'Leipzig',
      'Torgau',
    ]);
  });

  it('sorts German names with umlauts beside their letters', async () => {
    const feed = await (await fetch(GOOD_FEED)).json();
    const place = (name: string): object => ({ name, model: { date: '2019-02-06' } });
    feed.municipalities = {
      // Erzgebirgskreis, then Vogtlandkreis (Adorf) in the documented order.
      '14521710': place('Zwönitz'),
      '14521080': place('Bockau'),
      '14521060': place('Bärenstein'),
      '14521450': place('Oelsnitz/Erzgeb.'),
      '14521460': place('Olbernhau'),
      '14521035': place('Aue-Bad Schlema'),
      '14523010': place('Adorf/Vogtl.'),
    };
    const container = await fixture<HTMLDivElement>(html`<div><script type="application/json" id="feed-with-umlauts"></script></div>`);
    container.querySelector('script')!.textContent = JSON.stringify(feed);
    const map = await createMap({ src: '#feed-with-umlauts' }, container);
    const table = await openTable(map);
    await sortBy(map, table, 'Name');
    const sorted = ['Adorf/Vogtl.', 'Aue-Bad Schlema', 'Bärenstein', 'Bockau', 'Oelsnitz/Erzgeb.', 'Olbernhau', 'Zwönitz'];
    expect(names(table)).to.deep.equal(sorted);
    await sortBy(map, table, 'Name');
    expect(names(table)).to.deep.equal([...sorted].reverse());
  });

  it('speaks English with lang="en"', async () => {
    const map = await createMap({ lang: 'en' });
    const table = await openTable(map, 'Show table');
    expect(headerLabels(table)).to.deep.equal(['Name', 'District', 'Building blocks']);
    expect(visibleText(table.caption!.querySelector('.visually-hidden')!)).to.equal('(sortable: choose a column heading)');
    await sortBy(map, table, 'District');
    expect(ariaSort(table)).to.deep.equal([null, 'descending', null]);
    expect(sortStatus(map)).to.equal('Sorted by District, descending.');
  });

  it('has no axe-core violations with the table shown and sorted', async () => {
    const map = await createMap();
    const table = await openTable(map);
    await sortBy(map, table, 'Name');
    sortButton(table, 'Name').focus();
    await expect(map).to.be.accessible();
  });
});
