import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { createByHtml, GOOD_FEED, visibleText, type WidgetUnderTest } from '../../helpers/conformance.js';
import { $, $$, chart, CROWDED, TAG, texts, updated, waitForPlot } from './helpers.js';
import { holdFetches } from '../../helpers/fetch.js';

describe('<asskomm-progress-chart> layout', () => {
  beforeEach(() => clearFeedCache());

  it('chooses fewer time ticks on a narrow chart, and their labels do not touch', async () => {
    const wide = await chart({}, 900);
    const narrow = await chart({}, 320);
    const wideCount = $$(wide, '.x-axis text').length;
    const narrowCount = $$(narrow, '.x-axis text').length;
    expect(narrowCount).to.be.at.least(2);
    expect(narrowCount).to.be.below(wideCount);
    const boxes = $$(narrow, '.x-axis text').map((t) => t.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.above(boxes[i - 1]!.right);
  });

  it('keeps event labels apart at 320 px, leaving out the least important', async () => {
    const element = await chart({ src: CROWDED }, 320);
    const labels = $$(element, '.event text');
    const shown = labels.map((l) => l.textContent);
    expect(shown).to.include('Start ASSKomm');
    expect(shown).to.include('100. Kommune beraten');
    expect(labels.length).to.be.below(9);
    const boxes = [...labels, ...$$(element, '.x-axis text')].map((l) => l.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j} overlap`).to.be.false;
      }
    }
    for (const box of boxes) {
      expect(box.left).to.be.at.least(element.getBoundingClientRect().left);
      expect(box.right).to.be.at.most(element.getBoundingClientRect().right);
    }
    // What did not fit is still in the events table.
    expect($$(element, 'table[part~="events-table"] tbody tr')).to.have.length(9);
  });

  it('labels the line ends directly when they fit, and only the legend when not', async () => {
    const wide = await chart({}, 900);
    expect(texts(wide, '.direct-label text')).to.deep.equal([
      'Kommunen beraten',
      'Kommunale Präventionsräte',
      'Kooperationsvereinbarungen',
    ]);
    const boxes = $$(wide, '.direct-label text').map((t) => t.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++)
      for (let j = 0; j < i; j++) expect(boxes[i]!.top >= boxes[j]!.bottom || boxes[i]!.bottom <= boxes[j]!.top).to.be.true;
    const narrow = await chart({}, 320);
    expect($$(narrow, '.direct-label')).to.have.length(0);
    expect(texts(narrow, '[part="legend"] label')).to.have.length(3);
  });

  it('takes its plot height from the height attribute (or a script), with a floor and a hint', async () => {
    const element = await chart({ height: '400' });
    expect($(element, '.plot svg')!.getAttribute('height')).to.equal('400');
    expect(Math.round($(element, '.plot-area')!.getBoundingClientRect().height)).to.equal(400);
    (element as unknown as { height: unknown }).height = 240;
    await updated(element);
    expect($(element, '.plot svg')!.getAttribute('height')).to.equal('240');
    const tiny = await chart({ height: '100' });
    expect($(tiny, '.plot svg')!.getAttribute('height')).to.equal('160');
    expect(visibleText(tiny)).to.contain('Das Attribut „height“ hat den Wert „100“; erlaubt sind 160 bis 2000. Es wird 160 verwendet.');
  });

  for (const [width, metrics] of [
    [320, 'advised'],
    [320, 'advised,kpr,cooperation-agreements'],
    [600, 'advised,kpr,cooperation-agreements'],
    [900, 'advised,kpr,cooperation-agreements'],
    [900, 'advised,kpr,cooperation-agreements,security-analyses'],
  ] as const) {
    it(`keeps the space while loading, so nothing jumps (${width} px, ${metrics.split(',').length} series)`, async () => {
      // The feed arrives when the test says so.
      const { release, restore } = holdFetches();
      try {
        const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        container.insertAdjacentHTML('beforeend', `<${TAG} src="${GOOD_FEED}" metrics="${metrics}"></${TAG}>`);
        const element = container.lastElementChild as WidgetUnderTest;
        await new Promise(requestAnimationFrame);
        await updated(element);
        expect(visibleText(element)).to.contain('Daten werden geladen');
        const before = element.getBoundingClientRect().height;
        release();
        await element.whenReady();
        await waitForPlot(element);
        const after = element.getBoundingClientRect().height;
        console.log(`${width} px, ${metrics.split(',').length} series: ${before} px while loading, ${after} px loaded`);
        expect(Math.abs(after - before), `loading ${before} px, loaded ${after} px`).to.be.at.most(4);
      } finally {
        restore();
      }
    });
  }

  it("shows the editor's fallback text while loading and on failure, and not once the chart is there", async () => {
    const { release, restore } = holdFetches();
    try {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      container.insertAdjacentHTML('beforeend', `<${TAG} src="${GOOD_FEED}">Bis November 2021 wurden 126 Kommunen beraten.</${TAG}>`);
      const element = container.lastElementChild as WidgetUnderTest;
      await updated(element);
      const slot = $<HTMLSlotElement>(element, 'slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Bis November 2021 wurden 126 Kommunen beraten.']);
      expect(visibleText(element)).not.to.contain('Daten werden geladen');
      release();
      await element.whenReady();
      expect($(element, 'slot')).to.be.null;
      expect($(element, '.plot-area')).to.exist;
    } finally {
      restore();
    }
    const failed = await createByHtml(TAG, { src: '/test/fixtures/feeds/does-not-exist.json' });
    failed.textContent = 'Bis November 2021 wurden 126 Kommunen beraten.';
    await updated(failed);
    expect($(failed, 'slot')).to.exist;
    expect(visibleText($(failed, '[role="alert"]')!)).to.contain('404');
  });
});
