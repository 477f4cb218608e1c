import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/load.js';
import { $, $$, chart, plot, tooltip, updated } from './helpers.js';
import type { WidgetUnderTest } from '../../helpers/conformance.js';
import { watchResults, type Watched } from '../../helpers/memo-watch.js';

const DERIVATIONS = ['series', 'dates', 'events', 'visible', 'layout', 'summary', 'rows'];

/** Watches the chart's derivations (its private `derived`), with a rendering to take each one's current result. */
async function watchDerivations(element: WidgetUnderTest): Promise<Watched> {
  const watched = watchResults((element as unknown as { derived: object }).derived, DERIVATIONS);
  (element as unknown as { requestUpdate(): void }).requestUpdate();
  await updated(element);
  return watched;
}

/** Counts the `asskomm-date` events: each is one step of the crosshair, and one update of the chart. */
function countSteps(element: WidgetUnderTest): () => number {
  let steps = 0;
  element.addEventListener('asskomm-date', () => steps++);
  return () => steps;
}

describe('progress-chart derivations', () => {
  beforeEach(() => clearFeedCache());

  it('are not recomputed while the crosshair steps 20 times with the keyboard', async () => {
    const element = await chart({});
    plot(element).focus();
    await updated(element);
    await sendKeys({ press: 'Home' });
    await updated(element);
    const watched = await watchDerivations(element);
    expect(Object.keys(watched.calls()), 'every derivation is asked on a rendering').to.have.members(DERIVATIONS);
    const steps = countSteps(element);
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: i % 2 ? 'ArrowLeft' : 'ArrowRight' });
      await updated(element);
      seen.push(tooltip(element));
    }
    expect(steps(), 'each key moved the crosshair').to.equal(20);
    expect(seen.filter((text) => text.includes('12. Februar 2020'))).to.have.length(10);
    expect(seen.filter((text) => text.includes('6. Februar 2019'))).to.have.length(10);
    expect(watched.recomputed()).to.deep.equal({});
  });

  it('are not recomputed while the pointer moves the crosshair', async () => {
    const element = await chart({});
    const watched = await watchDerivations(element);
    const steps = countSteps(element);
    // Along the time axis, below the data: the tooltip (which holds its date under the pointer) never stands there.
    const axis = Math.round($(element, '.x-axis .domain')!.getBoundingClientRect().bottom + 8);
    for (const marker of $$(element, '[data-series="advised"] .marker')) {
      const box = marker.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), axis] });
      await updated(element);
    }
    expect(steps()).to.equal(5);
    expect(tooltip(element)).to.contain('November 2021');
    expect(watched.recomputed()).to.deep.equal({});
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('recompute only the layout and the shown series when a line is switched off', async () => {
    const element = await chart({});
    const watched = await watchDerivations(element);
    $$<HTMLInputElement>(element, '[part="legend"] input[type="checkbox"]')[1]!.click();
    await updated(element);
    expect($(element, '[data-series="kpr"]')).to.be.null;
    expect(watched.recomputed()).to.deep.equal({ visible: 1, layout: 1 });
  });

  it('are not recomputed when only the heading or the height changes (except the layout for the height)', async () => {
    const element = await chart({});
    const watched = await watchDerivations(element);
    element.setAttribute('heading', 'Verlauf seit 2019');
    await updated(element);
    expect(watched.recomputed()).to.deep.equal({});
    element.setAttribute('height', '400');
    await updated(element);
    expect(watched.recomputed()).to.deep.equal({ layout: 1 });
  });

  it('are recomputed from the feed when an attribute changes', async () => {
    const element = await chart({});
    const watched = await watchDerivations(element);
    element.setAttribute('metrics', 'advised');
    await updated(element);
    expect($$(element, '.series')).to.have.length(1);
    expect(watched.recomputed()).to.include({ series: 1, dates: 1, layout: 1, summary: 1, rows: 1 });
  });
});
