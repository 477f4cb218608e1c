/**
 * Long German labels („Kooperationsvereinbarungen“) stay inside their column in a narrow counter:
 * they are hyphenated where the browser can, and broken where it cannot.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/milestone-counter/define.js';
import { createByHtml, GOOD_FEED } from '../../helpers/conformance.js';

async function counterIn(width: number): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
  return createByHtml(
    'asskomm-milestone-counter',
    { src: GOOD_FEED, metric: 'advised,kpr,cooperation-agreements', duration: '0' },
    container,
  );
}

describe('<asskomm-milestone-counter> labels in a narrow column', () => {
  for (const width of [160, 200, 320]) {
    it(`stay inside their column at ${width} px`, async () => {
      const counter = await counterIn(width);
      const labels = [...counter.shadowRoot!.querySelectorAll<HTMLElement>('.label')];
      expect(labels.map((label) => label.textContent?.trim())).to.include('Kooperationsvereinbarungen');
      for (const label of labels) {
        const column = label.closest('.metric')!.getBoundingClientRect();
        expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth);
        expect(label.getBoundingClientRect().right, label.textContent!).to.be.at.most(column.right + 0.5);
      }
    });
  }

  it('names the language of its texts, so the browser can hyphenate them', async () => {
    const counter = await counterIn(320);
    expect(counter.shadowRoot!.querySelector('[part="metrics"]')!.getAttribute('lang')).to.equal('de');
  });
});
