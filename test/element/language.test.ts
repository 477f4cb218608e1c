/** `lang` the widgets do not speak: German, and a hint that says so (English loads as usual here). */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
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
