/**
 * A long chart (issue 17): 5 series × 1,000 daily figures, the most the feed may hold. The drawing
 * gets faster, but the table still lists every figure and the keyboard still reaches every date.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/load.js';
import { formatDate } from '../../../src/format/date.js';
import type { ProgressChart } from '../../../src/widgets/progress-chart/define.js';
import { GOOD_FEED, visibleText } from '../../helpers/conformance.js';
import { $, $$, chart, plot, press, tooltip } from './helpers.js';

const SERIES = 5;
const DAYS = 1_000;
const day = (i: number): string => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
/** A figure that differs by series and day, so a cell from the wrong row or column shows. */
const value = (series: number, i: number): number => 1_000 * series + i;

/** The long feed as an inline `<script>`, beside the test feed's meta. */
async function longFeed(): Promise<string> {
  const base = (await (await fetch(GOOD_FEED)).json()) as { meta: unknown };
  const indicators = Array.from({ length: SERIES }, (_, s) => ({
    id: `series-${s + 1}`,
    label: { de: `Reihe ${s + 1}`, en: `Series ${s + 1}` },
    unit: { de: 'Kommunen', en: 'municipalities' },
    points: Array.from({ length: DAYS }, (_, i) => ({ date: day(i), value: value(s, i) })),
  }));
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = `long-feed-${Math.random().toString(36).slice(2)}`;
  script.textContent = JSON.stringify({ schemaVersion: 1, meta: base.meta, indicators, events: [] });
  document.body.append(script);
  return `#${script.id}`;
}

const metrics = Array.from({ length: SERIES }, (_, s) => `series-${s + 1}`).join(',');
const grouped = (n: number): string => new Intl.NumberFormat('de-DE').format(n);

describe('<asskomm-progress-chart> with 5 series × 1,000 figures', () => {
  beforeEach(() => clearFeedCache());

  it('lists every figure in the table, each in its row and column', async () => {
    const element = await chart({ src: await longFeed(), metrics, events: 'off' });
    const rows = $$(element, 'table[part="table"] tbody tr');
    expect(rows).to.have.length(DAYS);
    rows.forEach((row, i) => {
      const cells = [...row.children].map((cell) => visibleText(cell));
      expect(cells, `row ${i}`).to.deep.equal([
        formatDate(day(i), 'de'),
        ...Array.from({ length: SERIES }, (_, s) => grouped(value(s, i))),
      ]);
    });
    expect($$(element, '.plot svg .series')).to.have.length(SERIES);
  });

  it('steps the crosshair through every date with → and tells each one in the tooltip', async () => {
    const element = await chart({ src: await longFeed(), metrics, events: 'off' });
    plot(element).focus();
    await press(element, 'Home');
    const seen = [tooltip(element)];
    // Real key presses for the first steps; the rest as the same keydown events, for speed.
    for (let i = 1; i < 3; i++) {
      await press(element, 'ArrowRight');
      seen.push(tooltip(element));
    }
    for (let i = 3; i < DAYS; i++) {
      plot(element).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await (element as unknown as ProgressChart).updateComplete;
      seen.push(tooltip(element));
    }
    seen.forEach((text, i) => expect(text, `step ${i}`).to.contain(formatDate(day(i), 'de')));
    expect(tooltip(element)).to.contain(`Reihe ${SERIES}: ${grouped(value(SERIES - 1, DAYS - 1))}`);
    expect($$(element, '.focus-dot')).to.have.length(SERIES);
    expect($(element, '.crosshair line')).to.exist;
  });
});
