/**
 * The chart for readers who need more than the default picture: a tooltip they can dismiss and
 * rest the pointer on (WCAG 1.4.13), series by series with the keyboard, the reader's font size
 * in the drawing, and a tooltip that leaves the data visible at 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/load.js';
import { createByHtml, GOOD_FEED, visibleText, type WidgetUnderTest } from '../../helpers/conformance.js';
import { $, $$, chart, plot, press, TAG, tooltip, updated, waitForPlot } from './helpers.js';
import { formatDate } from '../../../src/format/date.js';

const announced = (element: Element): string => visibleText($(element, '[role="status"]')!);
const shown = (element: Element): boolean => $(element, '[part="tooltip"]') !== null;

/** Centre of the marker of `series` at `date`, in viewport px. */
function markerCentre(element: Element, series: string, date: string): [number, number] {
  const box = $(element, `[data-series="${series}"] .marker[data-date="${date}"]`)!.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** A feed date as the tooltip's heading writes it. */
const CLOSE_DATES = '/test/fixtures/feeds/progress-chart-close-dates.json';

const tooltipDate = (date: string): string => formatDate(date, 'de');

/** Moves the pointer to `position` (viewport px) and waits for the chart. */
async function pointAt(element: WidgetUnderTest, position: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position });
  await updated(element);
}

/** Whether any two of `boxes` overlap. */
function overlapping(boxes: readonly DOMRect[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(`${i}/${j}`);
    }
  }
  return found;
}

