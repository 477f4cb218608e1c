/**
 * Linked widgets (issue 15, `group`): the chart's crosshair previews and pins a date in its group,
 * counters and maps of the group show that date, and „Zurück zu heute“ returns the group to the
 * feed's `asOf`. What a person sees: figures, Stand lines, legend counts, the chart's table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/widgets/milestone-counter/define.js';
import '../../src/widgets/progress-chart/define.js';
import '../../src/widgets/status-map/define.js';
import { countDay } from '../../src/feed/when.js';
import { joinDateGroup } from '../../src/util/date-group.js';
import { dateInForce } from '../../src/widgets/progress-chart/keyboard.js';
import { axeViolations } from '../helpers/axe.js';
import { createByHtml, GOOD_FEED, visibleText, type WidgetUnderTest } from '../helpers/conformance.js';
import { howToRead } from '../helpers/how-to-read.js';
import { FakeIntersectionObserver, installMotionStubs } from './milestone-counter/motion-stubs.js';
import { tooltip, waitForPlot } from './progress-chart/helpers.js';

/** The test feed with the KPR figure tied to the map's KPR layer, so the legend shows it beside the map's count. */
async function feedScript(): Promise<string> {
  const feed = (await (await fetch(GOOD_FEED)).json()) as { indicators: { id: string; layer?: string }[] };
  for (const indicator of feed.indicators) if (indicator.id === 'kpr') indicator.layer = 'kpr';
  const id = `group-feed-${Math.random().toString(36).slice(2)}`;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = JSON.stringify(feed);
  document.body.append(script);
  return `#${id}`;
}

let src = '';
let page: HTMLDivElement;

async function widget(tag: string, attributes: Record<string, string>): Promise<WidgetUnderTest> {
  const element = await createByHtml(tag, { src, ...attributes }, page);
  await element.whenReady();
  if (tag === 'asskomm-progress-chart') await waitForPlot(element);
  return element;
}

const chart = (attributes: Record<string, string> = {}) => widget('asskomm-progress-chart', attributes);
const counter = (attributes: Record<string, string> = {}) => widget('asskomm-milestone-counter', { duration: '0', ...attributes });
const map = (attributes: Record<string, string> = {}) => widget('asskomm-status-map', attributes);

const updated = async (...elements: WidgetUnderTest[]): Promise<void> => {
  for (const element of elements) await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
};
const $ = (element: Element, selector: string): HTMLElement | null => element.shadowRoot!.querySelector<HTMLElement>(selector);
const figure = (element: Element): string => visibleText($(element, '[part="value"] .current') ?? document.createElement('p'));
const stand = (element: Element): string => visibleText($(element, '[part="date"]') ?? document.createElement('p'));
const legend = (element: Element): string => visibleText($(element, '.legend')!);
const credits = (element: Element): string => visibleText($(element, '[part="credits"]')!);
const official = (element: Element, layer: string): string => visibleText($(element, `.layer-official[data-layer="${layer}"]`)!);
const backToToday = (element: Element): HTMLButtonElement | null => element.shadowRoot!.querySelector('button.back-to-today');

/** Focuses the chart's plot and presses `keys` on it, one after the other. */
async function keys(element: WidgetUnderTest, ...pressed: string[]): Promise<void> {
  $(element, '.plot')!.focus();
  await updated(element);
  for (const key of pressed) {
    await sendKeys({ press: key });
    await updated(element);
  }
}

/** Moves the focus out of the widgets (a button after them on the page). */
async function focusElsewhere(): Promise<void> {
  const button = document.createElement('button');
  button.textContent = 'danach';
  page.append(button);
  button.focus();
  await new Promise(requestAnimationFrame);
}

