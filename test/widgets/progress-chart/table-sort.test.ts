import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/load.js';
import { visibleText, type WidgetUnderTest } from '../../helpers/conformance.js';
import { csvLines, savedBy } from '../../helpers/download.js';
import { ariaSort, headerLabels, sortButton } from '../../helpers/sortable-table.js';
import { $, $$, chart, updated } from './helpers.js';

const dataTable = (element: Element): HTMLTableElement => $<HTMLTableElement>(element, 'table[part="table"]')!;

async function openTable(element: WidgetUnderTest): Promise<HTMLTableElement> {
  $<HTMLButtonElement>(element, 'button.table-toggle')!.click();
  await updated(element);
  return dataTable(element);
}

/** The dates of the rows, top to bottom. */
const dates = (table: HTMLTableElement): string[] => [...table.tBodies[0]!.rows].map((row) => visibleText(row.cells[0]!));

async function sortBy(element: WidgetUnderTest, label: string): Promise<void> {
  sortButton(dataTable(element), label).click();
  await updated(element);
}

/** Switches a line off (or on) with its legend checkbox. */
async function toggleSeries(element: WidgetUnderTest, label: string): Promise<void> {
  const box = $$<HTMLInputElement>(element, '[part="legend"] input[type="checkbox"]').find((one) =>
    one.closest('label')!.textContent!.includes(label),
  )!;
  box.click();
  await updated(element);
}

