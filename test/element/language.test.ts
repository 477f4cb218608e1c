/** `lang` the widgets do not speak: German, and a hint that says so (English loads as usual here). */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { AsskommElement, baseStyles } from '../../src/element/base-element.js';
import { defineElement } from '../../src/element/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { loadEnglish } from '../../src/i18n/english.js';
import '../../src/widgets/milestone-counter/define.js';
import { createByHtml, GOOD_FEED, visibleText } from '../helpers/conformance.js';

const TAG = 'asskomm-milestone-counter';

describe('lang of a widget', () => {
  beforeEach(() => clearFeedCache());

  for (const lang of ['fr', 'garbage', 'tlh', 'english']) {
    it(`lang="${lang}" shows German and a hint`, async () => {
      const counter = await createByHtml(TAG, { src: GOOD_FEED, metric: 'advised', duration: '0', lang });
      const text = visibleText(counter);
      expect(text).to.contain(`lang="${lang}" wird nicht unterstützt; erlaubt: de, en; es wird Deutsch gezeigt.`);
      expect(text).to.contain('Kommunen beraten');
    });
  }

  for (const [lang, shown] of [
    ['de', 'Kommunen beraten'],
    ['DE-at', 'Kommunen beraten'],
    ['en-GB', 'Municipalities advised'],
    ['EN', 'Municipalities advised'],
  ]) {
    it(`lang="${lang}" is spoken without a hint`, async () => {
      const counter = await createByHtml(TAG, { src: GOOD_FEED, metric: 'advised', duration: '0', lang: lang! });
      expect(visibleText(counter)).to.contain(shown!);
      expect(counter.shadowRoot!.querySelector('[part="hint"]')).to.be.null;
    });
  }

  it('takes an unsupported page language silently as German (the page is not the widget)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const counter = await createByHtml(TAG, { src: GOOD_FEED, metric: 'advised', duration: '0' }, container);
    expect(visibleText(counter)).to.contain('Kommunen beraten');
    expect(counter.shadowRoot!.querySelector('[part="hint"]')).to.be.null;
  });
});

/** Reads a text into its options, as a widget may (a label built once per change). */
class LanguageProbe extends AsskommElement {
  static override styles = baseStyles;
  private asOfLabel = '';

  protected readAttributes(): void {
    this.asOfLabel = this.strings.asOf;
  }

  protected renderWidget(): unknown {
    return litHtml`${this.renderFeed(() => litHtml`<p>${this.asOfLabel}</p>`)}`;
  }
}
defineElement('asskomm-language-probe', LanguageProbe);

describe('lang switched to English', () => {
  it('reads the options again with the English texts, even when they were loaded before', async () => {
    await loadEnglish();
    const probe = await createByHtml('asskomm-language-probe', { src: GOOD_FEED, lang: 'de' });
    expect(visibleText(probe)).to.equal('Stand');
    probe.setAttribute('lang', 'en');
    await probe.whenReady();
    expect(visibleText(probe)).to.equal('As of');
  });
});
