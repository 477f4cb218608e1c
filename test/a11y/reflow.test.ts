/**
 * Reflow (WCAG 1.4.10): each widget in a 320 px column of a wide page, and in a page 320 CSS px
 * wide (1280 px at 400 % zoom): nothing sticks out of the widget or makes the page scroll sideways,
 * no text is cut off, and Tab reaches every control, each within the page's width. Checked loaded
 * and with the map's and the chart's tables and the map's details open (a data table may scroll
 * inside its own box, which 1.4.10 allows).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { clippedText, controls, stickingOut, tabStops } from '../helpers/layout.js';
import { placeWidget, type Widget } from '../helpers/placed-widget.js';

const PAGES = [
  { name: 'a 320 px column of an 800 px page', viewport: { width: 800, height: 600 }, column: 'width: 320px' },
  { name: 'a page 320 px wide (400 % zoom)', viewport: { width: 320, height: 600 }, column: '' },
];

/** Opens a part of the widget, as a reader would with the keyboard. */
type Step = (widget: Widget) => Promise<void>;

async function pressOn(widget: Widget, selector: string, key: string): Promise<void> {
  widget.shadowRoot!.querySelector<HTMLElement>(selector)!.focus();
  await sendKeys({ press: key });
  await widget.updateComplete;
}

const CASES: { tag: string; attributes: Record<string, string>; state: string; open?: Step }[] = [
  { tag: 'asskomm-milestone-counter', attributes: { metric: 'advised,kpr,cooperation-agreements' }, state: 'loaded' },
  { tag: 'asskomm-status-map', attributes: {}, state: 'loaded' },
  { tag: 'asskomm-status-map', attributes: {}, state: 'table open', open: (map) => pressOn(map, '.table-toggle', 'Enter') },
  {
    tag: 'asskomm-status-map',
    attributes: { focus: '14626610' },
    state: 'details open',
    open: (map) => pressOn(map, '.viewport', 'Enter'),
  },
  { tag: 'asskomm-progress-chart', attributes: { metrics: 'advised,kpr,security-analyses' }, state: 'loaded' },
  {
    tag: 'asskomm-progress-chart',
    attributes: { metrics: 'advised,kpr,security-analyses' },
    state: 'table open',
    open: (chart) => pressOn(chart, '.table-toggle', 'Enter'),
  },
];

afterEach(() => setViewport({ width: 800, height: 600 }));

for (const page of PAGES) {
  describe(`reflow in ${page.name}`, () => {
    for (const { tag, attributes, state, open } of CASES) {
      it(`<${tag}> ${state}: nothing sticks out or is cut off, and Tab reaches every control`, async () => {
        await setViewport(page.viewport);
        const column = await fixture<HTMLDivElement>(html`<div style=${page.column}><button id="before">vorher</button></div>`);
        const widget = await placeWidget(tag, attributes, column);
        await open?.(widget);
        const width = page.viewport.width;
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(width);
        expect(stickingOut(widget), 'parts outside the widget').to.deep.equal([]);
        expect(clippedText(widget), 'text cut off').to.deep.equal([]);

        const wanted = controls(widget);
        const reached = new Set(await tabStops(widget, column.querySelector('#before')!));
        const missed = wanted.filter((control) => !reached.has(control)).map((control) => control.outerHTML.slice(0, 80));
        expect(missed, 'controls Tab does not reach').to.deep.equal([]);
        // Focus brings a control wholly into view, also one in a table that scrolls inside its own box.
        const outside = wanted.filter((control) => {
          (control as HTMLElement).focus();
          const box = control.getBoundingClientRect();
          return box.left < -1 || box.right > width + 1;
        });
        expect(
          outside.map((control) => control.outerHTML.slice(0, 80)),
          'controls out of the page once focused',
        ).to.deep.equal([]);
      });
    }
  });
}
