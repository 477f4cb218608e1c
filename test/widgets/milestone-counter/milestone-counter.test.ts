import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import '../../../src/widgets/milestone-counter/define.js';
import type { MilestoneCounter } from '../../../src/widgets/milestone-counter/define.js';
import { createByHtml, GOOD_FEED, runConformance, visibleText, type WidgetUnderTest } from '../../helpers/conformance.js';
import { FakeIntersectionObserver, installMotionStubs, type MotionStubs } from './motion-stubs.js';

const TAG = 'asskomm-milestone-counter';
const FIGURES = '/test/fixtures/feeds/milestone-counter-figures.json';

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function metrics(element: Element): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="metric"]')];
}

/** What screen readers get: one sentence per figure. */
function spoken(element: Element): string[] {
  return metrics(element).map((metric) => squash(metric.querySelector('.visually-hidden')?.textContent));
}

/** What a sighted visitor reads right now: the running number, not the reserved copies. */
function shown(element: Element): string[] {
  return metrics(element).map((metric) => {
    const copy = metric.querySelector('.shown')!.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.reserve').forEach((reserve) => reserve.remove());
    return squash(copy.textContent);
  });
}

/** The number as it stands in the animation. */
function current(element: Element, index = 0): string {
  return squash(metrics(element)[index]?.querySelector('.current')?.textContent);
}

/** Counters with the final value at once, for tests about what the figures say. */
const still = (attributes: Record<string, string>, container?: HTMLElement): Promise<MilestoneCounter> =>
  createByHtml(TAG, { duration: '0', ...attributes }, container) as Promise<MilestoneCounter>;

runConformance({
  tag: TAG,
  attributes: { metric: 'advised' },
  assertShowsData(element) {
    expect(spoken(element)).to.deep.equal(['126 Kommunen: Kommunen beraten. Stand: November 2021.']);
    expect(visibleText(element)).to.contain('Kommunen beraten');
  },
});

