import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import type { FeedModel } from '../../../src/feed/types.js';
import { parseFeedText } from '../../../src/feed/validate.js';
import '../../../src/widgets/milestone-counter/define.js';
import type { MilestoneCounter } from '../../../src/widgets/milestone-counter/define.js';
import { counterFigures, memoCounterFigures } from '../../../src/widgets/milestone-counter/derived.js';
import { readCounterOptions } from '../../../src/widgets/milestone-counter/options.js';
import { createByHtml, GOOD_FEED } from '../../helpers/conformance.js';
import { FakeIntersectionObserver, installMotionStubs } from './motion-stubs.js';
import { watchResults } from '../../helpers/memo-watch.js';

async function goodModel(): Promise<FeedModel> {
  return parseFeedText(await (await fetch(GOOD_FEED)).text()).model!;
}

describe('readCounterOptions', () => {
  it('reads every attribute into a typed option, with a hint per wrong value in the order of the attributes', () => {
    const { options, hints } = readCounterOptions({
      metric: ' advised, kpr,advised ',
      notation: 'kurz',
      duration: '2s',
      date: '2021-13',
      since: '2021',
      heading: ' ASSKomm in Zahlen ',
      headingLevel: 'h3',
    });
    expect(options).to.deep.equal({
      metricIds: ['advised', 'kpr'],
      label: undefined,
      date: undefined,
      since: '2021',
      duration: 1500,
      notation: 'standard',
      heading: 'ASSKomm in Zahlen',
      headingLevel: 2,
    });
    expect(hints).to.have.length(4);
    expect(hints[0]).to.contain('„notation“');
    expect(hints[1]).to.contain('„duration“');
    expect(hints[2]).to.contain('„date“');
    expect(hints[3]).to.contain('„heading-level“');
  });

  it('keeps the label for one metric and drops it, with a hint, for several', () => {
    expect(readCounterOptions({ metric: 'advised', label: ' Beraten ' })).to.deep.include({ hints: [] });
    expect(readCounterOptions({ metric: 'advised', label: ' Beraten ' }).options.label).to.equal('Beraten');
    const two = readCounterOptions({ metric: 'advised,kpr', label: 'Beraten' });
    expect(two.options.label).to.be.undefined;
    expect(two.hints).to.deep.equal(['Das Attribut „label“ gilt nur, wenn „metric“ genau eine Kennzahl nennt; es wird ignoriert.']);
  });
});

describe('counterFigures', () => {
  it('selects one figure per known metric and names the unknown and the empty ones', async () => {
    const model = await goodModel();
    const { options } = readCounterOptions({ metric: 'advised,nope,kpr', date: '2019' });
    const { figures, hints } = counterFigures(model, options);
    expect(figures.map((figure) => [figure.indicator.id, figure.point.value])).to.deep.equal([['advised', 8]]);
    expect(hints).to.have.length(2);
    expect(hints[0]).to.contain('Die Kennzahl „nope“ gibt es im Feed nicht.');
    expect(hints[1]).to.contain('„kpr“');
  });

  it('names the available metrics when none is asked for', async () => {
    const { figures, hints } = counterFigures(await goodModel(), readCounterOptions({}).options);
    expect(figures).to.deep.equal([]);
    expect(hints).to.deep.equal([
      'Das Attribut „metric“ fehlt. Verfügbare Kennzahlen: advised, kpr, cooperation-agreements, security-analyses, funding-eur.',
    ]);
  });

  it('memoised, selects again only for another model or other options that the figures read', async () => {
    const model = await goodModel();
    const figuresOf = memoCounterFigures();
    const { options } = readCounterOptions({ metric: 'advised' });
    const first = figuresOf(model, options);
    expect(figuresOf(model, options)).to.equal(first);
    expect(figuresOf(model, readCounterOptions({ metric: 'advised' }).options), 'the same options read again').to.equal(first);
    expect(figuresOf(model, readCounterOptions({ metric: 'advised', notation: 'compact' }).options), 'another notation').to.equal(first);
    expect(figuresOf(model, readCounterOptions({ metric: 'advised', date: '2021' }).options)).not.to.equal(first);
    expect(figuresOf(model, readCounterOptions({ metric: 'advised,kpr' }).options)).not.to.equal(first);
  });
});

describe('<asskomm-milestone-counter> figures', () => {
  beforeEach(() => clearFeedCache());

  it('are selected once for the whole count-up, not on each of its frames', async () => {
    const motion = installMotionStubs();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const element = (await createByHtml(
        'asskomm-milestone-counter',
        { src: GOOD_FEED, metric: 'advised,kpr' },
        container,
      )) as MilestoneCounter;
      // The selection's result keeps its identity while nothing it reads changes.
      const watched = watchResults(element, ['figuresOf']);
      element.requestUpdate();
      await element.updateComplete;
      FakeIntersectionObserver.watching(element)!.scroll(true);
      await element.updateComplete;
      let frames = 0;
      for (; motion.pendingFrames && frames < 100; frames++) {
        motion.advance(50);
        await element.updateComplete;
      }
      expect(frames, 'one update per frame of 1.5 s').to.be.above(20);
      expect(element.shadowRoot!.querySelector('.current')!.textContent).to.equal('126');
      expect(watched.calls().figuresOf, 'each frame asks for the figures').to.be.above(20);
      expect(watched.recomputed()).to.deep.equal({});
    } finally {
      container.remove();
      motion.restore();
    }
  });
});