/** Words of the tooltip's shown text that are drawn on more than one line. */
function brokenWords(element: Element): string[] {
  const walker = document.createTreeWalker($(element, '[part="tooltip"]')!, NodeFilter.SHOW_TEXT);
  const broken: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement!.getClientRects().length) continue;
    for (const match of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      if (range.getClientRects().length > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe('<asskomm-progress-chart> accessibility', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  describe('tooltip (WCAG 1.4.13)', () => {
    it('hides on Escape while focus stays, and comes back with the next step', async () => {
      const element = await chart({});
      plot(element).focus();
      await updated(element);
      expect(shown(element)).to.be.true;
      await press(element, 'Escape');
      expect(shown(element), 'dismissed').to.be.false;
      expect(element.shadowRoot!.activeElement, 'focus stays on the plot').to.equal(plot(element));
      expect($(element, '.crosshair'), 'the crosshair stays').to.exist;
      await press(element, 'ArrowLeft');
      expect(tooltip(element)).to.contain('25. Juni 2021');
    });

    it('hides on Escape when the pointer showed it, and comes back when the pointer moves', async () => {
      const element = await chart({});
      const [x, y] = markerCentre(element, 'advised', '2020-02-12');
      await pointAt(element, [x, y]);
      expect(tooltip(element)).to.contain('12. Februar 2020');
      await sendKeys({ press: 'Escape' });
      await updated(element);
      expect(shown(element)).to.be.false;
      await pointAt(element, [x + 1, y]);
      expect(tooltip(element)).to.contain('12. Februar 2020');
    });

    it('keeps its date while the pointer crosses the gap from the crosshair to it, where another date lies nearer', async () => {
      // Dates 11 and 22 days apart: a few px on a 900 px chart of three years.
      const element = await chart({ src: CLOSE_DATES });
      const dateX = new Map(
        $$(element, '.marker[data-date]').map((marker) => {
          const box = marker.getBoundingClientRect();
          return [marker.getAttribute('data-date')!, box.x + box.width / 2] as const;
        }),
      );
      const nearest = (x: number): string =>
        [...dateX].reduce((best, one) => (Math.abs(one[1] - x) < Math.abs(best[1] - x) ? one : best))[0];
      // A date whose tooltip has another date nearer to the middle of the gap than its own.
      let found: { date: string; gap: [number, number]; onTooltip: [number, number] } | undefined;
      for (const [date, x] of dateX) {
        await pointAt(element, [Math.round(x), Math.round($(element, '.x-axis .domain')!.getBoundingClientRect().bottom + 8)]);
        const box = $(element, '[part="tooltip"]')?.getBoundingClientRect();
        if (!box || !tooltip(element).includes(tooltipDate(date))) continue;
        const right = box.left > x;
        const gapX = Math.round(right ? box.left - 5 : box.right + 5);
        const y = Math.round(box.top + box.height / 2);
        if (nearest(gapX) !== date) {
          found = { date, gap: [gapX, y], onTooltip: [Math.round(right ? box.left + 5 : box.right - 5), y] };
          await pointAt(element, [Math.round(x), y]);
          break;
        }
      }
      expect(found, 'a date with another date nearer to its gap').to.exist;
      const { date, gap, onTooltip } = found!;
      expect(tooltip(element), 'on the crosshair, level with the tooltip').to.contain(tooltipDate(date));
      await pointAt(element, gap);
      expect(tooltip(element), 'in the gap').to.contain(tooltipDate(date));
      await pointAt(element, onTooltip);
      expect(tooltip(element), 'on the tooltip').to.contain(tooltipDate(date));
    });

    it('keeps its date while the pointer rests on it', async () => {
      const element = await chart({});
      const [x, y] = markerCentre(element, 'advised', '2020-02-12');
      await pointAt(element, [x, y]);
      const box = $(element, '[part="tooltip"]')!.getBoundingClientRect();
      // Under the tooltip's far side lies another date, which the crosshair took before.
      await pointAt(element, [Math.round(box.right - 6), Math.round(box.top + box.height / 2)]);
      expect(tooltip(element)).to.contain('12. Februar 2020');
      await pointAt(element, [Math.round(box.left + 4), Math.round(box.bottom - 4)]);
      expect(tooltip(element)).to.contain('12. Februar 2020');
    });
  });

  describe('keyboard', () => {
    it('starts at the latest date where most series have a figure', async () => {
      // The last date, 2022, has only a planned security analysis: the other two series say "keine Angabe"
      // there, as they do at the end of 2021 (where the yearly figure sits); November 2021 has two figures.
      const element = await chart({ metrics: 'advised,kpr,security-analyses' });
      plot(element).focus();
      await updated(element);
      expect(announced(element)).to.equal(
        'November 2021. Kommunen beraten: 126; Kommunale Präventionsräte: 28; Sicherheitsanalysen: keine Angabe.',
      );
      await press(element, 'End');
      expect(announced(element)).to.equal(
        '2022. Kommunen beraten: keine Angabe; Kommunale Präventionsräte: keine Angabe; Sicherheitsanalysen: 25 (geplant).',
      );
    });

    it('moves between the series with ↑/↓ and tells series, value and date', async () => {
      const element = await chart({});
      // The plot's name tells which keys it takes, ↑/↓ included.
      expect(plot(element).getAttribute('aria-label')).to.contain('mit oben und unten eine Kennzahl');
      plot(element).focus();
      await updated(element);
      await press(element, 'ArrowDown');
      expect(announced(element)).to.equal('Kommunen beraten: 126, November 2021.');
      expect(visibleText($(element, '.tooltip-row.current')!)).to.contain('Kommunen beraten');
      await press(element, 'ArrowDown');
      expect(announced(element)).to.equal('Kommunale Präventionsräte: 28, November 2021.');
      expect($$(element, '.focus-dot.current')).to.have.length(1);
      await press(element, 'ArrowLeft');
      expect(announced(element)).to.equal('Kommunale Präventionsräte: 19, 25. Juni 2021.');
      await press(element, 'ArrowUp');
      expect(announced(element)).to.equal(
        'Kommunen beraten: 102, 25. Juni 2021. Am selben Tag gemeldet: über 100, nicht als Stand gezählt.',
      );
      await press(element, 'ArrowUp');
      expect(announced(element), 'stays at the first series').to.contain('Kommunen beraten: 102');
      await press(element, 'Home');
      expect(announced(element)).to.equal('Kommunen beraten: 8, 6. Februar 2019. Start mit acht Modellkommunen');
      await press(element, 'ArrowDown');
      await press(element, 'ArrowDown');
      expect(announced(element)).to.equal('Kooperationsvereinbarungen: keine Angabe, 6. Februar 2019.');
      await press(element, 'End');
      expect(announced(element)).to.equal('Kooperationsvereinbarungen: 29, November 2021.');
    });
  });

  describe("the reader's font size", () => {
    async function chartWithFont(fontSize: string): Promise<WidgetUnderTest> {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 900px; font-size: ${fontSize}"></div>`);
      const element = await createByHtml(TAG, { src: GOOD_FEED, metrics: 'advised,kpr,security-analyses' }, container);
      await waitForPlot(element);
      return element;
    }

    it('draws the axis text from the host font size (12 px at 16 px, 18 px at 24 px), never below 12 px', async () => {
      const sizes: Record<string, string[]> = {};
      for (const host of ['10px', '16px', '24px']) {
        const element = await chartWithFont(host);
        sizes[host] = [...new Set($$(element, 'svg text').map((text) => getComputedStyle(text).fontSize))];
      }
      expect(sizes).to.deep.equal({ '10px': ['12px'], '16px': ['12px'], '24px': ['18px'] });
    });

    it("follows a change of the page's text size after the chart is drawn (the root font size, text-only zoom)", async () => {
      const root = document.documentElement;
      const element = await chartWithFont('1rem');
      const axisSize = (): string => getComputedStyle($(element, '.x-axis text')!).fontSize;
      expect(axisSize()).to.equal('12px');
      try {
        root.style.fontSize = '24px';
        // The change reaches the chart through a ResizeObserver: a few frames at the most.
        for (let i = 0; i < 20 && axisSize() === '12px'; i++) {
          await new Promise(requestAnimationFrame);
          await updated(element);
        }
        expect(axisSize()).to.equal('18px');
      } finally {
        root.style.fontSize = '';
      }
    });

    it('keeps every label apart at 24 px', async () => {
      const element = await chartWithFont('24px');
      expect($$(element, '.planned-label')).to.have.length(1);
      const labels = $$(element, 'svg text');
      expect(labels.length).to.be.above(8);
      expect(overlapping(labels.map((label) => label.getBoundingClientRect()))).to.deep.equal([]);
      const host = element.getBoundingClientRect();
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        expect(box.left, label.textContent!).to.be.at.least(host.left);
        expect(box.right, label.textContent!).to.be.at.most(host.right);
      }
    });
  });

  describe('320 px', () => {
    it('keeps the tooltip to less than 35 % of the plot, beside the data, and never breaks a word', async () => {
      const element = await chart({}, 320);
      plot(element).focus();
      await updated(element);
      await press(element, 'Home');
      const domain = $(element, '.x-axis .domain')!.getBoundingClientRect();
      const top = Math.min(...$$(element, '.grid line').map((line) => line.getBoundingClientRect().top));
      const area = { left: domain.left, right: domain.right, top, bottom: domain.bottom };
      const plotArea = (area.right - area.left) * (area.bottom - area.top);
      const coverage: Record<string, number> = {};
      for (let step = 0; step < 6; step++) {
        const box = $(element, '[part="tooltip"]')!.getBoundingClientRect();
        const width = Math.max(0, Math.min(box.right, area.right) - Math.max(box.left, area.left));
        const height = Math.max(0, Math.min(box.bottom, area.bottom) - Math.max(box.top, area.top));
        const date = visibleText($(element, '.tooltip-date')!);
        coverage[date] = Math.round((100 * width * height) / plotArea);
        expect(brokenWords(element), date).to.deep.equal([]);
        await press(element, 'ArrowRight');
      }
      console.log(`tooltip coverage of the plot at 320 px (%): ${JSON.stringify(coverage)}`);
      for (const [date, percent] of Object.entries(coverage)) expect(percent, date).to.be.below(35);
    });

    it('names the series in the tooltip where there is room, without breaking a word', async () => {
      const element = await chart({}, 600);
      plot(element).focus();
      await updated(element);
      await press(element, 'Home');
      for (let step = 0; step < 6; step++) {
        expect(tooltip(element)).to.contain('Kooperationsvereinbarungen');
        expect(brokenWords(element), tooltip(element)).to.deep.equal([]);
        await press(element, 'ArrowRight');
      }
    });
  });
});