describe('<asskomm-milestone-counter>', () => {
  beforeEach(() => clearFeedCache());

  describe('renders', () => {
    it('the latest value with unit, label and "Stand" in German', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'advised' });
      expect(shown(element)).to.deep.equal(['126 Kommunen Kommunen beraten Stand: November 2021']);
      expect(element.shadowRoot!.querySelector('[part="value"]')!.textContent).to.contain('126');
      expect(squash(element.shadowRoot!.querySelector('[part="date"]')!.textContent)).to.equal('Stand: November 2021');
    });

    it('a lower bound with "über" and euros the German way', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'funding-eur' });
      expect(shown(element)).to.deep.equal(['über 420.000 € Fördermittel bewilligt Stand: 6. Februar 2021']);
      expect(spoken(element)).to.deep.equal(['über 420.000 €: Fördermittel bewilligt. Stand: 6. Februar 2021.']);
    });

    it('a rounded value with "rund"', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'cooperation-agreements', date: '2021-01' });
      expect(shown(element)[0]).to.equal('rund 20 Kooperationsvereinbarungen Stand: Dezember 2020');
    });

    it('groups a value but never the year of its date', async () => {
      const element = await still({ src: FIGURES, metric: 'trainings', date: '2019' });
      expect(shown(element)).to.deep.equal(['1.500 Personen Teilnehmende an Schulungen Stand: 2019']);
      expect(visibleText(element)).not.to.contain('2.019');
    });

    it('the value as of `date`, skipping planned points', async () => {
      const asOf = await still({ src: GOOD_FEED, metric: 'advised', date: '2021-03' });
      expect(shown(asOf)[0]).to.equal('102 Kommunen Kommunen beraten Stand: 6. Februar 2021');
      const planned = await still({ src: GOOD_FEED, metric: 'security-analyses' });
      expect(shown(planned)[0]).to.equal('12 Sicherheitsanalysen Stand: 2021');
    });

    it('the change since an earlier date, and nothing when the series starts later', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'advised', since: '2021-02-06' });
      expect(squash(element.shadowRoot!.querySelector('[part="delta"]')!.textContent)).to.equal('+24 seit 6. Februar 2021');
      expect(spoken(element)[0]).to.equal('126 Kommunen: Kommunen beraten. Stand: November 2021. +24 seit 6. Februar 2021.');
      const month = await still({ src: GOOD_FEED, metric: 'kpr', since: '2021-03' });
      expect(squash(month.shadowRoot!.querySelector('[part="delta"]')!.textContent)).to.equal('+9 seit 6. Februar 2021');
      // A figure dated `2019` is known from the end of 2019: `since="2019"` reads to that end.
      const byYear = await still({ src: FIGURES, metric: 'trainings', since: '2019' });
      expect(squash(byYear.shadowRoot!.querySelector('[part="delta"]')!.textContent)).to.equal('-50 seit 2019');
      const tooEarly = await still({ src: GOOD_FEED, metric: 'advised', since: '2018' });
      expect(tooEarly.shadowRoot!.querySelector('[part="delta"]')).to.be.null;
      expect(visibleText(tooEarly)).not.to.contain('seit');
    });

    it("the editor's label instead of the feed's", async () => {
      const element = await still({ src: GOOD_FEED, metric: 'advised', label: 'Kommunen kontaktiert' });
      expect(squash(element.shadowRoot!.querySelector('[part="label"]')!.textContent)).to.equal('Kommunen kontaktiert');
    });

    it('compact notation', async () => {
      const element = await still({ src: FIGURES, metric: 'funding-eur', notation: 'compact' });
      expect(shown(element)[0]).to.equal('1,3 Mio. € Fördermittel bewilligt Stand: Juni 2022');
    });

    it('English with lang="en"', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'funding-eur,advised', lang: 'en', since: '2021-03' });
      expect(shown(element)).to.deep.equal([
        'more than €420,000 Funding approved As of: 6 February 2021',
        '126 municipalities Municipalities advised +24 since 6 February 2021 As of: November 2021',
      ]);
    });

    it('follows a changed lang attribute', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'advised' });
      element.setAttribute('lang', 'en');
      // The English texts may still be on their way.
      await element.whenReady();
      expect(shown(element)[0]).to.equal('126 municipalities Municipalities advised As of: November 2021');
    });

    it('several metrics as a grid: side by side when wide, one column when narrow', async () => {
      const metricList = 'advised,kpr,cooperation-agreements';
      const wide = await still(
        { src: GOOD_FEED, metric: metricList },
        await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`),
      );
      const wideBoxes = metrics(wide).map((metric) => metric.getBoundingClientRect());
      expect(wideBoxes).to.have.length(3);
      expect(new Set(wideBoxes.map((box) => Math.round(box.top))).size, 'one row').to.equal(1);
      expect(wideBoxes[0]!.left).to.be.below(wideBoxes[1]!.left);
      expect(wideBoxes[1]!.left).to.be.below(wideBoxes[2]!.left);

      const narrow = await still(
        { src: GOOD_FEED, metric: metricList },
        await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`),
      );
      const narrowBoxes = metrics(narrow).map((metric) => metric.getBoundingClientRect());
      expect(new Set(narrowBoxes.map((box) => Math.round(box.left))).size, 'one column').to.equal(1);
      expect(narrowBoxes[0]!.top).to.be.below(narrowBoxes[1]!.top);
      expect(narrow.scrollWidth).to.be.at.most(321);
    });

    it('feed text as text only', async () => {
      const element = await still({ src: '/test/fixtures/feeds/hostile.json', metric: 'advised' });
      expect(element.shadowRoot!.querySelector('img')).to.be.null;
      expect(shown(element)[0]).to.contain('<img src=x onerror="window.__pwned=1">');
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('counts up', () => {
    let motion: MotionStubs;
    let container: HTMLDivElement;
    // open-wc's `fixture` waits for an animation frame, which the stubbed clock never gives on its own.
    const counter = (attributes: Record<string, string>): Promise<MilestoneCounter> =>
      createByHtml(TAG, attributes, container) as Promise<MilestoneCounter>;
    beforeEach(() => {
      motion = installMotionStubs();
      container = document.createElement('div');
      document.body.append(container);
    });
    afterEach(() => {
      container.remove();
      motion.restore();
    });

    it('only after it scrolls into view, eased, and only once', async () => {
      const element = await counter({ src: GOOD_FEED, metric: 'advised' });
      expect(current(element), 'before it was seen').to.equal('0');
      expect(spoken(element)[0], 'screen readers get the final value from the start').to.contain('126 Kommunen');
      motion.advance(5000);
      await element.updateComplete;
      expect(motion.requestedFrames, 'no frames while out of view').to.equal(0);
      expect(current(element)).to.equal('0');

      const observer = FakeIntersectionObserver.watching(element)!;
      observer.scroll(true);
      await element.updateComplete;
      expect(motion.pendingFrames).to.equal(1);

      motion.advance(500);
      await element.updateComplete;
      const third = Number(current(element));
      // Cubic ease-out: a third of the time covers about 70 % of the way.
      expect(third).to.be.within(80, 100);
      motion.advance(500);
      await element.updateComplete;
      expect(Number(current(element))).to.be.within(third, 125);
      motion.advance(500);
      await element.updateComplete;
      expect(current(element)).to.equal('126');
      expect(motion.pendingFrames, 'done').to.equal(0);

      const requested = motion.requestedFrames;
      expect(observer.disconnected, 'stops watching after the first sighting').to.be.true;
      observer.scroll(false);
      observer.scroll(true);
      element.remove();
      container.append(element);
      await element.updateComplete;
      motion.advance(100);
      await element.updateComplete;
      expect(motion.requestedFrames, 'no second run').to.equal(requested);
      expect(current(element)).to.equal('126');
    });

    it('from the `since` value', async () => {
      const element = await counter({ src: GOOD_FEED, metric: 'advised', since: '2021-02-06' });
      expect(current(element)).to.equal('102');
      FakeIntersectionObserver.watching(element)!.scroll(true);
      await element.updateComplete;
      motion.advance(1500);
      await element.updateComplete;
      expect(current(element)).to.equal('126');
    });

    it('in the final width with tabular figures, so nothing moves', async () => {
      const element = await counter({ src: GOOD_FEED, metric: 'funding-eur,advised', duration: '1000' });
      const number = (): DOMRect => element.shadowRoot!.querySelector('.number')!.getBoundingClientRect();
      // The running number itself starts where the final one does: a start that moves with each
      // frame is a layout shift (the browser tracks text too), however small the box around it.
      const starts = (): number[] => [...element.shadowRoot!.querySelectorAll('.current')].map((span) => span.getBoundingClientRect().left);
      const finalStarts = [...element.shadowRoot!.querySelectorAll('.final')].map((span) => span.getBoundingClientRect().left);
      const figure = element.shadowRoot!.querySelector<HTMLElement>('.figure')!;
      expect(getComputedStyle(figure).fontVariantNumeric).to.equal('tabular-nums');
      const before = number();
      const height = element.getBoundingClientRect().height;
      FakeIntersectionObserver.watching(element)!.scroll(true);
      await element.updateComplete;
      for (let step = 0; step < 5; step += 1) {
        motion.advance(250);
        await element.updateComplete;
        const now = number();
        expect([now.left, now.width]).to.deep.equal([before.left, before.width]);
        expect(element.getBoundingClientRect().height).to.equal(height);
        expect(starts(), `frame ${step + 1}: where each running number starts`).to.deep.equal(finalStarts);
      }
      expect(current(element)).to.equal('420.000 €');
    });

    it('in compact notation through the final magnitude', async () => {
      const element = await counter({ src: FIGURES, metric: 'funding-eur', notation: 'compact' });
      expect(current(element)).to.equal('0,0 Mio. €');
      FakeIntersectionObserver.watching(element)!.scroll(true);
      await element.updateComplete;
      motion.advance(300);
      await element.updateComplete;
      expect(current(element)).to.match(/^[01],\d Mio\. €$/);
      motion.advance(1200);
      await element.updateComplete;
      expect(current(element)).to.equal('1,3 Mio. €');
    });

    it('not at all with prefers-reduced-motion: the final value at once', async () => {
      motion.restore();
      motion = installMotionStubs({ reduceMotion: true });
      const element = await counter({ src: GOOD_FEED, metric: 'advised' });
      expect(current(element)).to.equal('126');
      FakeIntersectionObserver.watching(element)?.scroll(true);
      await element.updateComplete;
      expect(motion.requestedFrames).to.equal(0);
      expect(current(element)).to.equal('126');
    });

    it('not at all with duration="0"', async () => {
      const element = await counter({ src: GOOD_FEED, metric: 'advised', duration: '0' });
      FakeIntersectionObserver.watching(element)?.scroll(true);
      await element.updateComplete;
      expect(current(element)).to.equal('126');
      expect(motion.requestedFrames).to.equal(0);
    });
  });

  describe("keeps the editor's text", () => {
    it('while loading, instead of a loading message', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<asskomm-milestone-counter src="${GOOD_FEED}" metric="advised">126 Kommunen beraten</asskomm-milestone-counter>`;
      const element = container.firstElementChild as MilestoneCounter;
      await element.updateComplete;
      const slot = element.shadowRoot!.querySelector('slot')!;
      expect(
        squash(
          slot
            .assignedNodes()
            .map((node) => node.textContent)
            .join(''),
        ),
      ).to.equal('126 Kommunen beraten');
      expect(element.shadowRoot!.querySelector('[role="status"]')).to.be.null;
      await element.whenReady();
      expect(element.shadowRoot!.querySelector('slot'), 'hidden once the data is there').to.be.null;
      expect(spoken(element)[0]).to.contain('126 Kommunen');
    });

    it('when the feed fails, with a small German error and a retry button', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      container.innerHTML = `<asskomm-milestone-counter src="/test/fixtures/feeds/missing.json" metric="advised">126 Kommunen beraten</asskomm-milestone-counter>`;
      const element = container.firstElementChild as MilestoneCounter;
      await element.whenReady();
      const slot = element.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes().length).to.be.above(0);
      expect(element.getBoundingClientRect().height).to.be.above(0);
      // The editor's text is laid out where the slot is.
      const range = document.createRange();
      range.selectNodeContents(element);
      expect(range.getBoundingClientRect().width).to.be.above(0);
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(visibleText(alert)).to.contain('Die Daten konnten nicht angezeigt werden.');
      expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Erneut versuchen');
      await expect(element).to.be.accessible();
    });

    it('with a hint naming the available ids for an unknown metric', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<asskomm-milestone-counter src="${GOOD_FEED}" metric="advisd">126 Kommunen beraten</asskomm-milestone-counter>`;
      const element = container.firstElementChild as MilestoneCounter;
      await element.whenReady();
      const hint = squash(element.shadowRoot!.querySelector('[part="hint"]')!.textContent);
      expect(hint).to.contain('Hinweis für die Redaktion');
      expect(hint).to.contain('Die Kennzahl „advisd“ gibt es im Feed nicht.');
      expect(hint).to.contain('advised, kpr, cooperation-agreements, security-analyses, funding-eur');
      expect(element.shadowRoot!.querySelector('slot')!.assignedNodes().length).to.be.above(0);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
    });

    it('with a hint when the metric has no reported value yet', async () => {
      const element = await still({ src: FIGURES, metric: 'only-planned' });
      expect(visibleText(element)).to.contain('Für die Kennzahl „only-planned“ gibt es noch keinen gemeldeten Wert.');
    });

    it('shows the known metrics of a list with a wrong id and names the wrong one', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'advised,nope' });
      expect(metrics(element)).to.have.length(1);
      expect(visibleText(element)).to.contain('„nope“');
    });
  });

  describe('is accessible', () => {
    it('with several metrics and a delta (axe-core, no violations)', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'advised,kpr,funding-eur', since: '2021-02-06' });
      await expect(element).to.be.accessible();
    });

    it('hiding the animated number from screen readers and announcing nothing per frame', async () => {
      const element = await still({ src: GOOD_FEED, metric: 'advised' });
      const shownPart = element.shadowRoot!.querySelector('.shown')!;
      expect(shownPart.getAttribute('aria-hidden')).to.equal('true');
      expect(element.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"]')).to.be.null;
    });

    it('says the whole figure once, in English too', async () => {
      const element: WidgetUnderTest = await still({ src: GOOD_FEED, metric: 'funding-eur', lang: 'en' });
      expect(spoken(element)).to.deep.equal(['more than €420,000: Funding approved. As of: 6 February 2021.']);
    });
  });
});