describe('linked widgets (group)', () => {
  before(async () => {
    src = await feedScript();
  });

  beforeEach(async () => {
    page = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  });

  it('a keyboard step on the chart previews its date in a counter and a map of the group; Enter pins it', async () => {
    const [line, advised, places, reference] = [
      await chart({ group: 'verlauf' }),
      await counter({ group: 'verlauf', metric: 'advised' }),
      await map({ group: 'verlauf' }),
      await map({ date: '2020-02-12' }),
    ];
    expect(figure(advised)).to.equal('126');
    await keys(line, 'Home', 'ArrowRight');
    await updated(advised, places);
    expect(figure(advised)).to.equal('64');
    expect(stand(advised)).to.contain('2020');
    expect(legend(places)).to.equal(legend(reference));
    expect(credits(places)).to.equal(credits(reference));
    await sendKeys({ press: 'Enter' });
    await focusElsewhere();
    await updated(line, advised, places);
    expect(figure(advised), 'pinned: stays after blur').to.equal('64');
    expect(legend(places)).to.equal(legend(reference));
  });

  it('a preview ends when the chart loses focus, back to the pinned date or to today', async () => {
    const line = await chart({ group: 'verlauf' });
    const advised = await counter({ group: 'verlauf', metric: 'advised' });
    await keys(line, 'Home');
    await updated(advised);
    expect(figure(advised)).to.equal('8');
    await focusElsewhere();
    await updated(advised);
    expect(figure(advised)).to.equal('126');
  });

  it('after a pin, leaving the chart keeps its crosshair on the pinned date, without tooltip', async () => {
    const line = await chart({ group: 'verlauf' });
    const advised = await counter({ group: 'verlauf', metric: 'advised' });
    await keys(line, 'Home', 'ArrowRight', 'Enter');
    await focusElsewhere();
    await updated(line, advised);
    expect(figure(advised)).to.equal('64');
    expect(line.shadowRoot!.querySelectorAll('circle.focus-dot').length, 'crosshair after blur').to.be.greaterThan(0);
    expect($(line, '[part="tooltip"]'), 'no tooltip after blur').to.be.null;
    const box = $(line, '.plot')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 2), Math.round(box.top + box.height / 2)] });
    await focusElsewhere();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), Math.round(box.bottom + 200)] });
    await updated(line, advised);
    expect(figure(advised)).to.equal('8');
    expect(line.shadowRoot!.querySelectorAll('circle.focus-dot').length, 'crosshair after the pointer left').to.be.greaterThan(0);
    expect($(line, '[part="tooltip"]'), 'no tooltip after the pointer left').to.be.null;
  });

  it('pointing at the chart previews the date under the pointer; a click pins it', async () => {
    const line = await chart({ group: 'verlauf' });
    const advised = await counter({ group: 'verlauf', metric: 'advised' });
    const box = $(line, '.plot')!.getBoundingClientRect();
    // The far left of the plot: the first date is the nearest.
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), Math.round(box.top + box.height / 2)] });
    await updated(line, advised);
    expect(figure(advised)).to.equal('8');
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), Math.round(box.bottom + 200)] });
    await updated(line, advised);
    expect(figure(advised), 'the preview ends with the pointer').to.equal('126');
    await sendMouse({ type: 'click', position: [Math.round(box.left + 2), Math.round(box.top + box.height / 2)] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), Math.round(box.bottom + 200)] });
    await focusElsewhere();
    await updated(line, advised);
    expect(figure(advised), 'pinned by the click').to.equal('8');
  });

  it('the map’s timeline moves the counters and the chart’s crosshair of its group', async () => {
    const line = await chart({ group: 'verlauf' });
    const advised = await counter({ group: 'verlauf', metric: 'advised' });
    const places = await map({ group: 'verlauf', timeline: '' });
    $(places, 'input[type="range"]')!.focus();
    await sendKeys({ press: 'Home' });
    await updated(places, advised, line);
    expect(figure(advised), 'the first stop: the launch with 8 model municipalities').to.equal('8');
    expect(line.shadowRoot!.querySelectorAll('circle.focus-dot').length, 'crosshair on the date').to.be.greaterThan(0);
    // The crosshair stands on the first date: a step right from there is the second one.
    await keys(line, 'ArrowRight');
    await updated(advised);
    expect(figure(advised)).to.equal('64');
  });

  it('a widget with its own date stays fixed; another group and widgets without group do not move', async () => {
    const line = await chart({ group: 'verlauf' });
    const fixed = await counter({ group: 'verlauf', metric: 'advised', date: '2019' });
    const other = await counter({ group: 'andere', metric: 'advised' });
    const alone = await counter({ metric: 'advised' });
    const fixedMap = await map({ group: 'verlauf', date: '2021-02' });
    const before = legend(fixedMap);
    await keys(line, 'Home', 'ArrowRight', 'Enter');
    await updated(fixed, other, alone, fixedMap);
    expect([figure(fixed), figure(other), figure(alone)]).to.deep.equal(['8', '126', '126']);
    expect(legend(fixedMap)).to.equal(before);
  });

  it('two groups on one page each follow their own chart', async () => {
    const first = await chart({ group: 'a' });
    const second = await chart({ group: 'b' });
    const inA = await counter({ group: 'a', metric: 'advised' });
    const inB = await counter({ group: 'b', metric: 'advised' });
    await keys(first, 'Home', 'Enter');
    await keys(second, 'Home', 'ArrowRight', 'Enter');
    await focusElsewhere();
    await updated(inA, inB);
    expect([figure(inA), figure(inB)]).to.deep.equal(['8', '64']);
  });

  it('a widget added later shows the group date at once, and the chart moves its crosshair to a date pinned elsewhere', async () => {
    const first = await chart({ group: 'verlauf' });
    await keys(first, 'Home', 'ArrowRight', 'Enter');
    await focusElsewhere();
    const late = await counter({ group: 'verlauf', metric: 'advised' });
    expect(figure(late)).to.equal('64');
    const lateChart = await chart({ group: 'verlauf' });
    expect(lateChart.shadowRoot!.querySelectorAll('circle.focus-dot').length, 'crosshair drawn').to.be.greaterThan(0);
    expect($(lateChart, '[part="tooltip"]'), 'no tooltip without pointer or focus').to.be.null;
    let dates = 0;
    first.addEventListener('asskomm-date', () => dates++);
    lateChart.addEventListener('asskomm-date', () => dates++);
    // The crosshair stands on the pinned date: one step back is the first date.
    await keys(lateChart, 'ArrowLeft', 'Enter');
    await focusElsewhere();
    await updated(first, late);
    expect(figure(late)).to.equal('8');
    expect(dates, 'only the chart stepped by the keyboard tells the page').to.equal(1);
  });

  it('„Zurück zu heute“ shows while a date is pinned and returns the group to the feed date', async () => {
    const line = await chart({ group: 'verlauf' });
    const advised = await counter({ group: 'verlauf', metric: 'advised' });
    expect(backToToday(line)).to.be.null;
    await keys(line, 'Home', 'Enter');
    await focusElsewhere();
    await updated(line, advised);
    const button = backToToday(line)!;
    expect(visibleText(button)).to.equal('Zurück zu heute');
    expect(figure(advised)).to.equal('8');
    expect(await axeViolations(line), 'axe with the button and the crosshair shown').to.deep.equal([]);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await updated(line, advised);
    await updated(line);
    expect(figure(advised)).to.equal('126');
    expect(backToToday(line)).to.be.null;
    expect(line.shadowRoot!.activeElement?.className, 'focus stays in the chart').to.equal('table-toggle');
    expect(visibleText($(line, '[role="status"]')!), 'the status region confirms it').to.equal('Zurück zu heute: Stand November 2021');
  });

  it('a counter on a group date before its first figure says so instead of showing the editor’s text', async () => {
    const line = await chart({ group: 'verlauf' });
    const kpr = await counter({ group: 'verlauf', metric: 'kpr' });
    kpr.append('28 Präventionsräte');
    await keys(line, 'Home');
    await updated(kpr);
    expect(visibleText(kpr)).to.equal('Zum 6. Februar 2019 noch kein gemeldeter Wert.');
    expect($(kpr, 'slot'), 'no fallback text').to.be.null;
    await keys(line, 'ArrowRight');
    await updated(kpr);
    expect(figure(kpr)).to.equal('16');
  });

  it('a counter of a metric the feed lacks keeps the editor’s text on a group date', async () => {
    const unknown = await counter({ group: 'fehlt', metric: 'gibt-es-nicht' });
    unknown.append('28 Präventionsräte');
    const other = joinDateGroup('fehlt', () => {});
    try {
      other.pin('2019-02-06');
      await updated(unknown);
      expect(visibleText(unknown)).not.to.contain('noch kein gemeldeter Wert');
      const slot = $(unknown, 'slot') as HTMLSlotElement | null;
      expect(
        slot
          ?.assignedNodes()
          .map((node) => node.textContent)
          .join(''),
        'the editor’s text shows',
      ).to.equal('28 Präventionsräte');
    } finally {
      other.leave();
    }
  });

  it('a counter counts up once; a new group date later shows its figure at once, without counting', async () => {
    const motion = installMotionStubs();
    // The page's script stands in for the chart here: the stubbed clock gives no frames to draw one.
    const other = joinDateGroup('hochzaehlen', () => {});
    try {
      const advised = (await createByHtml(
        'asskomm-milestone-counter',
        { src, group: 'hochzaehlen', metric: 'advised' },
        page,
      )) as WidgetUnderTest & HTMLElement;
      FakeIntersectionObserver.watching(advised)!.scroll(true);
      await updated(advised);
      motion.advance(2000);
      await updated(advised);
      expect(figure(advised)).to.equal('126');
      const frames = motion.requestedFrames;
      other.pin('2020-02-12');
      await updated(advised);
      expect(figure(advised)).to.equal('64');
      expect(motion.requestedFrames, 'no second count-up').to.equal(frames);
    } finally {
      other.leave();
      motion.restore();
    }
  });

  it('the chart in a group says in „So lesen und bedienen Sie das Diagramm“ what Enter and a click do', async () => {
    const grouped = await chart({ group: 'verlauf' });
    const alone = await chart();
    const sentence = 'Eingabetaste oder Klick: dieses Datum für die verbundenen Widgets festhalten';
    expect(visibleText(howToRead(grouped.shadowRoot!))).to.contain(sentence);
    expect(visibleText(howToRead(alone.shadowRoot!))).not.to.contain(sentence);
  });

  it('a date from elsewhere lands on the chart date in force then, never on a later one', () => {
    const dates = ['2019-02-06', '2020-02-12', '2020-12', '2021-11'].map((date) => ({ date, time: countDay(date) }));
    expect(dateInForce(dates, '2020-12')!.date, 'its own date').to.equal('2020-12');
    expect(dateInForce(dates, '1990'), 'before the first date: none').to.be.undefined;
    expect(dateInForce(dates, '2099')!.date).to.equal('2021-11');
    expect(dateInForce(dates, '2020-11')!.date, 'November 2020 is nearer to December, but December is not yet in force').to.equal(
      '2020-02-12',
    );
    expect(dateInForce([], '2021')).to.be.undefined;
  });

  it('a group date between two chart dates puts the crosshair on the earlier one, with the counter’s figure', async () => {
    const line = await chart({ group: 'zwischen', metrics: 'advised' });
    const advised = await counter({ group: 'zwischen', metric: 'advised' });
    const other = joinDateGroup('zwischen', () => {});
    try {
      // January 2021: nearer to 6 February 2021 (102) than to 12 February 2020 (64), which is in force.
      other.pin('2021-01');
      await updated(line, advised);
      expect(figure(advised)).to.equal('64');
      // Pointing at the crosshair's dot shows its tooltip without moving the group.
      const dot = $(line, 'circle.focus-dot')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(dot.left + dot.width / 2), Math.round(dot.top + dot.height / 2)] });
      await updated(line, advised);
      expect(tooltip(line)).to.contain('12. Februar 2020');
      expect(visibleText($(line, '.tooltip-value')!)).to.equal(figure(advised));
    } finally {
      other.leave();
    }
  });

  it('before the chart’s first date the chart shows no crosshair', async () => {
    const line = await chart({ group: 'frueh' });
    const other = joinDateGroup('frueh', () => {});
    try {
      other.pin('2018');
      await updated(line);
      expect(line.shadowRoot!.querySelectorAll('circle.focus-dot').length).to.equal(0);
    } finally {
      other.leave();
    }
  });

  it('a changed group attribute moves the widget to the other group; an English chart says “Back to today”', async () => {
    const line = await chart({ group: 'a', lang: 'en' });
    const advised = await counter({ group: 'b', metric: 'advised' });
    await keys(line, 'Home', 'Enter');
    await focusElsewhere();
    await updated(line, advised);
    expect(visibleText(backToToday(line)!)).to.equal('Back to today');
    // Without a table button after it (taken out here), the focus goes to the plot.
    $(line, '.table-toggle')!.remove();
    backToToday(line)!.click();
    await updated(line);
    await updated(line);
    expect(visibleText($(line, '[role="status"]')!)).to.equal('Back to today: as of November 2021');
    expect(line.shadowRoot!.activeElement?.classList.contains('plot'), 'focus on the plot').to.be.true;
    await keys(line, 'Home', 'Enter');
    await focusElsewhere();
    await updated(line, advised);
    expect(figure(advised), 'another group').to.equal('126');
    advised.setAttribute('group', 'a');
    await updated(advised);
    expect(figure(advised), 'joined group a').to.equal('8');
    advised.removeAttribute('group');
    await updated(advised);
    expect(figure(advised), 'in no group').to.equal('126');
  });

  it('without group a chart step changes no other widget', async () => {
    const line = await chart();
    const advised = await counter({ metric: 'advised' });
    await keys(line, 'Home', 'Enter');
    await updated(advised);
    expect(figure(advised)).to.equal('126');
    expect(backToToday(line)).to.be.null;
  });

  it('on each chart date the counter, the map legend and the chart table give the same figure', async () => {
    const line = await chart({ group: 'verlauf', metrics: 'kpr' });
    const kpr = await counter({ group: 'verlauf', metric: 'kpr' });
    const places = await map({ group: 'verlauf' });
    const rows = [...line.shadowRoot!.querySelectorAll('table tbody tr')].map((row) => ({
      date: visibleText(row.querySelector('th')!),
      value: visibleText(row.querySelector('td')!),
    }));
    expect(rows.length).to.be.greaterThan(1);
    await keys(line, 'Home');
    for (let i = 0; i < rows.length; i++) {
      if (i) await sendKeys({ press: 'ArrowRight' });
      await updated(line, kpr, places);
      const row = rows.find((one) => stand(kpr).includes(one.date));
      expect(row, `table row for ${stand(kpr)}`).to.exist;
      expect(figure(kpr)).to.equal(row!.value);
      expect(official(places, 'kpr')).to.match(new RegExp(`(^|\\D)${row!.value}(\\D|$)`));
    }
  });
});
