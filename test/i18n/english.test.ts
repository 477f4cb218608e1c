/**
 * English texts are downloaded only when a widget speaks English. This file runs in a page of
 * its own, so the first test sees the page before anything English was ever asked for.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { createByHtml, GOOD_FEED, visibleText } from '../helpers/conformance.js';

/** Requests of this page for the English module (the dev server serves it as `en.js` or `en.ts`). */
const englishRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/src\/i18n\/en\.(?:js|ts)(?:\?|$)/.test(url));

describe('English texts', () => {
  beforeEach(() => clearFeedCache());

  it('are never requested by German widgets', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const widgets = [
      await createByHtml('asskomm-milestone-counter', { src: GOOD_FEED, metric: 'advised', duration: '0' }, container),
      await createByHtml('asskomm-progress-chart', { src: GOOD_FEED }, container),
      await createByHtml('asskomm-status-map', { src: GOOD_FEED }, container),
    ];
    expect(visibleText(widgets[0]!)).to.contain('Kommunen beraten');
    expect(visibleText(widgets[1]!)).to.contain('Tabelle anzeigen');
    expect(visibleText(widgets[2]!)).to.contain('Modellkommunen');
    expect(englishRequests()).to.deep.equal([]);
  });

  it('are loaded when lang changes from de to en, and the widget then speaks English', async () => {
    const counter = await createByHtml('asskomm-milestone-counter', { src: GOOD_FEED, metric: 'advised', duration: '0', lang: 'de' });
    expect(visibleText(counter)).to.contain('Stand: November 2021');
    counter.setAttribute('lang', 'en');
    await counter.whenReady();
    expect(visibleText(counter)).to.contain('As of: November 2021');
    expect(englishRequests()).to.have.length(1);
  });

  it('are loaded once for every widget on the page', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const chart = await createByHtml('asskomm-progress-chart', { src: GOOD_FEED }, container);
    const map = await createByHtml('asskomm-status-map', { src: GOOD_FEED }, container);
    expect(visibleText(chart)).to.contain('Show table');
    expect(visibleText(map)).to.contain('Model municipalities');
    expect(englishRequests()).to.have.length(1);
  });
});
