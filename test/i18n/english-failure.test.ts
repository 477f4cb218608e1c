/**
 * While the English texts are on their way an English widget shows its loading state; when they
 * cannot be loaded it falls back to German. A page of its own: the first `loadEnglish()` of a
 * page decides how the texts are fetched, and here the test holds and then fails that fetch.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { loadEnglish } from '../../src/i18n/english.js';
import '../../src/widgets/milestone-counter/define.js';
import { GOOD_FEED, visibleText, type WidgetUnderTest } from '../helpers/conformance.js';

describe('English texts that cannot be loaded', () => {
  it('leave the widget loading while they are on their way, then German with an error and a hint in the console', async () => {
    let fail!: (error: Error) => void;
    void loadEnglish(() => new Promise((_, reject) => (fail = reject)));
    const logged: string[] = [];
    const { warn, error } = console;
    console.warn = (...args: unknown[]) => logged.push(`warn ${String(args[0])}`);
    console.error = (...args: unknown[]) => logged.push(`error ${String(args[0])}`);
    try {
      const container = await fixture<HTMLDivElement>(
        html`<div>
          <asskomm-milestone-counter src=${GOOD_FEED} metric="advised" duration="0"></asskomm-milestone-counter>
          <asskomm-milestone-counter src=${GOOD_FEED} metric="advised" duration="0" lang="en"></asskomm-milestone-counter>
        </div>`,
      );
      const [german, english] = [
        ...container.querySelectorAll<WidgetUnderTest & { updateComplete: Promise<boolean> }>('asskomm-milestone-counter'),
      ];
      // Both share one feed request: once the German one shows its figure, the feed is there.
      await german!.whenReady();
      await english!.updateComplete;
      expect(visibleText(german!)).to.contain('Kommunen beraten');
      expect(english!.shadowRoot!.querySelector('[part="loading"]'), 'loading state').to.exist;
      expect(english!.shadowRoot!.querySelector('[part="metric"]')).to.be.null;

      fail(new TypeError('Failed to fetch dynamically imported module'));
      await english!.whenReady();
      expect(visibleText(english!)).to.contain('Stand: November 2021');
      expect(visibleText(english!)).to.contain('Die englischen Texte konnten nicht geladen werden; es wird Deutsch gezeigt.');
      expect(logged.filter((text) => text.includes('englischen Texte konnten'))).to.deep.equal([
        'error [asskomm-widgets] Die englischen Texte konnten nicht geladen werden; die Widgets bleiben deutsch.',
        'warn [asskomm-widgets] <asskomm-milestone-counter>: Die englischen Texte konnten nicht geladen werden; es wird Deutsch gezeigt.',
      ]);
    } finally {
      Object.assign(console, { warn, error });
    }
  });

  it('leave no sentence half English: numbers and dates are German too', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <asskomm-milestone-counter src=${GOOD_FEED} metric="funding-eur" since="2021-03" duration="0"></asskomm-milestone-counter>
      </div>`,
    );
    const counter = container.firstElementChild as WidgetUnderTest;
    await counter.whenReady();
    const text = visibleText(counter);
    expect(text).to.contain('420.000 €');
    expect(text).to.contain('Stand: 6. Februar 2021');
    expect(text).not.to.match(/February|420,000|As of/);
    expect(text).to.contain('Hinweis für die Redaktion');
  });
});