describe('<asskomm-progress-chart> sortable table', () => {
  beforeEach(() => clearFeedCache());

  it('is sorted by date, oldest first, until the visitor sorts; buttons only once the table is shown', async () => {
    const element = await chart({});
    const table = dataTable(element);
    expect(table.querySelectorAll('button'), 'no Tab stop in the table hidden from sight').to.have.length(0);
    expect(ariaSort(table)).to.deep.equal(['ascending', null, null, null]);
    await openTable(element);
    expect(headerLabels(table)).to.deep.equal(['Datum', 'Kommunen beraten', 'Kommunale Präventionsräte', 'Kooperationsvereinbarungen']);
    expect(table.tHead!.querySelectorAll('th > button.sort')).to.have.length(4);
    expect(visibleText(table.caption!)).to.equal('Entwicklung der Kennzahlen: Werte nach Datum (sortierbar: Spaltenüberschrift wählen)');
    expect(visibleText(table.caption!.querySelector('.visually-hidden')!)).to.equal('(sortierbar: Spaltenüberschrift wählen)');
    expect($$(element, '.sort-arrow').every((arrow) => arrow.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(dates(table)).to.deep.equal([
      '6. Februar 2019',
      '12. Februar 2020',
      'Dezember 2020',
      '6. Februar 2021',
      '25. Juni 2021',
      'November 2021',
    ]);
  });

  it('sorts figures as numbers, dates by date; a date without a figure stays last in both directions', async () => {
    const element = await chart({});
    const table = await openTable(element);
    await sortBy(element, 'Kommunen beraten');
    expect(ariaSort(table)).to.deep.equal([null, 'ascending', null, null]);
    // 8 < 64 < über 100 < 102 < 126; "Dezember 2020" has no figure.
    expect(dates(table)).to.deep.equal([
      '6. Februar 2019',
      '12. Februar 2020',
      '25. Juni 2021',
      '6. Februar 2021',
      'November 2021',
      'Dezember 2020',
    ]);
    await sortBy(element, 'Kommunen beraten');
    expect(ariaSort(table)).to.deep.equal([null, 'descending', null, null]);
    expect(dates(table)).to.deep.equal([
      'November 2021',
      '6. Februar 2021',
      '25. Juni 2021',
      '12. Februar 2020',
      '6. Februar 2019',
      'Dezember 2020',
    ]);
    await sortBy(element, 'Datum');
    expect(ariaSort(table)).to.deep.equal(['ascending', null, null, null]);
    expect(dates(table)[0]).to.equal('6. Februar 2019');
    await sortBy(element, 'Datum');
    expect(ariaSort(table)).to.deep.equal(['descending', null, null, null]);
    expect(dates(table)).to.deep.equal([
      'November 2021',
      '25. Juni 2021',
      '6. Februar 2021',
      'Dezember 2020',
      '12. Februar 2020',
      '6. Februar 2019',
    ]);
  });

  it("says how it is sorted after each press, in the chart's status region", async () => {
    const element = await chart({});
    const table = await openTable(element);
    const status = $(element, '[role="status"]')!;
    expect(visibleText(status), 'nothing said before the visitor sorts').to.equal('');
    await sortBy(element, 'Kommunen beraten');
    expect(visibleText(status)).to.equal('Sortiert nach Kommunen beraten, aufsteigend.');
    await sortBy(element, 'Kommunen beraten');
    expect(visibleText(status)).to.equal('Sortiert nach Kommunen beraten, absteigend.');
    // The date column shows as sorted already: its first press reverses it.
    sortButton(table, 'Datum').click();
    await updated(element);
    expect(visibleText(status)).to.equal('Sortiert nach Datum, aufsteigend.');
  });

  it('puts the headers of figures at the end of their column, above the end-aligned figures, on every line', async () => {
    // Narrow: two headers wrap (each of their lines shows its alignment), one is narrower than its figures.
    const element = await chart({ metrics: 'advised,kpr,security-analyses' }, 320);
    const table = await openTable(element);
    const [dateHeader, ...figureHeaders] = [...table.tHead!.rows[0]!.cells];
    const inner = (cell: Element): { left: number; right: number } => {
      const box = cell.getBoundingClientRect();
      const style = getComputedStyle(cell);
      return { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
    };
    /** The label's lines as drawn: their boxes, one per line. */
    const lines = (cell: Element): DOMRect[] => {
      const range = document.createRange();
      range.selectNodeContents(cell.querySelector('button > span')!);
      return [...range.getClientRects()];
    };
    const arrowWidth = (cell: Element): number => {
      const arrow = cell.querySelector('.sort-arrow')!;
      return arrow.getBoundingClientRect().width + parseFloat(getComputedStyle(cell.querySelector('.sort')!).columnGap);
    };
    for (const header of figureHeaders) {
      const end = inner(header).right - arrowWidth(header);
      const ends = lines(header).map((line) => Math.abs(line.right - end) < 1.5);
      expect(ends, `each line of ${visibleText(header)} ends at the column's end`).to.deep.equal(ends.map(() => true));
    }
    expect(Math.abs(lines(dateHeader!)[0]!.left - inner(dateHeader!).left), 'the date header at the start').to.be.below(1);
  });

  it('sorts with Enter and Space on the focused header button', async () => {
    const element = await chart({});
    const table = await openTable(element);
    sortButton(table, 'Datum').focus();
    // The date column is sorted ascending already: the first press reverses it.
    await sendKeys({ press: 'Enter' });
    await updated(element);
    expect(ariaSort(table)[0]).to.equal('descending');
    expect(dates(table)[0]).to.equal('November 2021');
    await sendKeys({ press: 'Space' });
    await updated(element);
    expect(ariaSort(table)[0]).to.equal('ascending');
    expect(dates(table)[0]).to.equal('6. Februar 2019');
  });

  it('lists only the lines the legend shows, as the drawing does, and dates with a figure in one of them', async () => {
    const element = await chart({});
    const table = await openTable(element);
    await toggleSeries(element, 'Kommunale Präventionsräte');
    expect(headerLabels(table)).to.deep.equal(['Datum', 'Kommunen beraten', 'Kooperationsvereinbarungen']);
    expect(table.tBodies[0]!.rows[1]!.cells).to.have.length(3);
    await toggleSeries(element, 'Kommunen beraten');
    expect(headerLabels(table)).to.deep.equal(['Datum', 'Kooperationsvereinbarungen']);
    expect(dates(table)).to.deep.equal(['Dezember 2020', 'November 2021']);
    await toggleSeries(element, 'Kommunen beraten');
    expect(dates(table)).to.have.length(6);
  });

  it('keeps the chosen order while the chart renders anew, and falls back to the date when its line is switched off', async () => {
    const element = await chart({});
    const table = await openTable(element);
    await sortBy(element, 'Kommunale Präventionsräte');
    await sortBy(element, 'Kommunale Präventionsräte');
    const sorted = ['November 2021', '6. Februar 2021', '12. Februar 2020'];
    expect(dates(table).slice(0, 3)).to.deep.equal(sorted);
    element.setAttribute('heading', 'ASSKomm seit 2019');
    await updated(element);
    expect(dates(table).slice(0, 3)).to.deep.equal(sorted);
    expect(ariaSort(table)).to.deep.equal([null, null, 'descending', null]);
    await toggleSeries(element, 'Kommunale Präventionsräte');
    expect(ariaSort(table)).to.deep.equal(['ascending', null, null]);
    expect(dates(table)[0]).to.equal('6. Februar 2019');
  });

  it('downloads the rows in date order, whatever order the table shows', async () => {
    const element = await chart({});
    await openTable(element);
    await sortBy(element, 'Kommunen beraten');
    await sortBy(element, 'Kommunen beraten');
    const file = await savedBy(element.shadowRoot!, 'CSV herunterladen');
    expect(csvLines(file.text).map((line) => line.split(';')[0])).to.deep.equal([
      'Datum',
      '2019-02-06',
      '2020-02-12',
      '2020-12',
      '2021-02-06',
      '2021-06-25',
      '2021-11',
    ]);
  });

  it('speaks English with lang="en"', async () => {
    const element = await chart({ lang: 'en' });
    const table = await openTable(element);
    expect(headerLabels(table)).to.deep.equal(['Date', 'Municipalities advised', 'Local prevention councils', 'Cooperation agreements']);
    expect(visibleText(table.caption!.querySelector('.visually-hidden')!)).to.equal('(sortable: choose a column heading)');
    await sortBy(element, 'Municipalities advised');
    expect(ariaSort(table)).to.deep.equal([null, 'ascending', null, null]);
    expect(visibleText($(element, '[role="status"]')!)).to.equal('Sorted by Municipalities advised, ascending.');
    expect(dates(table)[0]).to.equal('6 February 2019');
  });

  it('has no axe-core violations with the table shown and sorted', async () => {
    const element = await chart({});
    const table = await openTable(element);
    await sortBy(element, 'Kommunen beraten');
    sortButton(table, 'Kommunen beraten').focus();
    await expect(element).to.be.accessible();
  });

  it('brings a header button wholly into view when it takes focus in a table that scrolls sideways', async () => {
    const element = await chart({ metrics: 'advised,kpr,security-analyses' }, 320);
    const table = await openTable(element);
    const scroller = table.closest('.table-scroll')!;
    expect(scroller.scrollWidth, 'the table scrolls in its own box').to.be.above(scroller.clientWidth);
    for (const button of table.tHead!.querySelectorAll('button')) {
      button.focus();
      const box = button.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      expect([box.left >= view.left - 1, box.right <= view.right + 1], button.textContent!).to.deep.equal([true, true]);
    }
  });

  it('gives each header button a target of at least 24 px and the focus ring', async () => {
    const element = await chart({});
    const table = await openTable(element);
    const button = sortButton(table, 'Datum');
    const box = button.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    expect(box.width).to.be.at.least(24);
    // Reached with the keyboard (Shift+Tab from the next header), as :focus-visible asks.
    sortButton(table, 'Kommunen beraten').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(button.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    expect(getComputedStyle(button).outlineWidth).to.equal('3px');
  });
});
