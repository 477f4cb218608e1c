import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/load.js';
import { visibleText } from '../../helpers/conformance.js';
import { $, $$, chart, plot, press, texts, tooltip, updated } from './helpers.js';

/** A cell's text as the eye sees it: without the words only screen readers get. */
const seen = (cell: Element): string =>
  [...cell.querySelectorAll('*'), cell]
    .flatMap((node) => [...node.childNodes])
    .filter((node) => node.nodeType === Node.TEXT_NODE && !node.parentElement!.closest('.visually-hidden'))
    .map((node) => node.textContent)
    .join('')
    .trim();

describe('<asskomm-progress-chart> interaction', () => {
  beforeEach(() => clearFeedCache());

  it('steps through the dates with the keyboard: the tooltip shows each value of the step at that date', async () => {
    const element = await chart({});
    plot(element).focus();
    await updated(element);
    // Focus shows the latest date.
    expect(tooltip(element)).to.contain('November 2021');
    expect(tooltip(element)).to.contain('Kommunen beraten: 126');
    await press(element, 'Home');
    expect(tooltip(element)).to.contain('6. Februar 2019');
    expect(tooltip(element)).to.contain('Kommunen beraten: 8');
    expect(tooltip(element)).to.contain('Kommunale Präventionsräte: keine Angabe');
    await press(element, 'ArrowRight');
    expect(tooltip(element)).to.contain('12. Februar 2020');
    expect(tooltip(element)).to.contain('Kommunale Präventionsräte: 16');
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    const text = tooltip(element);
    expect(text).to.contain('25. Juni 2021');
    // A lower bound after 102 never reads as a fall: the step holds 102 and the bound is told beside it.
    expect(text).to.contain('Kommunen beraten: 102');
    expect(text).to.contain('Am selben Tag gemeldet: über 100, nicht als Stand gezählt.');
    expect(text).to.contain('Kommunale Präventionsräte: 19');
    expect(text).to.contain('Kooperationsvereinbarungen: rund 20');
    await press(element, 'End');
    expect(tooltip(element)).to.contain('November 2021');
    await press(element, 'ArrowRight');
    expect(tooltip(element), 'stays at the end').to.contain('November 2021');
    // Screen readers hear the same.
    expect(visibleText($(element, '[role="status"]')!)).to.contain('November 2021. Kommunen beraten: 126');
  });

  it('is one tab stop with a name, and the arrows do not leave it', async () => {
    const element = await chart({});
    const focusables = $$(element, '[tabindex="0"], button, input, a[href]');
    expect(focusables.filter((node) => node.classList.contains('plot'))).to.have.length(1);
    expect(plot(element).getAttribute('role')).to.equal('application');
    expect(plot(element).getAttribute('aria-label')).to.contain('Pfeiltasten');
  });

  it('follows the pointer with the crosshair and reports the date', async () => {
    const element = await chart({});
    const marker = $(element, '[data-series="advised"] .marker[data-date="2020-02-12"]')!.getBoundingClientRect();
    const event = oneEvent(element, 'asskomm-date');
    await sendMouse({ type: 'move', position: [Math.round(marker.x + marker.width / 2 + 3), Math.round(marker.y)] });
    const { detail } = await event;
    expect(detail).to.deep.equal({ date: '2020-02-12' });
    await updated(element);
    expect(tooltip(element)).to.contain('12. Februar 2020');
    expect(tooltip(element)).to.contain('Kommunen beraten: 64');
    expect($(element, '.crosshair line')).to.exist;
    await sendMouse({ type: 'move', position: [0, 0] });
    await updated(element);
    expect($(element, '[part="tooltip"]')).to.be.null;
  });

  it('fires asskomm-date (bubbling out of the shadow root) when the keyboard moves', async () => {
    const element = await chart({});
    plot(element).focus();
    await updated(element);
    const event = oneEvent(document.body, 'asskomm-date');
    await sendKeys({ press: 'Home' });
    expect((await event).detail).to.deep.equal({ date: '2019-02-06' });
  });

  it('shows every value in the table when the visitor asks', async () => {
    const element = await chart({});
    const button = $<HTMLButtonElement>(element, 'button.table-toggle')!;
    expect(button.textContent!.trim()).to.equal('Tabelle anzeigen');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const table = $<HTMLTableElement>(element, 'table[part~="table"]')!;
    const region = $(element, '#data')!;
    expect(region.getBoundingClientRect().width, 'hidden from sight, not from screen readers').to.be.at.most(1);
    button.click();
    await updated(element);
    expect(button.textContent!.trim()).to.equal('Tabelle ausblenden');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(table.getBoundingClientRect().width).to.be.above(100);
    const rows = [...table.tBodies[0]!.rows].map((row) => [...row.cells].map(seen));
    expect(rows).to.deep.equal([
      ['6. Februar 2019', '8', '–', '–'],
      ['12. Februar 2020', '64', '16', '–'],
      ['Dezember 2020', '–', '–', 'rund 20'],
      ['6. Februar 2021', '102', '19', '–'],
      ['25. Juni 2021', 'über 100', '–', '–'],
      ['November 2021', '126', '28', '29'],
    ]);
    // Screen readers hear words where the eye sees a dash.
    const empty = table.tBodies[0]!.rows[0]!.cells[2]!;
    expect(empty.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
    expect(empty.querySelector('.visually-hidden')!.textContent).to.equal('keine Angabe');
    expect(texts(element, 'table[part~="events-table"] td')).to.deep.equal(['Start ASSKomm', '100. Kommune beraten', '2. Fachtagung']);
    await expect(element).to.be.accessible();
  });

  it('hides and shows a line with its legend checkbox', async () => {
    const element = await chart({});
    const box = $$<HTMLInputElement>(element, '[part="legend"] input[type="checkbox"]')[1]!;
    expect(box.closest('label')!.textContent).to.contain('Kommunale Präventionsräte');
    box.click();
    await updated(element);
    expect($(element, '[data-series="kpr"]')).to.be.null;
    expect($$(element, '.series')).to.have.length(2);
    plot(element).focus();
    await updated(element);
    expect(tooltip(element)).not.to.contain('Kommunale Präventionsräte');
    box.click();
    await updated(element);
    expect($(element, '[data-series="kpr"]')).to.exist;
  });

  it('has no axe-core violations with the tooltip open', async () => {
    const element = await chart({});
    plot(element).focus();
    await updated(element);
    await expect(element).to.be.accessible();
  });
});
