/** `heading` and `heading-level` on the counter: a heading over the figures only when the editor writes one. */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import '../../../src/widgets/milestone-counter/define.js';
import { createByHtml, GOOD_FEED, visibleText, type WidgetUnderTest } from '../../helpers/conformance.js';
import { headingLevel, headingNamed } from '../../helpers/headings.js';

const TAG = 'asskomm-milestone-counter';
const METRICS = 'advised,kpr,funding-eur';

/** Counters with the final values at once. */
const counter = (attributes: Record<string, string>): Promise<WidgetUnderTest> =>
  createByHtml(TAG, { src: GOOD_FEED, metric: METRICS, duration: '0', ...attributes });

/** Every heading a screen reader would list in the counter. */
const headings = (element: Element): Element[] =>
  [...element.shadowRoot!.querySelectorAll('*')].filter((node) => headingLevel(node) !== undefined);

const hint = (element: Element): Element | null => element.shadowRoot!.querySelector('[part="hint"]');

describe('<asskomm-milestone-counter heading heading-level>', () => {
  beforeEach(() => clearFeedCache());

  it('renders no heading without `heading`, also with `heading-level`', async () => {
    for (const attributes of [{}, { 'heading-level': '4' }] as Record<string, string>[]) {
      const element = await counter(attributes);
      expect(headings(element), JSON.stringify(attributes)).to.deep.equal([]);
      expect(hint(element)).to.be.null;
    }
  });

  it('renders the heading as an h2 above the figures by default', async () => {
    const element = await counter({ heading: 'ASSKomm in Zahlen' });
    const heading = headingNamed(element, 'ASSKomm in Zahlen');
    expect(heading?.level).to.equal(2);
    expect(heading?.element.localName).to.equal('h2');
    expect(heading?.element.getAttribute('part')).to.equal('heading');
    const metrics = element.shadowRoot!.querySelector('[part="metrics"]')!;
    expect(heading!.element.compareDocumentPosition(metrics) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('renders one heading at the level asked for', async () => {
    const element = await counter({ heading: 'ASSKomm in Zahlen', 'heading-level': '4' });
    expect(headings(element)).to.have.length(1);
    expect(headings(element)[0]!.localName).to.equal('h4');
    expect(visibleText(headings(element)[0]!)).to.equal('ASSKomm in Zahlen');
    expect(hint(element)).to.be.null;
  });

  it('falls back to h2 with a hint for the editor on a level it does not know', async () => {
    const element = await counter({ heading: 'ASSKomm in Zahlen', 'heading-level': '9' });
    expect(headingNamed(element, 'ASSKomm in Zahlen')?.level).to.equal(2);
    expect(visibleText(hint(element)!)).to.contain(
      'Das Attribut „heading-level“ erwartet eine Überschriftenebene von 2 bis 6, nicht „9“. Es wird 2 verwendet.',
    );
  });

  it('shows the editor’s heading as text, never as markup', async () => {
    const text = '<img src=x onerror=window.__counterHeadingRan=1>';
    const element = await counter({ heading: text });
    expect(headingNamed(element, text)?.level).to.equal(2);
    expect(element.shadowRoot!.querySelector('img')).to.be.null;
    expect((window as { __counterHeadingRan?: number }).__counterHeadingRan).to.be.undefined;
  });

  it('leaves the figures and what screen readers hear of them as they were, in English too', async () => {
    for (const lang of ['de', 'en']) {
      const plain = await counter({ lang });
      const headed = await counter({ lang, heading: 'ASSKomm in Zahlen' });
      const spoken = (element: Element): string => visibleText(element.shadowRoot!.querySelector('[part="metrics"]')!);
      expect(spoken(headed), lang).to.equal(spoken(plain));
      expect(visibleText(headed), lang).to.equal(`ASSKomm in Zahlen ${visibleText(plain)}`);
    }
  });

  it('keeps the heading over the editor’s text while the data cannot be shown', async () => {
    const element = await createByHtml(TAG, {
      src: '/test/fixtures/feeds/does-not-exist.json',
      metric: 'advised',
      heading: 'ASSKomm in Zahlen',
    });
    expect(headingNamed(element, 'ASSKomm in Zahlen')?.level).to.equal(2);
    expect(element.shadowRoot!.querySelector('[role="alert"]'), 'error state').to.exist;
  });

  it('is accessible with a heading (axe-core, no violations)', async () => {
    const element = await counter({ heading: 'ASSKomm in Zahlen', 'heading-level': '3', since: '2021-02-06' });
    await expect(element).to.be.accessible();
  });
});
