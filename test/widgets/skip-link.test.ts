/**
 * The skip links of the map and the chart: the first Tab stop in the widget, visible once it has
 * focus, and activating it puts focus at the widget's end, so the next Tab leaves the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { createByHtml, GOOD_FEED, type WidgetUnderTest } from '../helpers/conformance.js';

/** The focused element, looked up through open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A widget between two buttons of the page, the first one focused. */
async function between(tag: string, attributes: Record<string, string> = {}): Promise<{ widget: WidgetUnderTest; after: HTMLElement }> {
  const page = await fixture<HTMLDivElement>(html`<div style="width: 800px"><button id="before">vorher</button></div>`);
  const widget = await createByHtml(tag, { src: GOOD_FEED, ...attributes }, page);
  page.insertAdjacentHTML('beforeend', '<button id="after">nachher</button>');
  page.querySelector<HTMLElement>('#before')!.focus();
  return { widget, after: page.querySelector<HTMLElement>('#after')! };
}

const CASES = [
  { tag: 'asskomm-status-map', label: 'Karte überspringen', english: 'Skip map', end: 'Ende der Karte' },
  { tag: 'asskomm-progress-chart', label: 'Diagramm überspringen', english: 'Skip chart', end: 'Ende des Diagramms' },
];

for (const { tag, label, english, end } of CASES) {
  describe(`<${tag}> skip link`, () => {
    it('is the first Tab stop in the widget and visible while it has focus', async () => {
      await between(tag);
      await sendKeys({ press: 'Tab' });
      const link = deepActiveElement() as HTMLElement;
      expect(link.localName).to.equal('a');
      expect(link.textContent?.trim()).to.equal(label);
      const box = link.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(20);
      expect(box.height).to.be.greaterThan(10);
    });

    it('moves focus past the widget: the next Tab goes to the page', async () => {
      const { after } = await between(tag);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      const target = deepActiveElement()!;
      expect(target.textContent?.trim()).to.equal(end);
      // A sighted keyboard user sees where focus went: the marker shows, with the focus ring (WCAG 2.4.7).
      const box = target.getBoundingClientRect();
      expect(box.width, 'marker width').to.be.greaterThan(20);
      expect(box.height, 'marker height').to.be.greaterThan(10);
      expect(getComputedStyle(target).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(target).outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'Tab' });
      // Compared by id: a failing comparison of elements would print the widget's whole shadow tree.
      expect(document.activeElement?.id).to.equal(after.id);
      // Once left, the marker is no Tab stop: Shift+Tab goes back into the widget, not to it.
      expect(target.getAttribute('tabindex')).to.equal('-1');
    });

    it('speaks English in an English widget', async () => {
      const { widget } = await between(tag, { lang: 'en' });
      expect(widget.shadowRoot!.querySelector('.skip-link')?.textContent?.trim()).to.equal(english);
    });
  });
}
