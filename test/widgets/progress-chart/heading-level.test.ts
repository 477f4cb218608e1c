/** `heading-level` on the chart: its heading is a real heading (in the caption), at the page's level. */
import { expect } from '@open-wc/testing';
import { visibleText } from '../../helpers/conformance.js';
import { headingNamed } from '../../helpers/headings.js';
import { $, chart } from './helpers.js';

describe('<asskomm-progress-chart heading-level>', () => {
  it('renders the heading as an h2 inside the figure caption by default', async () => {
    const element = await chart({ heading: 'Entwicklung seit 2019' });
    const heading = headingNamed(element, 'Entwicklung seit 2019');
    expect(heading?.level).to.equal(2);
    // The caption still names the figure.
    expect(heading?.element.parentElement?.localName).to.equal('figcaption');
    expect(heading?.element.getAttribute('part')).to.equal('heading');
  });

  it('renders the heading at the level asked for', async () => {
    const element = await chart({ heading: 'Entwicklung seit 2019', 'heading-level': '3' });
    expect(headingNamed(element, 'Entwicklung seit 2019')?.level).to.equal(3);
    expect($(element, '[part="hint"]')).to.be.null;
  });

  it('falls back to h2 with a hint for the editor on a level it does not know', async () => {
    const element = await chart({ heading: 'Entwicklung seit 2019', 'heading-level': '9' });
    expect(headingNamed(element, 'Entwicklung seit 2019')?.level).to.equal(2);
    expect(visibleText($(element, '[part="hint"]')!)).to.contain(
      'Das Attribut „heading-level“ erwartet eine Überschriftenebene von 2 bis 6, nicht „9“. Es wird 2 verwendet.',
    );
  });
});
