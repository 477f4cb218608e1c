/**
 * WCAG 3.1.2 (language of parts): in an English widget, the German editor hints and the feed's
 * German source text say `lang="de"`, so a screen reader reads them with German pronunciation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { createByHtml, GOOD_FEED, visibleText } from '../helpers/conformance.js';

/** The language a text node is read in: the nearest `lang` inside the shadow root, else the host's. */
function languageOf(element: Element, host: Element): string | null {
  return element.closest('[lang]')?.getAttribute('lang') ?? host.getAttribute('lang');
}

async function english(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  return createByHtml(tag, { src: GOOD_FEED, lang: 'en', ...attributes }, container);
}

describe('language of parts in English widgets', () => {
  const cases: { tag: string; attributes: Record<string, string> }[] = [
    { tag: 'asskomm-status-map', attributes: { 'heading-level': '9' } },
    { tag: 'asskomm-progress-chart', attributes: { height: '0x10' } },
    { tag: 'asskomm-milestone-counter', attributes: { metric: 'advised', duration: 'lang' } },
  ];
  for (const { tag, attributes } of cases) {
    it(`<${tag}>: the German editor hint says lang="de"`, async () => {
      const widget = await english(tag, attributes);
      const hint = widget.shadowRoot!.querySelector('[part="hint"]')!;
      expect(visibleText(hint)).to.contain('Hinweis für die Redaktion');
      expect(languageOf(hint, widget)).to.equal('de');
    });
  }

  it('<asskomm-status-map>: the German source and attribution say lang="de", the English words around them do not', async () => {
    const map = await english('asskomm-status-map', {});
    const credits = map.shadowRoot!.querySelector('.credits')!;
    const german = [...credits.querySelectorAll('[lang="de"]')].map((part) => visibleText(part));
    expect(german).to.have.length(2);
    expect(german[1]).to.contain('GeoBasis-DE / BKG');
    expect(visibleText(credits)).to.contain('Source:');
    expect(languageOf(credits, map)).to.equal('en');
  });

  it('<asskomm-progress-chart>: the German source says lang="de", "Source" does not', async () => {
    const chart = await english('asskomm-progress-chart', {});
    const meta = chart.shadowRoot!.querySelector('[part="meta"]')!;
    expect(meta.querySelectorAll('[lang="de"]')).to.have.length(1);
    expect(visibleText(meta)).to.contain('Source:');
    expect(languageOf(meta, chart)).to.equal('en');
  });
});
