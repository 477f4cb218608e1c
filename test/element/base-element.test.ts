import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { AsskommElement, baseStyles } from '../../src/element/base-element.js';
import { defineElement } from '../../src/element/define.js';
import { readDate } from '../../src/element/attributes.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { createByHtml, GOOD_FEED, runConformance, visibleText, type WidgetUnderTest } from '../helpers/conformance.js';
import { interceptFetch, recordFetches } from '../helpers/fetch.js';

/** The smallest widget on the shared machinery: it shows the feed's title and "Stand". */
class TitleProbe extends AsskommElement {
  static override styles = baseStyles;
  private date?: string;

  /** How often the attributes were read: once per change, not once per update. */
  readings = 0;
  /** Internal state, as a hover position is: changing it re-renders but changes no option. */
  hovered = 0;

  protected readAttributes(): void {
    this.readings += 1;
    const date = readDate('date', this.getAttribute('date'));
    this.date = date.value;
    this.hint(date.hint);
  }

  /** Set by a test: the page broke something the render needs. */
  breakRender = false;

  protected renderWidget(): unknown {
    return litHtml`${this.renderHints()}${this.renderFeed((model) => {
      if (this.breakRender) throw new TypeError('Intl.NumberFormat is not a constructor');
      return litHtml`<p>${model.meta.title}</p><p>${this.strings.asOf}: ${this.date ?? model.meta.asOf}</p>`;
    })}`;
  }

  static override properties = { date: { type: String }, hovered: { state: true } };
}
defineElement('asskomm-title-probe', TitleProbe);

runConformance({
  tag: 'asskomm-title-probe',
  assertShowsData(element) {
    expect(visibleText(element)).to.contain('ASSKomm in Zahlen (Testdaten)');
  },
});

describe('AsskommElement', () => {
  beforeEach(() => clearFeedCache());

  it('shows a German hint for a malformed attribute and still renders the data', async () => {
    const element = await createByHtml('asskomm-title-probe', { src: GOOD_FEED, date: '31.12.2021' });
    const text = visibleText(element);
    expect(text).to.contain('Hinweis für die Redaktion');
    expect(text).to.contain('„31.12.2021“');
    expect(text).to.contain('ASSKomm in Zahlen (Testdaten)');
  });

  it('reads its attributes once per change: an update of internal state keeps the options and the hints', async () => {
    const element = (await createByHtml('asskomm-title-probe', { src: GOOD_FEED, date: '31.12.2021' })) as TitleProbe;
    const readings = element.readings;
    for (let i = 1; i <= 5; i++) {
      element.hovered = i;
      await element.updateComplete;
    }
    expect(element.readings).to.equal(readings);
    expect(visibleText(element)).to.contain('„31.12.2021“');

    element.setAttribute('date', '2021');
    await element.updateComplete;
    expect(element.readings).to.equal(readings + 1);
    expect(visibleText(element)).not.to.contain('Hinweis für die Redaktion');
    expect(visibleText(element)).to.contain('Stand: 2021');
  });

  it('speaks English when the page says lang="en"', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const element = await createByHtml('asskomm-title-probe', { src: '/nowhere.json' }, container);
    expect(visibleText(element)).to.contain('Try again');
  });

  it('shares one request between widgets that name the same feed', async () => {
    const { urls, restore } = recordFetches();
    try {
      const container = await fixture<HTMLDivElement>(
        html`<div>
          <asskomm-title-probe src=${GOOD_FEED}></asskomm-title-probe>
          <asskomm-title-probe src=${GOOD_FEED}></asskomm-title-probe>
          <asskomm-title-probe src=${location.origin + GOOD_FEED}></asskomm-title-probe>
        </div>`,
      );
      const probes = [...container.querySelectorAll<WidgetUnderTest>('asskomm-title-probe')];
      await Promise.all(probes.map((probe) => probe.whenReady()));
      expect(urls.filter((url) => url.endsWith('good.json'))).to.have.length(1);
      for (const probe of probes) expect(visibleText(probe)).to.contain('Testdaten');
    } finally {
      restore();
    }
  });

  it('retries after a failure when the visitor asks', async () => {
    let calls = 0;
    const { restore } = interceptFetch((input, init, real) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('offline')) : real(input, init);
    });
    try {
      const element = await createByHtml('asskomm-title-probe', { src: GOOD_FEED });
      expect(visibleText(element)).to.contain('Die Datenquelle ist nicht erreichbar.');
      element.shadowRoot!.querySelector('button')!.click();
      await element.whenReady();
      expect(visibleText(element)).to.contain('Testdaten');
      expect(calls).to.equal(2);
    } finally {
      restore();
    }
  });

  it('shows a German error with "Erneut versuchen" instead of a blank box when rendering throws', async () => {
    const probe = (await createByHtml('asskomm-title-probe', { src: GOOD_FEED })) as WidgetUnderTest & TitleProbe;
    const originalError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      probe.breakRender = true;
      probe.requestUpdate();
      await probe.updateComplete;
      expect(visibleText(probe))
        .to.contain('Die Daten konnten nicht angezeigt werden.')
        .and.contain('Beim Darstellen ist ein Fehler aufgetreten');
      expect(logged).to.deep.equal(['[asskomm-widgets] <asskomm-title-probe> konnte nicht gezeigt werden']);
      probe.breakRender = false;
      probe.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await probe.updateComplete;
      expect(visibleText(probe)).to.not.contain('Beim Darstellen');
    } finally {
      console.error = originalError;
    }
  });
});
